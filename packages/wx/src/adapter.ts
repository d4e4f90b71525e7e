import { type MenuState, ShareError, type ShareInfo, type ShareInfoOptions } from '@sharekit/core';
import {
  createMiniProgram,
  normalizeTrigger,
  pageFinder,
  pulledContent,
  readVersion,
  supportsFrom,
  validateContent,
} from '@sharekit/core/adapter';
import { inTable, wxCanIUse } from './can-i-use';
import { toAppMessage, toTimeline } from './content';
import { wxFeatures } from './features';
import { checkMenuOptions, hideMenu, pageMenu, showMenu, updateMenu } from './menu';
import { shareOutcome } from './outcome';
import { readShareInfo } from './share-info';
import { wxSupports } from './supports';
import type {
  WxAdapter,
  WxAdapterOptions,
  WxLike,
  WxShareAppMessageContent,
  WxShareAppMessageOption,
  WxShareTimelineContent,
} from './types';
import { DEV } from './dev';

// The mini program's global. Declared here only: the published types never name it.
declare const wx: WxLike | undefined;
const globalWx = (): WxLike | undefined => (typeof wx === 'object' && wx !== null ? wx : undefined);

const PLATFORM = 'wx';
const unsupported = (detail: string | false) => new ShareError('unsupported', detail, { platform: PLATFORM });

// Sent as a warning: WeChat shared the adapter's `defaults` instead of the provider's content.
const defaulted = (why: string | false, code = 'unsupported') =>
  new ShareError(code, DEV && `${why}; WeChat got the defaults of createWxAdapter({ defaults }). Return content synchronously`, { platform: PLATFORM });

/**
 * The sharekit adapter for WeChat mini programs, composed from core's mini program machinery.
 * Every decision follows the runtime's base library version (read once): which card fields WeChat
 * reads, whether it reports an outcome, whether async content can be waited for. Importable
 * anywhere: with no `wx`, every call is `unsupported`.
 *
 * ```js
 * const adapter = createWxAdapter({ defaults: { title: 'My app' } });
 * const controller = createShareController({ adapter, content });
 * Page({ ...sharePage({ adapter, controller }) });
 * ```
 */
