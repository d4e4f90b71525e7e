import {
  type HideMenuOptions,
  type HostedShare,
  type LaunchContext,
  type MenuState,
  type ShareContent,
  ShareError,
  type ShareHost,
  type ShareInfo,
  type ShareInfoOptions,
  shareFeatures,
  type ShareTrigger,
  type ShowMenuOptions,
  type UpdateMenuOptions,
  validateContent,
} from '@sharekit/core';
import { call, fn, NO_ANSWER_MS, type PendingCalls, PLATFORM, shareOutcome, unsupported, type WxApi } from './callbacks';
import { inTable, wxCanIUse } from './can-i-use';
import { toAppMessage, toTimeline } from './content';
import { readShareInfo } from './share-info';
import { readVersion } from './version';
import type {
  WxAdapter,
  WxAdapterOptions,
  WxLaunchOptions,
  WxLike,
  WxShareAppMessageContent,
  WxShareAppMessageOption,
  WxShareTimelineContent,
} from './types';

// The mini program's globals. Declared here only: the published types never name them. The
// timers are looked up when called, so fake timers installed later apply.
declare const wx: WxLike | undefined;
declare const getCurrentPages: (() => readonly unknown[]) | undefined;
declare function setTimeout(fn: () => void, ms: number): unknown;
declare function clearTimeout(handle: unknown): void;
const globalWx = (): WxLike | undefined => (typeof wx === 'object' && wx !== null ? wx : undefined);
const globalPages = () => (typeof getCurrentPages === 'function' ? getCurrentPages : undefined);

function triggerOf(o: WxShareAppMessageOption | undefined): ShareTrigger {
  // Below 1.2.4 WeChat passes no `from`: only the menu could ask then (the button came with 1.2.0
  // but is reported as the menu until 1.2.4).
  const trigger: ShareTrigger = { from: o?.from === 'button' ? 'button' : 'menu' };
  if (trigger.from === 'button' && o?.target !== undefined) trigger.target = o.target;
  if (typeof o?.webViewUrl === 'string') trigger.webViewUrl = o.webViewUrl;
  return trigger;
}

// Sent as a warning: WeChat shared the adapter's `defaults` instead of the provider's content.
const defaulted = (why: string, code = 'unsupported') =>
  new ShareError(code, `${why}; WeChat got the defaults of createWxAdapter({ defaults }). Return content synchronously`, { platform: PLATFORM });

