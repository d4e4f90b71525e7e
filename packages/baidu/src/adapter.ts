import { isShareError, type MenuState, type ShareContent, ShareError, type ShareOutcome } from '@sharekit/core';
import {
  createMiniProgram,
  normalizeTrigger,
  pageFinder,
  platformFailure,
  pulledContent,
  readVersion,
  type ShareInitiation,
  type ShareSession,
  supportsFrom,
  validateContent,
} from '@sharekit/core/adapter';
import { baiduCanIUse } from './can-i-use';
import { toShareFields } from './content';
import { SILENT_CANCEL } from './features';
import { failedOutcome } from './outcome';
import { baiduSupports } from './supports';
import type { BaiduAdapter, BaiduAdapterOptions, BaiduLike, BaiduShareAppMessageContent, BaiduShareAppMessageOption } from './types';
import { DEV } from './dev';

// The smart program's global. Declared here only: the published types never name it.
declare const swan: BaiduLike | undefined;
const globalSwan = (): BaiduLike | undefined => (typeof swan === 'object' && swan !== null ? swan : undefined);

const PLATFORM = 'baidu';
// Messages name the object the app calls (`swan.openShare failed: …`), not the platform.
const GLOBAL = 'swan';

/**
 * How long `swan.openShare` may stay silent before the adapter calls the share `unconfirmed`.
 * Long on purpose: the user may spend minutes in another app choosing a chat; the controller's
 * `presentTimeout` (default 60 s, the app's to choose) settles the session first.
 */
const OPEN_SHARE_WAIT = 30 * 60_000;

// Sent as a warning: Baidu shared the adapter's `defaults` instead of the provider's content.
const defaulted = (why: string | false) =>
  new ShareError('unsupported', DEV && `${why}; Baidu got the defaults of createBaiduAdapter({ defaults }). Return content synchronously`, { platform: PLATFORM });

/** `from` arrived nested (`{ from: { from: 'menu' } }`) before Baidu's 2018-11 fix (changelog). */
function unnest(o: BaiduShareAppMessageOption | undefined): unknown {
  const from = o?.from;
  return typeof from === 'object' && from !== null ? { ...o, from: from.from } : o;
}

/** A page's menu as Baidu makes it: the top-right 分享 customised by the page's onShareAppMessage. */
function pageMenu(page: object | undefined): MenuState {
  const share = (page ?? { onShareAppMessage: pageMenu }) as { onShareAppMessage?: unknown };
  return { visible: typeof share.onShareAppMessage === 'function', items: [], tickets: false };
}

/**
 * The sharekit adapter for Baidu smart programs, composed from core's mini program machinery.
 * Users share from the top-right menu or an `open-type="share"` button (the page hook), the app
 * from `swan.openShare` (`controller.share()`); both report their result through `success` /
 * `fail`. Baidu documents no menu API, so the adapter has no menu methods. Importable anywhere:
 * with no `swan`, every call is `unsupported`.
 *
 * ```js
 * const adapter = createBaiduAdapter({ defaults: { title: 'My app' } });
 * const controller = createShareController({ adapter, content });
 * Page({ ...sharePage({ adapter, controller }) });
 * ```
 */