export function createWxAdapter(options: WxAdapterOptions | null = {}): WxAdapter {
  // null is "no options", as `wx: null` is "no wx" (a primitive has no fields: no options either).
  options ??= {};
  const api = options.wx === undefined ? globalWx() : (options.wx ?? undefined);
  const defaults = validateContent(options.defaults);
  let cached: string | undefined;
  // getAppBaseInfo (2.20.1+, where getSystemInfoSync is deprecated), else getSystemInfoSync.
  const version = () =>
    (cached ??= readVersion([typeof api?.getAppBaseInfo === 'function' ? () => api.getAppBaseInfo!().SDKVersion : () => api?.getSystemInfoSync?.().SDKVersion]));
  const can = (schema: string) => wxCanIUse(api, version(), schema);
  // Outcome callbacks exist from 1.1.0 to 2.2.x; outside that range only the page showing again
  // (or the controller's timeout) can end a session.
  const reportsOutcome = () => can('onShareAppMessage.return.success');
  const mp = createMiniProgram({
    platform: PLATFORM,
    api,
    // Pages are their instances (the top of getCurrentPages()), else one key per route.
    page: pageFinder(options.getCurrentPages),
    initialMenu: (p) => pageMenu(p, can('onShareTimeline')),
    reportsOutcome,
  });
  // Which menu asked last: the channel of an outcome WeChat does not report.
  let channel = 'shareAppMessage';
  // Cancels the 3 s watch of the async content being shared (see onShareAppMessage).
  let unwatch = () => {};

  const fields = (content: typeof defaults) => toAppMessage(content, can('onShareAppMessage.return.imageUrl'));

  /** Rejects when `options` uses something this runtime lacks; false and undefined change nothing. */
  async function menuCall(name: 'showShareMenu' | 'hideShareMenu' | 'updateShareMenu', o: object, apply: (menu: MenuState, o: object) => MenuState) {
    checkMenuOptions(name, o);
    if (!mp.calls.has(name)) throw unsupported(DEV && `wx.${name} is not available in base library ${version()}; check canIUse('${name}') first`);
    for (const [key, value] of Object.entries(o)) {
      const schema = `${name}.object.${key}`;
      if (value !== undefined && value !== false && inTable(schema) && !can(schema)) {
        throw unsupported(DEV && `${key} needs base library ${wxFeatures[schema]!.since}+ (this is ${version()}); check canIUse('${schema}') first`);
      }
    }
    return mp.menu(() => mp.calls.call(name, o), (menu) => apply(menu, o));
  }

  function onShareAppMessage(o?: WxShareAppMessageOption): WxShareAppMessageContent {
    channel = 'shareAppMessage';
    // One share panel: a new pull ends a running one.
    const hosted = mp.pull(normalizeTrigger(o), { supersede: true });
    const { now, later } = pulledContent(hosted, defaults);
    let out: WxShareAppMessageContent = fields(now);
    unwatch();
    if (later) {
      if (can('onShareAppMessage.return.promise')) {
        // WeChat waits 3 s for `promise`, then shares the sync fields: the adapter races its own
        // 3 s to say so. The page showing again first (resume) means the panel closed before the
        // content was needed (the user cancelled): no warning then. The promise never rejects
        // into WeChat: a failed provider (a warning from core) gives the defaults.
        const stop = mp.timer(3000, () => mp.warn(defaulted(DEV && "async content missed WeChat's 3 s wait", 'timeout')));
        unwatch = stop;
        out = { ...out, promise: later.then(fields).finally(stop) };
      } else {
        mp.warn(defaulted(DEV && `async content needs base library 2.12.0+ (this is ${version()})`));
      }
    }
    // WeChat shares the defaults even when the provider failed, and reports what happened to
    // them (1.1.0 to 2.2.x): that is the outcome. A refused request (busy, disposed) is settled
    // already, so its late settle is ignored.
    if (hosted && reportsOutcome()) {
      out = {
        ...out,
        success: (result) => hosted.settle(shareOutcome(result, true)),
        fail: (result) => hosted.settle(shareOutcome(result, false)),
      };
    }
    return out;
  }

  function onShareTimeline(): WxShareTimelineContent {
    channel = 'shareTimeline';
    const hosted = mp.pull({ from: 'menu', channel }, { supersede: true });
    if (hosted?.pending) mp.warn(defaulted(DEV && 'onShareTimeline cannot wait for async content'));
    return toTimeline(pulledContent(hosted, defaults).now);
  }

  const resumed = () => {
    unwatch();
    return channel;
  };

  const supports = supportsFrom(wxSupports, can);

  return {
    platform: PLATFORM,
    initiation: ['user'],
    get initialMenu() {
      return mp.currentMenu();
    },
    get version() {
      return version();
    },
    supports,
    canIUse: can,
    showMenu: (o = {}) => menuCall('showShareMenu', o, showMenu),
    hideMenu: (o = {}) => menuCall('hideShareMenu', o, hideMenu),
    updateMenu: (o = {}) => menuCall('updateShareMenu', o, updateMenu),
    getShareInfo: (ticket: string | undefined, o: ShareInfoOptions = {}): Promise<ShareInfo> =>
      readShareInfo({ version, can, calls: mp.calls }, ticket, o),
    connect: mp.connect,
    page: {
      onShareAppMessage,
      onShareTimeline,
      onShow(this: unknown) {
        mp.pageShow(this, resumed());
      },
    },
    app: {
      onLaunch: (o) => mp.appLaunch(o),
      onShow: (o) => mp.appShow(o, resumed()),
    },
    destroy: mp.destroy,
  };
}
