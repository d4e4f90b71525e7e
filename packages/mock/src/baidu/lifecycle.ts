import type { BaiduLaunchOptions, BaiduPageInstance } from './types';

// The App/Page lifecycle the Baidu runtime needs, kept minimal and apart from what is Baidu's
// own (swan-api.ts, share-panel.ts) so that it can be swapped for the shared mini program
// simulator machinery (packages/mock/src/miniprogram) once that exists.

export interface Lifecycle {
  App(options: Record<string, unknown>): void;
  Page(route: string, options: Record<string, unknown>): void;
  pages(): BaiduPageInstance[];
  top(): BaiduPageInstance | undefined;
  running(): boolean;
  launch(path: string | undefined, extra: Omit<BaiduLaunchOptions, 'path' | 'query'>): BaiduLaunchOptions;
  hide(): void;
  show(extra: Omit<BaiduLaunchOptions, 'path' | 'query'>): BaiduLaunchOptions;
  destroy(): void;
  navigateTo(url: string): BaiduPageInstance;
  navigateBack(): BaiduPageInstance;
  /** Calls a hook with `this`, recording it; what it throws goes to `errors` and is returned as `thrown`. */
  call(owner: object, name: string, label: string, ...args: unknown[]): { value?: unknown; thrown?: unknown };
  readonly events: string[];
  readonly errors: unknown[];
}

const route = (path: string) => `/${path.split('?')[0]!.replace(/^\//, '')}`;

function queryOf(path: string): Record<string, string> {
  const q = path.indexOf('?');
  const out: Record<string, string> = {};
  if (q < 0) return out;
  for (const pair of path.slice(q + 1).split('&')) {
    if (!pair) continue;
    const [k, v = ''] = pair.split('=');
    out[decodeURIComponent(k!)] = decodeURIComponent(v);
  }
  return out;
}

export function createLifecycle(): Lifecycle {
  let app: Record<string, unknown> | undefined;
  const routes = new Map<string, Record<string, unknown>>();
  let stack: BaiduPageInstance[] = [];
  let running = false;
  let shown = false;
  let entered: BaiduLaunchOptions | undefined;
  const events: string[] = [];
  const errors: unknown[] = [];

  function call(owner: object, name: string, label: string, ...args: unknown[]) {
    const fn = (owner as Record<string, unknown>)[name];
    if (typeof fn !== 'function') return {};
    events.push(`${label}.${name}`);
    try {
      return { value: fn.apply(owner, args) };
    } catch (thrown) {
      errors.push(thrown);
      return { thrown };
    }
  }

  function open(path: string): BaiduPageInstance {
    const r = route(path);
    const options = routes.get(r);
    if (!options) throw new Error(`no page registered at ${r}`);
    const page = { ...options, route: r.slice(1), options: queryOf(path) } as BaiduPageInstance;
    stack.push(page);
    call(page, 'onLoad', r, page.options);
    call(page, 'onShow', r);
    return page;
  }
  const top = () => stack[stack.length - 1];
  const label = (page: BaiduPageInstance) => `/${page.route}`;

  return {
    App(options) {
      if (app) throw new Error('App() was called twice');
      app = { ...options };
    },
    Page(r, options) {
      routes.set(route(r), options);
    },
    pages: () => [...stack],
    top,
    running: () => running,
    launch(path, extra) {
      if (!app) throw new Error('call App() before launch()');
      const p = path ?? [...routes.keys()][0];
      if (!p) throw new Error('no page registered');
      entered = { ...extra, path: route(p).slice(1), query: queryOf(p) };
      running = true;
      shown = true;
      call(app, 'onLaunch', 'App', { ...entered });
      call(app, 'onShow', 'App', { ...entered });
      open(p);
      return { ...entered };
    },
    hide() {
      if (!running || !shown) return;
      shown = false;
      const page = top();
      if (page) call(page, 'onHide', label(page));
      call(app!, 'onHide', 'App');
    },
    show(extra) {
      if (!running) throw new Error('launch() first');
      shown = true;
      entered = { ...entered!, ...extra };
      call(app!, 'onShow', 'App', { ...entered });
      const page = top();
      if (page) call(page, 'onShow', label(page));
      return { ...entered };
    },
    destroy() {
      for (const page of stack.reverse()) call(page, 'onUnload', label(page));
      stack = [];
      running = false;
      shown = false;
      entered = undefined;
    },
    navigateTo(url) {
      const page = top();
      if (page) call(page, 'onHide', label(page));
      return open(url);
    },
    navigateBack() {
      if (stack.length < 2) throw new Error('no page to go back to');
      const page = stack.pop()!;
      call(page, 'onUnload', label(page));
      const back = top()!;
      call(back, 'onShow', label(back));
      return back;
    },
    call,
    events,
    errors,
  };
}
