import { type MenuState, ShareError, type ShareOutcome } from '@sharekit/core';
import {
  createMiniProgram,
  pageFinder,
  type HostedShare,
  normalizeTrigger,
  pulledContent,
  readVersion,
  type ShareSession,
  supportsFrom,
  validateContent,
} from '@sharekit/core/adapter';
import { alipayCanIUse } from './can-i-use';
import { toShareFields } from './content';
import { DEV } from './dev';
import { failOutcome, myFailure, successOutcome } from './outcome';
import { alipaySupports } from './supports';
import type { AlipayAdapter, AlipayAdapterOptions, AlipayShareAppMessageContent, AlipayShareAppMessageOption, MyLike } from './types';

// The mini program's global. Declared here only: the published types never name it.
declare const my: MyLike | undefined;
const globalMy = (): MyLike | undefined => (typeof my === 'object' && my !== null ? my : undefined);

const PLATFORM = 'alipay';
const unsupported = (detail: string | false) => new ShareError('unsupported', detail, { platform: PLATFORM });

// Sent as a warning: Alipay shared the adapter's `defaults` instead of the provider's content.
const defaulted = (why: string | false) =>
  new ShareError('unsupported', DEV && `${why}; Alipay got the defaults of createAlipayAdapter({ defaults }). Return content synchronously`, { platform: PLATFORM });

// Every page of an Alipay mini program has 分享 in its top-right menu by default ([A1] line 186).
const SHOWN: MenuState = { visible: true, items: ['share'], tickets: false };
const HIDDEN: MenuState = { visible: false, items: [], tickets: false };

/**
 * The sharekit adapter for Alipay mini programs, composed from core's mini program machinery.
 * Every decision follows the base library version (`my.SDKVersion`, read once). Shares start from
 * the user (the menu, `<button open-type="share">`) and, from 1.17.0, from the app: `share()`
 * opens `my.showSharePanel`, whose pull (`from: 'code'`) joins the app's session.
 *
 * ```js
 * const adapter = createAlipayAdapter({ defaults: { title: 'My app' } });
 * const controller = createShareController({ adapter, content });
 * Page({ ...sharePage({ adapter, controller }) });
 * ```
 */
export function createAlipayAdapter(options: AlipayAdapterOptions | null = {}): AlipayAdapter {
  options ??= {};
  const api = options.my === undefined ? globalMy() : (options.my ?? undefined);
  const defaults = validateContent(options.defaults);
  let cached: string | undefined;
  // Stryker disable next-line OptionalChaining: without `my` the reader throws, and readVersion takes a throwing reader as no version
  const version = () => (cached ??= readVersion([() => api?.SDKVersion]));
  const can = (schema: string) => alipayCanIUse(api, version(), schema);
  const reportsOutcome = () => can('page.onShareAppMessage.return.success');
  // Messages name what the app calls: `my.hideShareMenu failed: …`.
  const mp = createMiniProgram({ platform: PLATFORM, global: 'my', api, page: pageFinder(options.getCurrentPages), initialMenu: () => SHOWN, reportsOutcome });
  /**
   * The card with Alipay's result callbacks (1.4.0+; older base libraries ignore them), which
   * settle the pull: a menu or button share, or the panel `my.showSharePanel` opened, whose pull
   * joined the app's session. A pull without a controller has nothing to settle.
   */
  function card(fields: AlipayShareAppMessageContent, hosted: HostedShare | undefined): AlipayShareAppMessageContent {
    if (!hosted) return fields;
    return {
      ...fields,
      success: (result) => hosted.settle(successOutcome(result)),
      fail: (result) => hosted.settle(failOutcome('onShareAppMessage', result)),
    };
  }

  function onShareAppMessage(o?: AlipayShareAppMessageOption): AlipayShareAppMessageContent | Promise<AlipayShareAppMessageContent> {
    // `from: 'code'` is the panel `my.showSharePanel` opened ([A4]): the app's request.
    const trigger = normalizeTrigger(o, { code: 'api' });
    // One share panel: a menu or button pull ends a running one; the panel's pull joins the app session.
    const hosted = mp.pull(trigger, trigger.from === 'api' ? { join: true } : { supersede: true });
    const { now, later } = pulledContent(hosted, defaults);
    if (later) {
      // Alipay waits for a returned Promise where `page.onShareAppMessage.async` ([A1] line 197).
      if (can('page.onShareAppMessage.async')) return later.then((c) => card(toShareFields(c, can), hosted));
      mp.warn(defaulted(DEV && `async content needs base library 1.24.13+ (1.x) or 2.6.7+ (this is ${version()})`));
    }
    return card(toShareFields(now, can), hosted);
  }

  async function share(_content: unknown, _trigger: unknown, session: ShareSession): Promise<ShareOutcome> {
    if (!can('showSharePanel')) throw unsupported(DEV && `my.showSharePanel needs base library 1.17.0+ (this is ${version()})`);
    try {
      api!.showSharePanel!();
    } catch (error) {
      return { status: 'failed', error: myFailure('showSharePanel', error) };
    }
    // The panel pulls its content (`from: 'code'`), joins this session and settles it with
    // Alipay's result; whoever ends the session, this promise only ends with it.
    // Stryker disable next-line ArrowFunction,ObjectLiteral,StringLiteral: the session has ended when this resolves, and the controller ignores a late outcome
    return new Promise((resolve) => session.onEnd(() => resolve({ status: 'unconfirmed' })));
  }

  async function hideMenu(o: object = {}) {
    if (typeof o !== 'object' || o === null || Array.isArray(o)) {
      throw new ShareError('invalid-argument', DEV && 'hideMenu options must be an object', { platform: PLATFORM });
    }
    if (!mp.calls.has('hideShareMenu')) throw unsupported(DEV && `my.hideShareMenu needs base library 1.7.0+ (this is ${version()})`);
    return mp.menu(() => mp.calls.call('hideShareMenu', o), () => HIDDEN);
  }

  const supports = supportsFrom(alipaySupports, can);

  return {
    platform: PLATFORM,
    get initiation() {
      return can('showSharePanel') ? (['user', 'app'] as const) : (['user'] as const);
    },
    get initialMenu() {
      return mp.currentMenu();
    },
    get version() {
      return version();
    },
    supports,
    canIUse: can,
    hideMenu,
    share,
    connect: mp.connect,
    page: {
      onShareAppMessage,
      onShow(this: unknown) {
        mp.pageShow(this);
      },
    },
    app: {
      onLaunch: (o) => mp.appLaunch(o),
      onShow: (o) => mp.appShow(o),
      // The app-wide card for pages without their own hook ([A2] app.js 注册小程序.md lines 112–114).
      onShareAppMessage,
    },
    destroy: mp.destroy,
  };
}
