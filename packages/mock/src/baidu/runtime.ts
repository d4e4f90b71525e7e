import {
  clearRecords,
  createApiBuilder,
  createLifecycle,
  createSimContext,
  createVersionGate,
  installGlobals,
  type Lifecycle,
  optionReader,
} from '../miniprogram';
import { createBaiduPanel } from './share-panel';
import { generalApis, SILENT_CANCEL_AT, simulatedShareSurface } from './surface';
import type { BaiduLaunchOptions, BaiduPlatform, BaiduRuntime, BaiduRuntimeOptions, BaiduSwan } from './types';

const PLATFORMS: readonly BaiduPlatform[] = ['ios', 'android'];
const read = optionReader('createBaiduRuntime');
// Baidu's page stack depth is not in the 2020 docs we have: WeChat's 10 (UNCONFIRMED for Baidu).
const MAX_PAGES = 10;

/**
 * A simulated Baidu smart program at one base library version, on the machinery every simulated
 * mini program runtime shares (`../miniprogram`): `swan` with the share surface
 * (`getSystemInfoSync`, `canIUse`, `openShare`), App/Page lifecycle and page stack, and a user who
 * taps the top-right 分享 and share buttons and answers the share panel. Baidu has no share menu
 * API, so pages have no menu state.
 */
export function createBaiduRuntime(options?: BaiduRuntimeOptions): BaiduRuntime {
  const o = read.object(options);
  const SDKVersion = read.nonEmpty('SDKVersion', o.SDKVersion, '3.140.1');
  const platform = read.oneOf('platform', o.platform, PLATFORMS, 'ios');
  const appName = read.nonEmpty('appName', o.appName, 'Demo App');
  const silentCancel = o.silentCancel ?? (SDKVersion === SILENT_CANCEL_AT.SDKVersion && platform === SILENT_CANCEL_AT.platform);
  const { openShare: _absent, ...withoutOpenShare } = simulatedShareSurface;
  const surface = o.openShare === false ? withoutOpenShare : simulatedShareSurface;
  let life: Lifecycle<BaiduLaunchOptions, undefined, null> | undefined;
  const ctx = createSimContext(createVersionGate(SDKVersion, surface, generalApis), () => life?.app());
  const lifecycle = createLifecycle<BaiduLaunchOptions, undefined, null>(ctx, {
    platform: 'Baidu',
    maxPages: MAX_PAGES,
    initialMenu: () => null,
    copyOptions: (launch) => ({ ...launch, query: { ...launch.query } }),
  });
  life = lifecycle;
  const panel = createBaiduPanel(ctx, lifecycle, { appName, silentCancel });
  // Synchronous APIs only: openShare's answer is the user's, through the panel.
  const builder = createApiBuilder(ctx, { latency: 0, result: () => ({}), returnsPromise: () => false });
  builder.defineSync('getSystemInfoSync', () => ({ SDKVersion, platform, host: 'baiduboxapp' }));
  builder.defineSync('canIUse', (schema) => typeof schema === 'string' && ctx.gate.has(schema));
  builder.defineSync('openShare', (options) => panel.openShare(typeof options === 'object' && options !== null ? (options as Record<string, unknown>) : {}));
  const swan = builder.api as unknown as BaiduSwan;

  const enter = (input: { scene?: number | string; shareTicket?: string }, path: string, query: Record<string, string>): BaiduLaunchOptions => ({
    path,
    query,
    scene: input.scene ?? 1001,
    ...(input.shareTicket !== undefined && { shareTicket: input.shareTicket }),
  });

  return {
    swan,
    SDKVersion,
    platform,
    App: (appOptions) => lifecycle.registerApp(appOptions),
    Page: (route, pageOptions) => lifecycle.registerPage(route, pageOptions),
    getApp: () => lifecycle.app(),
    getCurrentPages: () => lifecycle.pages().map((page) => page.instance),
    launch(input = {}) {
      const { route, query } = lifecycle.resolve(input.path);
      return lifecycle.coldStart(route, query, enter(input, route, query), undefined);
    },
    hide: () => lifecycle.hide(),
    show(input = {}) {
      const last = lifecycle.enterOptions();
      return lifecycle.resume(enter(input, last?.path ?? '', last?.query ?? {}), undefined);
    },
    destroy: () => lifecycle.destroy(),
    navigateTo: (url) => lifecycle.navigateTo(url),
    navigateBack: (delta = 1) => lifecycle.navigateBack(delta),
    user: {
      tapMenuShare: (answer) => panel.tap('menu', undefined, answer),
      tapShareButton: (target, answer) => panel.tap('button', target, answer),
      answerNextOpenShare: (answer) => panel.answerNextOpenShare(answer),
    },
    get cards() {
      return [...panel.cards];
    },
    get panelOpen() {
      return panel.isOpen();
    },
    calls: ctx.calls,
    events: ctx.events,
    errors: ctx.errors,
    clearRecords: () => clearRecords(ctx),
    install: (target = globalThis) => installGlobals(target, { swan, App: lifecycle.registerApp, getApp: () => lifecycle.app(), getCurrentPages: () => lifecycle.pages().map((p) => p.instance) }),
  };
}