/**
 * The sharekit adapter for WeChat mini programs. Every decision follows the runtime's base library
 * version (read once): which card fields WeChat reads, whether it reports an outcome, whether async
 * content can be waited for. Importable anywhere: with no `wx`, every call is `unsupported`.
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
  const pagesOf = options.getCurrentPages === undefined ? globalPages() : (options.getCurrentPages ?? undefined);
  const defaults = validateContent(options.defaults);
  let cached: string | undefined;
  const version = () => (cached ??= readVersion(api));
  const can = (schema: string) => wxCanIUse(api, version(), schema);
  let host: ShareHost | undefined;
  // Which menu asked last: the channel of an outcome WeChat does not report.
  let channel = 'shareAppMessage';

  const fields = (content: ShareContent) => toAppMessage(content, can('onShareAppMessage.return.imageUrl'));
  // Outcome callbacks exist from 1.1.0 to 2.2.x; outside that range only the page showing again
  // (or the controller's timeout) can end a session.
  const reportsOutcome = () => can('onShareAppMessage.return.success');

  /** Rejects when `options` uses something this runtime lacks; false and undefined change nothing. */
  function checkOptions(name: WxApi, options: object): void {
    if (!fn(api, name)) throw unsupported(`wx.${name} is not available in base library ${version()}; check canIUse('${name}') first`);
    for (const [key, value] of Object.entries(options)) {
      const schema = `${name}.object.${key}`;
      if (value !== undefined && value !== false && inTable(schema) && !can(schema)) {
        throw unsupported(`${key} needs base library ${shareFeatures[schema]!.since}+ (this is ${version()}); check canIUse('${schema}') first`);
      }
    }
  }

  // wx calls still waiting for an answer, per connection (the one current when the call started):
  // a controller's disconnect ends its own calls and their timers at once, and only those.
  let pending: PendingCalls = new Set();

  async function menu(name: WxApi, options: object): Promise<void> {
    checkOptions(name, options);
    await call(api, name, options, NO_ANSWER_MS, pending);
  }

  // Cancels the 3 s watch of the async content being shared (see onShareAppMessage).
  let unwatch = () => {};

  function onShareAppMessage(o?: WxShareAppMessageOption): WxShareAppMessageContent {
    const base = fields(defaults);
    let hosted: HostedShare;
    const to = host;
    try {
      if (!to) return base;
      channel = 'shareAppMessage';
      hosted = to.request(triggerOf(o));
    } catch {
      return base;
    }
    let out: WxShareAppMessageContent = base;
    unwatch();
    if (hosted.content) out = fields(hosted.content);
    else if (hosted.pending) {
      if (can('onShareAppMessage.return.promise')) {
        // WeChat waits 3 s for `promise`, then shares the sync fields: the adapter races its own
        // 3 s to say so. The page showing again first (resume) means the panel closed before the
        // content was needed (the user cancelled): no warning then. The promise never rejects
        // into WeChat: a failed provider (a warning from core) gives the defaults.
        const handle = setTimeout(() => to.warn(defaulted("async content missed WeChat's 3 s wait", 'timeout')), 3000);
        const stop = () => clearTimeout(handle);
        unwatch = stop;
        out = { ...base, promise: hosted.pending.then(fields, () => base).finally(stop) };
      } else {
        to.warn(defaulted(`async content needs base library 2.12.0+ (this is ${version()})`));
      }
    }
    // WeChat shares the defaults even when the provider failed, and reports what happened to
    // them (1.1.0 to 2.2.x): that is the outcome. A refused request (busy, disposed) is settled
    // already, so its late settle is ignored.
    if (reportsOutcome()) {
      out = {
        ...out,
        success: (result) => hosted.settle(shareOutcome(result, true)),
        fail: (result) => hosted.settle(shareOutcome(result, false)),
      };
    }
    return out;
  }

  function onShareTimeline(): WxShareTimelineContent {
    const base = toTimeline(defaults);
    try {
      if (!host) return base;
      channel = 'shareTimeline';
      const hosted = host.request({ from: 'menu' });
      if (hosted.content) return toTimeline(hosted.content);
      if (hosted.pending) {
        host.warn(defaulted('onShareTimeline cannot wait for async content'));
      }
    } catch {
      // A page handler must never throw into WeChat: the defaults are always a valid answer.
    }
    return base;
  }

  function resume(): void {
    unwatch();
    if (host && !reportsOutcome()) host.resume(channel);
  }

  // WeChat keeps one share menu per page, and a new page starts from its default; the controller
  // keeps one menu. So the adapter keeps each page's last confirmed menu and, when another page
  // shows, hands the controller that page's menu (or the default for a new one). Pages are their
  // instances (the top of getCurrentPages()), else one key per route (the first `this` seen there).
  const menus = new WeakMap<object, MenuState>();
  const routes = new Map<string, object>();
  let shown: object | undefined;

  function showPage(self: Record<string, unknown> | undefined): void {
    const pages = pagesOf?.();
    let page = pages?.[pages.length - 1];
    if (typeof page !== 'object' || page === null) {
      const route = self?.route;
      if (typeof route !== 'string') return;
      page = routes.get(route) ?? routes.set(route, self!).get(route)!;
    }
    const previous = shown;
    shown = page as object;
    // The first page seen: the controller's menu is that page's already.
    if (!host || page === previous || !previous) return;
    menus.set(previous, host.getMenu());
    // A new page's menu, as WeChat makes it: "转发" when the page defines onShareAppMessage, plus
    // the timeline item when it also defines onShareTimeline (2.11.3+).
    const { onShareAppMessage: share, onShareTimeline: timeline } = page as Record<string, unknown>;
    const visible = typeof share === 'function';
    const menu: MenuState = { visible, withShareTicket: false, menus: visible ? ['shareAppMessage'] : [] };
    if (visible && typeof timeline === 'function' && can('onShareTimeline')) menu.menus.push('shareTimeline');
    host.syncMenu(menus.get(page as object) ?? menu);
  }

  function onPageShow(this: Record<string, unknown> | undefined): void {
    try {
      showPage(this);
    } catch {
      // A page hook must never throw into WeChat; the menu state stays as it was.
    }
    resume();
  }

  function launch(o?: WxLaunchOptions): void {
    // The controller keeps only the well-typed fields of any value, so WeChat's goes as it is.
    host?.launch(o as LaunchContext);
  }

  return {
    platform: PLATFORM,
    initiation: { app: false, user: true },
    // What a page gets from WeChat once it defines onShareAppMessage (which sharePage does).
    initialMenu: { visible: true, withShareTicket: false, menus: ['shareAppMessage'] },
    get version() {
      return version();
    },
    canIUse: can,
    showMenu: (o: ShowMenuOptions = {}) => menu('showShareMenu', o),
    hideMenu: (o: HideMenuOptions = {}) => menu('hideShareMenu', o),
    updateMenu: (o: UpdateMenuOptions = {}) => menu('updateShareMenu', o),
    getShareInfo: (ticket: string | undefined, o: ShareInfoOptions = {}): Promise<ShareInfo> =>
      readShareInfo({ api, version, can, pending }, ticket, o),
    connect(next: ShareHost) {
      host = next;
      const calls: PendingCalls = new Set();
      pending = calls;
      // A new controller's menu is the one of the page in front: adopt that page when it shows.
      shown = undefined;
      return () => {
        // Nothing may outlive the controller: no 10 s call timer, no 3 s watch keeping Node alive.
        for (const abort of [...calls]) abort(new ShareError('disposed', 'the share controller was disposed', { platform: PLATFORM }));
        // An older controller's dispose must not unhook a newer one (nor end its calls: see above).
        if (host !== next) return;
        host = undefined;
        unwatch();
      };
    },
    page: { onShareAppMessage, onShareTimeline, onShow: onPageShow },
    app: {
      onLaunch: launch,
      onShow(o) {
        launch(o);
        resume();
      },
    },
    destroy() {
      host?.destroy();
      // Every page is gone: the next one to show is new, with WeChat's default menu.
      shown = {};
    },
  };
}
