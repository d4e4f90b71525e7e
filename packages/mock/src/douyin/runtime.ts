import { clearRecords, createLifecycle, createSimContext, createVersionGate, installGlobals, type Lifecycle, optionReader, type SimQuery } from '../miniprogram';
import { createTtApi } from './tt-api';
import type { DouyinLaunchInput, DouyinLaunchOptions, DouyinMenuState, DouyinRuntime, DouyinRuntimeOptions } from './types';
import { createUser } from './user';
import { DEFAULT_SHARE_SINCE, DOUYIN_SHARE_SURFACE } from './versions';

const read = optionReader('createDouyinRuntime');
/** Douyin's page stack limit (as WeChat's; not documented for Douyin separately). */
const MAX_PAGES = 10;
/** The scene of an ordinary launch (simulator choice: Douyin's scene list is not in the facts). */
const DEFAULT_SCENE = '011001';

/**
 * A simulated Douyin (ByteDance) mini app runtime at one base library version, built on the
 * simulator machinery every mini program runtime shares: a `tt` object with the share APIs of
 * that version, App/Page registration and lifecycle, per-page share menus (分享 on pages that
 * define `onShareAppMessage`, on every page from 2.91.0), and a simulated user who shares from
 * the menu, the quick-share panel, a share button or a screenshot.
 */
export function createDouyinRuntime(options?: DouyinRuntimeOptions): DouyinRuntime {
  const o = read.object(options);
  const SDKVersion = read.nonEmpty('SDKVersion', o.SDKVersion, '3.50.0');
  const gate = createVersionGate(SDKVersion, DOUYIN_SHARE_SURFACE, {});
  const appName = read.nonEmpty('appName', o.appName, 'Douyin');
  const latency = read.milliseconds('latency', o.latency, 0);
  let life: Lifecycle<DouyinLaunchOptions, undefined, DouyinMenuState> | undefined;
  const ctx = createSimContext(gate, () => life?.app());
  const lifecycle = createLifecycle<DouyinLaunchOptions, undefined, DouyinMenuState>(ctx, {
    platform: 'Douyin',
    maxPages: MAX_PAGES,
    initialMenu: (instance) => ({
      items: typeof instance.onShareAppMessage === 'function' || gate.atLeast(DEFAULT_SHARE_SINCE) ? ['share'] : [],
    }),
    copyOptions: (launch) => ({ ...launch, query: { ...launch.query }, referrerInfo: { ...launch.referrerInfo } }),
  });
  life = lifecycle;
  const tt = createTtApi(ctx, lifecycle, { SDKVersion, appName, latency });
  const user = createUser(ctx, lifecycle, appName);

  const launchOptions = (route: string, query: SimQuery, input: DouyinLaunchInput, showFrom: number): DouyinLaunchOptions => ({
    path: route,
    scene: input.scene ?? DEFAULT_SCENE,
    query,
    referrerInfo: {},
    showFrom,
  });

  const runtime: DouyinRuntime = {
    tt,
    SDKVersion,
    appName,
    App: (appOptions) => lifecycle.registerApp(appOptions),
    Page: (route, pageOptions) => lifecycle.registerPage(route, pageOptions),
    getApp: () => lifecycle.app(),
    getCurrentPages: () => lifecycle.pages().map((page) => page.instance),
    launch(input = {}) {
      const { route, query } = lifecycle.resolve(input.path);
      return lifecycle.coldStart(route, query, launchOptions(route, query, input, 10), undefined);
    },
    hide: () => lifecycle.hide(),
    show(input = {}) {
      if (input.path !== undefined) {
        const { route, query } = lifecycle.resolve(input.path);
        return lifecycle.hotOpen(route, query, launchOptions(route, query, input, 10), undefined);
      }
      const top = lifecycle.top();
      return lifecycle.resume(launchOptions(top?.route ?? '', { ...top?.instance.options }, input, 0), undefined);
    },
    destroy: () => {
      ctx.generation += 1;
      lifecycle.destroy();
    },
    navigateTo: (url) => lifecycle.navigateTo(url),
    navigateBack: (delta = 1) => lifecycle.navigateBack(delta),
    user,
    get menu() {
      return { items: [...(lifecycle.top()?.menu.items ?? [])] };
    },
    get status() {
      return lifecycle.status();
    },
    calls: ctx.calls,
    events: ctx.events,
    errors: ctx.errors,
    clearRecords: () => clearRecords(ctx),
    install: (target = globalThis) =>
      installGlobals(target, { tt, App: runtime.App, Page: runtime.Page, getApp: runtime.getApp, getCurrentPages: runtime.getCurrentPages }),
  };
  return runtime;
}
