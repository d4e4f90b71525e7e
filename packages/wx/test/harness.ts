import {
  type ContentSource,
  compareVersion,
  createShareController,
  type ShareController,
  type ShareControllerOptions,
  type ShareError,
  type ShareEvent,
  type ShareOutcome,
  type ShareState,
} from '@sharekit/core';
import { createWxRuntime, decryptSimulatedData, generalApis, type WxChatChoice, type WxRuntime, type WxRuntimeOptions } from '@sharekit/mock/wx';
import type { AdapterHarness, MenuCall, ScriptedResult } from '@sharekit/testkit';
import { createWxAdapter, shareApp, sharePage, type SharePageOptions, type WxAdapter, type WxAdapterOptions, type WxLike, wxFeatures } from '../src/index';

export const PAGE = '/pages/article/index';
export const OTHER_PAGE = '/pages/other/index';

/** WeChat menu calls for the suite's menu checks and model (options newer than a runtime are unsupported there). */
const MENU_CALLS: readonly MenuCall[] = [
  { op: 'show', options: {} },
  { op: 'show', options: { withShareTicket: true } },
  { op: 'show', options: { menus: ['shareAppMessage', 'shareTimeline'] } },
  { op: 'hide', options: {} },
  { op: 'hide', options: { menus: ['shareTimeline'] } },
  { op: 'update', options: { withShareTicket: true } },
  { op: 'update', options: { withShareTicket: false } },
];

/** What the simulated user does in the chat picker for each scripted result. */
const CHOICE: Record<ScriptedResult, WxChatChoice> = {
  shared: 'group',
  cancelled: 'cancel',
  failed: 'fail',
  // 2.3.0+ (and 1.0.0): WeChat reports nothing, whatever the user picks.
  unconfirmed: 'group',
};

const SILENCED = new Set(['showShareMenu', 'hideShareMenu', 'updateShareMenu', 'getShareInfo', 'getGroupEnterInfo']);

/**
 * The conformance harness: a runtime at `version` with the app and one page wired to the adapter
 * through its own hooks (the suite creates the controller itself), launched.
 */
export function conformanceHarness(version: string): () => AdapterHarness {
  return () => {
    const runtime = createWxRuntime({ SDKVersion: version });
    // silence(): the menu and share-info APIs stop calling back, as a hung native bridge would.
    let silent = false;
    const wx = new Proxy(runtime.wx, {
      get: (target, key, receiver) =>
        silent && typeof key === 'string' && SILENCED.has(key) && typeof Reflect.get(target, key) === 'function'
          ? () => {}
          : Reflect.get(target, key, receiver),
    });
    const adapter = createWxAdapter({ wx, getCurrentPages: runtime.getCurrentPages });
    runtime.App({ ...shareApp({ adapter }), onError: () => {} });
    // sharePage needs a controller only for page content; the suite owns the controller, so the
    // page takes the adapter's hooks directly.
    runtime.Page(PAGE, { onShareAppMessage: adapter.page.onShareAppMessage, onShow: adapter.page.onShow });
    runtime.launch({ path: `${PAGE}?id=42` });
    let next: ScriptedResult = 'shared';
    let delivered: { title?: string; imageUrl?: string; text?: string } | undefined;
    return {
      adapter,
      delivered: () => delivered,
      next(result) {
        next = result;
      },
      async tap(from) {
        const tap = { choose: CHOICE[next] };
        const report = from === 'button' ? await runtime.user.tapShareButton({}, tap) : await runtime.user.tapMenuShare(tap);
        if (!report.opened) throw new Error(`the ${from} tap did not open the share panel: ${report.reason}`);
        delivered = report.delivered ?? undefined;
      },
      launch(context) {
        // The app goes to the background and comes back through a card: WeChat calls App.onShow
        // with this scene and ticket (plus the page's path and query).
        runtime.hide();
        runtime.show({ scene: context.scene, shareTicket: context.shareTicket });
      },
      validTicket: () => runtime.issueTicket(),
      menu: { calls: MENU_CALLS, tickets: { withShareTicket: true } },
      // A new page of the same route, and back: each page keeps its own menu.
      pages: { open: () => void runtime.navigateTo(PAGE), back: () => void runtime.navigateBack() },
      silence() {
        silent = true;
      },
      errors: () => runtime.errors,
      // wx.canIUse from 1.1.1: the simulated runtime answers from its own tables (and, without
      // canIUseGaps, without the false negatives WeChat had before 2.6.2). The adapter's table only
      // names the schemas to ask about; the answers are the runtime's.
      ...(typeof runtime.wx.canIUse === 'function' && {
        platformCanIUse: { schemas: [...Object.keys(wxFeatures), ...Object.keys(generalApis)], canIUse: (schema: string) => runtime.wx.canIUse!(schema) },
      }),
    };
  };
}