export function createBaiduAdapter(options: BaiduAdapterOptions | null = {}): BaiduAdapter {
  options ??= {};
  const api = options.swan === undefined ? globalSwan() : (options.swan ?? undefined);
  const defaults = validateContent(options.defaults);
  // Stryker disable next-line OptionalChaining: both readers catch what a missing swan or getSystemInfoSync throws
  const system = () => api?.getSystemInfoSync?.();
  let version: string | undefined;
  let os: string | undefined;
  const readOs = () => {
    try {
      // A missing swan or system info, or a platform that is no string, throws: unknown.
      const p = system()!.platform;
      return p ? p.toLowerCase() : 'unknown';
    } catch {
      return 'unknown';
    }
  };
  const info = {
    // Stryker disable next-line OptionalChaining: without it the reader throws, and readVersion takes a throwing reader as no version
    version: () => (version ??= readVersion([() => system()?.SDKVersion])),
    os: () => (os ??= readOs()),
  };
  const can = (schema: string) => baiduCanIUse(api, info.version(), schema);
  // The id of the app session whose swan.openShare panel is open, if any.
  let opening: number | undefined;
  // The documented Android bug: cancelling the openShare panel calls no `fail`. There only the
  // page (or app) showing again, or the controller's present timeout, can end that session.
  const silentCancel = () => info.version() === SILENT_CANCEL.version && info.os() === SILENT_CANCEL.os;

  const mp = createMiniProgram({
    platform: PLATFORM,
    api,
    global: GLOBAL,
    page: pageFinder(options.getCurrentPages),
    initialMenu: pageMenu,
    // Baidu reports results (success / fail), except the silent cancel: see `unreported`.
    reportsOutcome: () => true,
  });

  /**
   * The page or app shows again while an openShare panel whose cancel Baidu may not report is
   * open: that share ends `unconfirmed`, unless Baidu's result comes first. A macrotask later,
   * because the panel closing calls `success` / `fail` and then shows the page at once, and the
   * result travels through promises.
   */
  function unreported(): void {
    if (opening === undefined || !silentCancel()) return;
    const id = opening;
    mp.timer(0, () => {
      // Stryker disable next-line OptionalChaining: disconnecting clears this timer with the host
      if (opening === id) mp.host()?.resume();
    });
  }

  function onShareAppMessage(o?: BaiduShareAppMessageOption): BaiduShareAppMessageContent {
    // One share panel: a new pull ends a running user share `unconfirmed`. A pull while the
    // app's openShare session presents joins it (its panel asking, or a tap after Baidu dropped
    // that panel's result): it shares that session's content and its result is that session's.
    const hosted = mp.pull(normalizeTrigger(unnest(o)), { supersede: true, join: true });
    const { now, later } = pulledContent(hosted, defaults);
    if (later) mp.warn(defaulted(DEV && 'Baidu documents no async onShareAppMessage'));
    const out: BaiduShareAppMessageContent = toShareFields(now);
    // Baidu shares even a failed provider's defaults and reports what happened to them. A refused
    // request (busy, disposed) is settled already: its late settle is ignored.
    // Every base library reads success / fail (the table's rows are 1.0.0, the page hook's).
    if (hosted) {
      out.success = () => hosted.settle({ status: 'shared' });
      out.fail = (result) => hosted.settle(failedOutcome(platformFailure(PLATFORM, 'onShareAppMessage', result, GLOBAL)));
    }
    return out;
  }

  async function share(content: ShareContent, _trigger: unknown, session: ShareSession): Promise<ShareOutcome> {
    // Without swan.openShare the call rejects `unsupported`: the share fails with it.
    opening = session.id;
    // Sessions run one at a time: this one ends before another can open.
    session.onEnd(() => {
      opening = undefined;
    });
    try {
      await mp.calls.call('openShare', toShareFields(content), OPEN_SHARE_WAIT);
      return { status: 'shared' };
    } catch (e) {
      // Handed to Baidu, never answered: nobody knows. Otherwise Baidu's fail, or no openShare.
      return isShareError(e, 'timeout') ? { status: 'unconfirmed' } : failedOutcome(e as ShareError);
    }
  }

  const supports = supportsFrom(baiduSupports, can);

  return {
    platform: PLATFORM,
    // The app starts a share only where swan.openShare is.
    get initiation(): readonly ShareInitiation[] {
      return can('openShare') ? ['user', 'app'] : ['user'];
    },
    get initialMenu() {
      return mp.currentMenu();
    },
    get version() {
      return info.version();
    },
    get os() {
      return info.os();
    },
    supports,
    canIUse: can,
    share,
    connect: mp.connect,
    page: {
      onShareAppMessage,
      onShow(this: unknown) {
        mp.pageShow(this);
        unreported();
      },
    },
    app: {
      onLaunch: (o) => mp.appLaunch(o),
      onShow(o) {
        mp.appShow(o);
        unreported();
      },
    },
    destroy: mp.destroy,
  };
}
