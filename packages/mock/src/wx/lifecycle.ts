import { ShareError } from '@sharekit/core';
import { DEFAULT_GROUP, isObject, parseUrl, type RuntimeContext } from './context';
import { stableId } from './crypto';
import { initialMenu, type MenuData } from './menu';
import type {
  WxAppInstance,
  WxAppOptions,
  WxEnterChat,
  WxLaunchInput,
  WxLaunchOptions,
  WxOpenCardInput,
  WxPageInstance,
  WxPageOptions,
  WxQuery,
  WxRuntimeStatus,
  WxShowInput,
} from './types';

/** WeChat's page stack holds at most 10 pages; navigateTo beyond that fails. */
export const MAX_PAGE_STACK = 10;

/** One page on the stack. */
export interface PageRecord {
  readonly route: string;
  readonly instance: WxPageInstance;
  menu: MenuData;
  /** onShow fired and no onHide since. */
  visible: boolean;
}

type ShowListener = (options: WxLaunchOptions) => void;
type HideListener = () => void;

/** App and page registration, the page stack, and the hooks WeChat fires. Internal. */
export interface Lifecycle {
  registerApp(options: WxAppOptions): void;
  registerPage(route: string, options: WxPageOptions): void;
  app(): WxAppInstance | undefined;
  pages(): readonly PageRecord[];
  top(): PageRecord | undefined;
  status(): WxRuntimeStatus;
  launchOptions(): WxLaunchOptions | undefined;
  enterOptions(): WxLaunchOptions | undefined;
  /** The chat the app was last entered from, if any. */
  enterChat(): WxEnterChat | undefined;
  launch(input: WxLaunchInput): WxLaunchOptions;
  hide(): void;
  show(input: WxShowInput): WxLaunchOptions;
  destroy(): void;
  navigateTo(url: string): WxPageInstance;
  redirectTo(url: string): WxPageInstance;
  navigateBack(delta: number): WxPageInstance;
  reLaunch(url: string): WxPageInstance;
  openCard(card: WxOpenCardInput): WxLaunchOptions;
  /** Page onHide / onShow without navigation (the share panel covers the page). */
  hidePage(page: PageRecord): void;
  showPage(page: PageRecord): void;
  readonly showListeners: Set<ShowListener>;
  readonly hideListeners: Set<HideListener>;
}

const copyOptions = (options: WxLaunchOptions): WxLaunchOptions => ({
  ...options,
  query: { ...options.query },
  referrerInfo: { ...options.referrerInfo },
});

function launchOptionsOf(route: string, query: WxQuery, scene: number, shareTicket: string | undefined): WxLaunchOptions {
  const options: WxLaunchOptions = { path: route, query: { ...query }, scene, referrerInfo: {} };
  if (shareTicket !== undefined) options.shareTicket = shareTicket;
  return options;
}

