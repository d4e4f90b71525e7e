import { ShareError } from '@sharekit/core';
import type { SimContext, SimStatus } from './context';
import { isObject, parseUrl } from './url';

/** Query parameters as every platform passes them to `onLoad` (strings). */
export type SimQuery = Record<string, string>;

/** A page instance (`this` in page handlers; `getCurrentPages()` items). */
export interface SimPageInstance {
  /** No leading `/`. */
  readonly route: string;
  /** The query the page was opened with. */
  readonly options: SimQuery;
  data: Record<string, unknown>;
  /** Shallow merge into `data` (no rendering); calls `callback` at once. */
  setData(patch: Record<string, unknown>, callback?: () => void): void;
  [key: string]: unknown;
}

/** What `Page({...})` takes, as far as the machinery reads it. */
export interface SimPageOptions {
  data?: Record<string, unknown>;
  [key: string]: unknown;
}

/** The app instance (`getApp()`, `this` in app handlers). */
export interface SimAppInstance {
  globalData?: Record<string, unknown>;
  [key: string]: unknown;
}

/** One page on the stack, with the platform's per-page share menu state. */
export interface PageRecord<Menu> {
  readonly route: string;
  readonly instance: SimPageInstance;
  menu: Menu;
  /** onShow fired and no onHide since. */
  visible: boolean;
}

/** What a platform tells the lifecycle. */
export interface LifecycleSpec<Options, Menu> {
  /** The platform's name in error messages ("WeChat", "Alipay"). */
  readonly platform: string;
  /** Pages the stack holds; navigateTo beyond that fails. */
  readonly maxPages: number;
  /** A fresh page's share menu (every page starts from its own default). */
  initialMenu(instance: SimPageInstance): Menu;
  /** A copy of launch options that callers cannot mutate back into the runtime. */
  copyOptions(options: Options): Options;
}

/**
 * App and page registration, the page stack, and the hooks every mini program runtime fires.
 * `Options` is the platform's launch options; `Entry` what the platform remembers about how the
 * app was entered (a chat, a share card); `Menu` a page's share menu.
 */
export interface Lifecycle<Options, Entry, Menu> {
  registerApp(options: Record<string, unknown>): void;
  registerPage(route: string, options: SimPageOptions): void;
  app(): SimAppInstance | undefined;
  pages(): readonly PageRecord<Menu>[];
  /** The top page while running (foreground or background). */
  top(): PageRecord<Menu> | undefined;
  status(): SimStatus;
  launchOptions(): Options | undefined;
  enterOptions(): Options | undefined;
  /** How the app was last entered, if the platform said. */
  entry(): Entry | undefined;
  /** Throws ShareError invalid-state unless the status is one of `allowed`. */
  requireStatus(operation: string, ...allowed: SimStatus[]): void;
  /** The registered route and query for a URL (default: the first page registered); throws for an unknown page. */
  resolve(url: string | undefined, extraQuery?: SimQuery): { route: string; query: SimQuery };
  /** Cold start: a fresh App instance, App.onLaunch, App.onShow, the page's onLoad, onShow, onReady. */
  coldStart(route: string, query: SimQuery, options: Options, entry: Entry | undefined): Options;
  /** Back from the background: App.onShow, the top page's onShow. */
  resume(options: Options, entry: Entry | undefined): Options;
  /** A hot start into a page (from a card): hides if shown, App.onShow, then a reLaunch to the page. */
  hotOpen(route: string, query: SimQuery, options: Options, entry: Entry | undefined): Options;
  hide(): void;
  destroy(): void;
  navigateTo(url: string): SimPageInstance;
  redirectTo(url: string): SimPageInstance;
  navigateBack(delta: number): SimPageInstance;
  reLaunch(url: string): SimPageInstance;
  /** Page onHide / onShow without navigation (a share panel covers the page). */
  hidePage(page: PageRecord<Menu>): void;
  showPage(page: PageRecord<Menu>): void;
  /** `onAppShow` / `onAppHide` style listeners. */
  readonly showListeners: Set<(options: Options) => void>;
  readonly hideListeners: Set<() => void>;
}

const emptyRoute = (route: string) => route.replace(/^\/+/, '').split('?')[0] === '';