/**
 * What the harness can script at `version`: from 1.1.0 to 2.2.x WeChat reports the user's choice;
 * before and after, it reports nothing, so a group share must end `unconfirmed` (the suite checks
 * that `supports('result')` says so).
 */
export function outcomes(version: string): ScriptedResult[] {
  const at = (since: string) => compareVersion(version, since) >= 0;
  return at('1.1.0') && !at('2.3.0') ? ['shared', 'cancelled', 'failed'] : ['shared', 'unconfirmed'];
}

export interface World {
  runtime: WxRuntime;
  adapter: WxAdapter;
  controller: ShareController;
  /** Every controller event, in order. */
  events: Array<{ state: ShareState; event: ShareEvent }>;
  /** What App.onError received (handlers and callbacks that threw). */
  appErrors: string[];
  /** The outcome of the session with this id (undefined while it runs). */
  outcome(id: number): ShareOutcome | undefined;
  /** The outcome of the last settled session. */
  last(): ShareOutcome | undefined;
}

export interface WorldOptions {
  runtime?: WxRuntimeOptions;
  adapter?: WxAdapterOptions;
  controller?: Omit<ShareControllerOptions, 'adapter'>;
  /** Content of the first page (set on the controller when the page shows). */
  page?: ContentSource;
  pageOptions?: SharePageOptions;
  /** Register OTHER_PAGE with this content. */
  other?: ContentSource;
  /** Do not launch. */
  idle?: boolean;
  /** Hand the adapter a changed `wx` (e.g. one that lacks an API). */
  wx?: (wx: WxRuntime['wx']) => WxLike;
}

/** A mini program at `version` wired the documented way: shareApp in App, sharePage in Page. */
export function world(version: string, options: WorldOptions = {}): World {
  const runtime = createWxRuntime({ SDKVersion: version, appName: 'Demo App', ...options.runtime });
  // getCurrentPages is a global in a mini program; here it comes with the runtime.
  const adapter = createWxAdapter({
    wx: options.wx ? options.wx(runtime.wx) : runtime.wx,
    getCurrentPages: runtime.getCurrentPages,
    ...options.adapter,
  });
  const controller = createShareController({ adapter, ...options.controller });
  const events: World['events'] = [];
  controller.subscribe((state, event) => events.push({ state, event }));
  const appErrors: string[] = [];
  const share = { adapter, controller };
  runtime.App({ ...shareApp(share), onError: (error: string) => appErrors.push(error) });
  runtime.Page(PAGE, { ...sharePage(share, options.page, options.pageOptions) });
  if (options.other !== undefined) runtime.Page(OTHER_PAGE, { ...sharePage(share, options.other) });
  if (!options.idle) runtime.launch({ path: `${PAGE}?id=42` });
  const settled = () => events.map((e) => e.state.settled).filter((s) => s !== null);
  return {
    runtime,
    adapter,
    controller,
    events,
    appErrors,
    outcome: (id) => settled().find((s) => s.id === id)?.outcome,
    last: () => controller.getState().settled?.outcome,
  };
}

/** Decrypts simulated open data with the runtime's session key, as a server would (`@sharekit/mock/wx`). */
export function decrypt(runtime: Pick<WxRuntime, 'sessionKey'>, info: { encryptedData: string; iv: string }): Record<string, unknown> {
  return decryptSimulatedData({ sessionKey: runtime.sessionKey, encryptedData: info.encryptedData, iv: info.iv }) as Record<string, unknown>;
}

/** The errors of the controller's `warning` events, in order. */
export const warnings = (events: World['events']): ShareError[] =>
  events.flatMap((e) => (e.event.type === 'warning' ? [e.event.error] : []));
