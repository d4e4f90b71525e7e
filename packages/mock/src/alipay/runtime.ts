import {
  changeTopMenu,
  clearRecords,
  createApiBuilder,
  createLifecycle,
  createSimContext,
  createVersionGate,
  installGlobals,
  optionReader,
  withoutCallbacks,
} from '../miniprogram';
import { type AlipayLifecycle, type AlipayMenu, type AlipayPanelContext, createAlipayUser } from './share-panel';
import { alipayGeneralApis, alipayShareSurface, waitsForPromise } from './share-surface';
import type { AlipayLaunchOptions, AlipayMy, AlipayRuntime, AlipayRuntimeOptions } from './types';

const read = optionReader('createAlipayRuntime');

/** Alipay's page stack limit (simulator choice: the same 10 as WeChat; Alipay's number is not in the facts). */
export const ALIPAY_MAX_PAGES = 10;

const copyOptions = (o: AlipayLaunchOptions): AlipayLaunchOptions => ({ ...o, query: { ...o.query }, referrerInfo: { ...o.referrerInfo } });

/**
 * A simulated Alipay mini program runtime at one base library version, on the machinery every
 * simulated mini program shares: a `my` whose share APIs exist from their versions
 * (`my.hideShareMenu` 1.7.0, `my.showSharePanel` 1.17.0), App/Page with `App.onShareAppMessage` as
 * the default of pages without a hook, and a user who taps the menu, share buttons and the panel
 * the app opens. Facts: platform-share-facts.md §1 (AlipayDocs open-docs).
 */
export function createAlipayRuntime(options?: AlipayRuntimeOptions): AlipayRuntime {
  const o = read.object(options);
  const SDKVersion = o.SDKVersion ?? '2.9.0';
  const gate = createVersionGate(SDKVersion, alipayShareSurface, alipayGeneralApis);
  const appName = read.nonEmpty('appName', o.appName, 'Simulated Alipay Mini Program');
  const latency = read.milliseconds('latency', o.latency, 0);
  const promiseTimeout = read.milliseconds('promiseTimeout', o.promiseTimeout, 3000);
  let life: AlipayLifecycle | undefined;
  const ctx: AlipayPanelContext = Object.assign(
    createSimContext(gate, () => life?.app()),
    { appName, promiseTimeout, waitsForPromise: waitsForPromise(gate.atLeast) },
  );
  const lifecycle = createLifecycle<AlipayLaunchOptions, undefined, AlipayMenu>(ctx, {
    platform: 'Alipay',
    maxPages: ALIPAY_MAX_PAGES,
    initialMenu: () => ({ hidden: false }),
    copyOptions,
  });
  life = lifecycle;
  const { user, openFromCode } = createAlipayUser(ctx, lifecycle);

  // Alipay's callbacks: `success(data)`, `fail({ error, errorMessage })`. A Promise when no
  // callback is given (the typings' `Promise<void>`; simulator choice on every version).
  const { api, defineSync, defineAsync } = createApiBuilder(ctx, {
    latency,
    result: (_name, outcome) => (outcome.ok ? { ...outcome.data } : { error: outcome.errCode ?? 3, errorMessage: outcome.detail }),
    returnsPromise: (_name, opts, promise) => promise && withoutCallbacks(opts),
  });
  defineSync('canIUse', (schema) => typeof schema === 'string' && (gate.has(schema) || (schema === 'page.onShareAppMessage.async' && ctx.waitsForPromise)));
  defineSync('getSystemInfoSync', () => ({ SDKVersion, platform: 'devtools', app: 'alipay' }));
  defineAsync('hideShareMenu', () => changeTopMenu(lifecycle, () => ({ hidden: true })));
  defineSync('showSharePanel', () => {
    openFromCode();
  });
  Object.defineProperty(api, 'SDKVersion', { value: SDKVersion, enumerable: true });
  const my = api as unknown as AlipayMy;

  const launchOptions = (route: string, query: Record<string, string>, scene: number): AlipayLaunchOptions => ({
    path: route,
    query: { ...query },
    scene,
    referrerInfo: {},
  });

  const runtime: AlipayRuntime = {
    my,
    SDKVersion,
    appName,
    App: (appOptions) => lifecycle.registerApp(appOptions),
    Page: (route, pageOptions) => lifecycle.registerPage(route, pageOptions),
    getApp: () => lifecycle.app(),
    getCurrentPages: () => lifecycle.pages().map((page) => page.instance),
    launch(input = {}) {
      lifecycle.requireStatus('launch', 'not-launched', 'destroyed');
      const { route, query } = lifecycle.resolve(input.path, input.query);
      return lifecycle.coldStart(route, query, launchOptions(route, query, input.scene ?? 1000), undefined);
    },
    hide: () => lifecycle.hide(),
    show(input = {}) {
      lifecycle.requireStatus('show', 'background');
      const top = lifecycle.top() as NonNullable<ReturnType<AlipayLifecycle['top']>>;
      return lifecycle.resume(launchOptions(top.route, top.instance.options, input.scene ?? 1001), undefined);
    },
    destroy: () => lifecycle.destroy(),
    navigateTo: (url) => lifecycle.navigateTo(url),
    redirectTo: (url) => lifecycle.redirectTo(url),
    navigateBack: (delta = 1) => lifecycle.navigateBack(delta),
    reLaunch: (url) => lifecycle.reLaunch(url),
    user,
    get menu() {
      const page = lifecycle.top();
      return { visible: page !== undefined && !page.menu.hidden };
    },
    get status() {
      return lifecycle.status();
    },
    calls: ctx.calls,
    events: ctx.events,
    errors: ctx.errors,
    clearRecords: () => clearRecords(ctx),
    install: (target = globalThis) =>
      installGlobals(target, { my, App: runtime.App, getApp: runtime.getApp, getCurrentPages: runtime.getCurrentPages }),
  };
  return runtime;
}