export function createLifecycle<Options, Entry, Menu>(
  ctx: SimContext,
  spec: LifecycleSpec<Options, Menu>,
): Lifecycle<Options, Entry, Menu> {
  const registry = new Map<string, SimPageOptions>();
  let appOptions: SimAppInstance | undefined;
  let appInstance: SimAppInstance | undefined;
  let stack: PageRecord<Menu>[] = [];
  let status: SimStatus = 'not-launched';
  let launched: Options | undefined;
  let entered: { options: Options; entry: Entry | undefined } | undefined;
  const showListeners = new Set<(options: Options) => void>();
  const hideListeners = new Set<() => void>();
  const copy = spec.copyOptions;

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

  function requireStatus(operation: string, ...allowed: SimStatus[]) {
    if (!allowed.includes(status)) {
      throw new ShareError(
        'invalid-state',
        `${operation}: the app is ${status} (needs ${allowed.join(' or ')}); call launch() or show() first`,
      );
    }
  }

  function resolve(url: string | undefined, extraQuery?: SimQuery): { route: string; query: SimQuery } {
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

  function createPage(route: string, query: SimQuery): PageRecord<Menu> {
    const definition = registry.get(route) as SimPageOptions;
    const data = JSON.parse(JSON.stringify(definition.data ?? {})) as Record<string, unknown>;
    const instance: SimPageInstance = {
      ...definition,
      route,
      options: { ...query },
      data,
      setData(patch, callback) {
        Object.assign(instance.data, patch);
        callback?.();
      },
    };
    return { route, instance, menu: spec.initialMenu(instance), visible: false };
  }

  function openPage(route: string, query: SimQuery): SimPageInstance {
    const page = createPage(route, query);
    stack.push(page);
    fire('page', page.instance, 'onLoad', route, { ...query });
    showPage(page);
    fire('page', page.instance, 'onReady', route);
    return page.instance;
  }

  function hidePage(page: PageRecord<Menu>) {
    if (!page.visible) return;
    page.visible = false;
    fire('page', page.instance, 'onHide', page.route);
  }

  function showPage(page: PageRecord<Menu>) {
    if (page.visible) return;
    page.visible = true;
    fire('page', page.instance, 'onShow', page.route);
  }

  function unloadPage(page: PageRecord<Menu>) {
    page.visible = false;
    fire('page', page.instance, 'onUnload', page.route);
  }

  function unloadAll() {
    while (stack.length > 0) unloadPage(stack.pop() as PageRecord<Menu>);
  }

  function enter(options: Options, entry: Entry | undefined) {
    entered = { options, entry };
    status = 'foreground';
    fire('app', appInstance as SimAppInstance, 'onShow', undefined, copy(options));
    notify(showListeners, copy(options));
  }

  function coldStart(route: string, query: SimQuery, options: Options, entry: Entry | undefined): Options {
    requireStatus('launch', 'not-launched', 'destroyed');
    // A new JS context: a fresh App instance from the same registration.
    appInstance = { ...(appOptions ?? {}) };
    if (appOptions?.globalData) appInstance.globalData = { ...appOptions.globalData };
    launched = options;
    status = 'foreground';
    fire('app', appInstance, 'onLaunch', undefined, copy(options));
    enter(options, entry);
    openPage(route, query);
    return copy(options);
  }

  function hide() {
    requireStatus('hide', 'foreground');
    const top = stack[stack.length - 1];
    if (top) hidePage(top);
    status = 'background';
    fire('app', appInstance as SimAppInstance, 'onHide');
    notify(hideListeners);
  }

  function resume(options: Options, entry: Entry | undefined): Options {
    requireStatus('show', 'background');
    enter(options, entry);
    showPage(stack[stack.length - 1] as PageRecord<Menu>);
    return copy(options);
  }

  function hotOpen(route: string, query: SimQuery, options: Options, entry: Entry | undefined): Options {
    if (status === 'foreground') hide();
    enter(options, entry);
    unloadAll();
    openPage(route, query);
    return copy(options);
  }

  function destroy() {
    if (status === 'foreground') hide();
    // The platform kills a background mini program without telling it: no onUnload.
    stack = [];
    appInstance = undefined;
    launched = undefined;
    entered = undefined;
    showListeners.clear();
    hideListeners.clear();
    status = 'destroyed';
    ctx.generation += 1;
  }

  function navigateTo(url: string): SimPageInstance {
    requireStatus('navigateTo', 'foreground');
    const { route, query } = resolve(url);
    if (stack.length >= spec.maxPages) {
      throw new ShareError('invalid-state', `navigateTo: the page stack is full (${spec.maxPages} pages); use redirectTo`);
    }
    hidePage(stack[stack.length - 1] as PageRecord<Menu>);
    return openPage(route, query);
  }

  function redirectTo(url: string): SimPageInstance {
    requireStatus('redirectTo', 'foreground');
    const { route, query } = resolve(url);
    unloadPage(stack.pop() as PageRecord<Menu>);
    return openPage(route, query);
  }

  function navigateBack(delta: number): SimPageInstance {
    requireStatus('navigateBack', 'foreground');
    const count = Math.min(Math.max(1, Math.floor(delta)), stack.length - 1);
    for (let i = 0; i < count; i++) unloadPage(stack.pop() as PageRecord<Menu>);
    const top = stack[stack.length - 1] as PageRecord<Menu>;
    showPage(top);
    return top.instance;
  }

  function reLaunch(url: string): SimPageInstance {
    requireStatus('reLaunch', 'foreground');
    const { route, query } = resolve(url);
    unloadAll();
    return openPage(route, query);
  }

  return {
    registerApp(options) {
      if (!isObject(options)) throw new ShareError('invalid-argument', 'App() needs an options object');
      if (appOptions) {
        throw new ShareError('invalid-state', `App() was already called; ${spec.platform} registers the app once`);
      }
      appOptions = options;
    },
    registerPage(route, options) {
      if (typeof route !== 'string' || emptyRoute(route)) {
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
    launchOptions: () => (launched ? copy(launched) : undefined),
    enterOptions: () => (entered ? copy(entered.options) : undefined),
    entry: () => entered?.entry,
    requireStatus,
    resolve,
    coldStart,
    resume,
    hotOpen,
    hide,
    destroy,
    navigateTo,
    redirectTo,
    navigateBack,
    reLaunch,
    hidePage,
    showPage,
    showListeners,
    hideListeners,
  };
}