export function createLifecycle(ctx: RuntimeContext): Lifecycle {
  const registry = new Map<string, WxPageOptions>();
  let appOptions: WxAppOptions | undefined;
  let appInstance: WxAppInstance | undefined;
  let stack: PageRecord[] = [];
  let status: WxRuntimeStatus = 'not-launched';
  let launched: WxLaunchOptions | undefined;
  let entered: { options: WxLaunchOptions; chat: WxEnterChat | undefined } | undefined;
  const showListeners = new Set<ShowListener>();
  const hideListeners = new Set<HideListener>();

  /** Records the hook and calls it if defined; what it throws goes to reportError. */
  function fire(target: 'app' | 'page', self: Record<string, unknown>, hook: string, route?: string, ...args: unknown[]) {
    const event: { target: 'app' | 'page'; hook: string; route?: string; arg?: unknown } = { target, hook };
    if (route !== undefined) event.route = route;
    if (args.length > 0) event.arg = args[0];
    ctx.events.push(event);
    const fn = self[hook];
    if (typeof fn !== 'function') return;
    try {
      fn.apply(self, args);
    } catch (error) {
      ctx.reportError(error);
    }
  }

  function notify<A extends unknown[]>(listeners: Set<(...args: A) => void>, ...args: A) {
    for (const listener of [...listeners]) {
      try {
        listener(...args);
      } catch (error) {
        ctx.reportError(error);
      }
    }
  }

  function requireStatus(operation: string, ...allowed: WxRuntimeStatus[]) {
    if (!allowed.includes(status)) {
      throw new ShareError(
        'invalid-state',
        `${operation}: the app is ${status} (needs ${allowed.join(' or ')}); call launch() or show() first`,
      );
    }
  }

  /** The registered route and query for a URL; throws for an unknown page. */
  function target(url: string | undefined, extraQuery?: WxQuery): { route: string; query: WxQuery } {
    if (url === undefined) {
      const first = registry.keys().next();
      if (first.done) {
        throw new ShareError('invalid-state', 'no page is registered; call runtime.Page(route, options) before launching');
      }
      return { route: first.value, query: { ...extraQuery } };
    }
    if (typeof url !== 'string') throw new ShareError('invalid-argument', `a page url must be a string (got ${typeof url})`);
    const { route, query } = parseUrl(url);
    if (!registry.has(route)) {
      throw new ShareError('invalid-argument', `no page is registered at "${route}"; call runtime.Page("/${route}", {...}) first`);
    }
    return { route, query: { ...query, ...extraQuery } };
  }

  function createPage(route: string, query: WxQuery): PageRecord {
    const definition = registry.get(route) as WxPageOptions;
    const data = JSON.parse(JSON.stringify(definition.data ?? {})) as Record<string, unknown>;
    const instance: WxPageInstance = {
      ...definition,
      route,
      options: { ...query },
      data,
      setData(patch, callback) {
        Object.assign(instance.data, patch);
        callback?.();
      },
    };
    const menu = initialMenu(ctx.gate, {
      share: typeof instance.onShareAppMessage === 'function',
      timeline: typeof instance.onShareTimeline === 'function',
    });
    return { route, instance, menu, visible: false };
  }

  function openPage(route: string, query: WxQuery): WxPageInstance {
    const page = createPage(route, query);
    stack.push(page);
    fire('page', page.instance, 'onLoad', route, { ...query });
    showPage(page);
    fire('page', page.instance, 'onReady', route);
    return page.instance;
  }

  function hidePage(page: PageRecord) {
    if (!page.visible) return;
    page.visible = false;
    fire('page', page.instance, 'onHide', page.route);
  }

  function showPage(page: PageRecord) {
    if (page.visible) return;
    page.visible = true;
    fire('page', page.instance, 'onShow', page.route);
  }

  function unloadPage(page: PageRecord) {
    page.visible = false;
    fire('page', page.instance, 'onUnload', page.route);
  }

  function unloadAll() {
    while (stack.length > 0) unloadPage(stack.pop() as PageRecord);
  }

  function chatOfTicket(ticket: string | undefined): WxEnterChat | undefined {
    const record = ctx.tickets.lookup(ticket, ctx.generation);
    return record ? { type: 'group', openGId: record.openGId } : undefined;
  }

  function enter(options: WxLaunchOptions, chat: WxEnterChat | undefined) {
    entered = { options, chat };
    status = 'foreground';
    fire('app', appInstance as WxAppInstance, 'onShow', undefined, copyOptions(options));
    notify(showListeners, copyOptions(options));
  }

  function launch(input: WxLaunchInput): WxLaunchOptions {
    requireStatus('launch', 'not-launched', 'destroyed');
    const { route, query } = target(input.path, input.query);
    const scene = input.scene ?? (input.shareTicket !== undefined ? 1044 : 1001);
    const options = launchOptionsOf(route, query, scene, input.shareTicket);
    // A new JS context: a fresh App instance from the same registration.
    appInstance = { ...(appOptions ?? {}) };
    if (appOptions?.globalData) appInstance.globalData = { ...appOptions.globalData };
    launched = options;
    status = 'foreground';
    fire('app', appInstance, 'onLaunch', undefined, copyOptions(options));
    enter(options, input.chat ?? chatOfTicket(input.shareTicket));
    openPage(route, query);
    return copyOptions(options);
  }

  function hide() {
    requireStatus('hide', 'foreground');
    const top = stack[stack.length - 1];
    if (top) hidePage(top);
    status = 'background';
    fire('app', appInstance as WxAppInstance, 'onHide');
    notify(hideListeners);
  }

  function show(input: WxShowInput): WxLaunchOptions {
    requireStatus('show', 'background');
    const top = stack[stack.length - 1] as PageRecord;
    const scene = input.scene ?? (input.shareTicket !== undefined ? 1044 : 1089);
    const options = launchOptionsOf(top.route, top.instance.options, scene, input.shareTicket);
    enter(options, input.chat ?? chatOfTicket(input.shareTicket));
    showPage(top);
    return copyOptions(options);
  }

  function destroy() {
    if (status === 'foreground') hide();
    // WeChat kills a background mini program without telling it: no onUnload.
    stack = [];
    appInstance = undefined;
    launched = undefined;
    entered = undefined;
    showListeners.clear();
    hideListeners.clear();
    status = 'destroyed';
    ctx.generation += 1;
  }

  function navigateTo(url: string): WxPageInstance {
    requireStatus('navigateTo', 'foreground');
    const { route, query } = target(url);
    if (stack.length >= MAX_PAGE_STACK) {
      throw new ShareError('invalid-state', `navigateTo: the page stack is full (${MAX_PAGE_STACK} pages); use redirectTo`);
    }
    hidePage(stack[stack.length - 1] as PageRecord);
    return openPage(route, query);
  }

  function redirectTo(url: string): WxPageInstance {
    requireStatus('redirectTo', 'foreground');
    const { route, query } = target(url);
    unloadPage(stack.pop() as PageRecord);
    return openPage(route, query);
  }

  function navigateBack(delta: number): WxPageInstance {
    requireStatus('navigateBack', 'foreground');
    const count = Math.min(Math.max(1, Math.floor(delta)), stack.length - 1);
    for (let i = 0; i < count; i++) unloadPage(stack.pop() as PageRecord);
    const top = stack[stack.length - 1] as PageRecord;
    showPage(top);
    return top.instance;
  }

  function reLaunch(url: string): WxPageInstance {
    requireStatus('reLaunch', 'foreground');
    const { route, query } = target(url);
    unloadAll();
    return openPage(route, query);
  }

  function openCard(card: WxOpenCardInput): WxLaunchOptions {
    if (!isObject(card)) throw new ShareError('invalid-argument', 'openShareCard needs a card ({ path, chat, ... })');
    const { route, query } = target(card.path);
    const chat: WxEnterChat =
      card.chat === 'group'
        ? { type: 'group', openGId: card.openGId ?? DEFAULT_GROUP }
        : { type: 'single', roomId: card.roomId ?? stableId('room_', ctx.config.appId, 'single') };
    let shareTicket = card.shareTicket;
    if (shareTicket === undefined && chat.type === 'group' && card.withShareTicket === true) {
      // The opener gets a ticket of its own (not the sharer's), valid in the lifecycle it opens.
      shareTicket = ctx.tickets.issue(chat.openGId, ctx.generation, card.isPrivateMessage === true);
    }
    const scene = shareTicket !== undefined ? 1044 : chat.type === 'group' ? 1008 : 1007;
    if (status === 'not-launched' || status === 'destroyed') {
      return launch({ path: card.path, scene, shareTicket, chat });
    }
    if (status === 'foreground') hide();
    // Hot start from a card: App.onShow, then a reLaunch to the card's page.
    const options = launchOptionsOf(route, query, scene, shareTicket);
    enter(options, chat);
    unloadAll();
    openPage(route, query);
    return copyOptions(options);
  }

  return {
    registerApp(options) {
      if (!isObject(options)) throw new ShareError('invalid-argument', 'App() needs an options object');
      if (appOptions) throw new ShareError('invalid-state', 'App() was already called; WeChat registers the app once');
      appOptions = options;
    },
    registerPage(route, options) {
      if (typeof route !== 'string' || normalizeEmpty(route)) {
        throw new ShareError('invalid-argument', `Page() needs a route like "/pages/index/index" (got ${JSON.stringify(route)})`);
      }
      if (!isObject(options)) throw new ShareError('invalid-argument', 'Page() needs an options object');
      const key = parseUrl(route).route;
      if (registry.has(key)) throw new ShareError('invalid-state', `a page is already registered at "${key}"`);
      registry.set(key, options);
    },
    app: () => appInstance,
    pages: () => stack,
    top: () => (status === 'foreground' || status === 'background' ? stack[stack.length - 1] : undefined),
    status: () => status,
    launchOptions: () => (launched ? copyOptions(launched) : undefined),
    enterOptions: () => (entered ? copyOptions(entered.options) : undefined),
    enterChat: () => entered?.chat,
    launch,
    hide,
    show,
    destroy,
    navigateTo,
    redirectTo,
    navigateBack,
    reLaunch,
    openCard,
    hidePage,
    showPage,
    showListeners,
    hideListeners,
  };
}

const normalizeEmpty = (route: string) => route.replace(/^\/+/, '').split('?')[0] === '';
