import {
  type ContentSource,
  createShareController,
  type ShareController,
  type ShareControllerOptions,
  type ShareError,
  type ShareEvent,
  type ShareOutcome,
  type ShareState,
} from '@sharekit/core';
import { createDouyinRuntime, DOUYIN_SHARE_SURFACE, type DouyinChoice, type DouyinRuntime, type DouyinRuntimeOptions } from '@sharekit/mock/douyin';
import type { AdapterHarness, MenuCall, ScriptedResult } from '@sharekit/testkit';
import { createDouyinAdapter, type DouyinAdapter, type DouyinAdapterOptions, shareApp, sharePage, type TtLike } from '../src/index';

export const PAGE = '/pages/article/index';
export const OTHER_PAGE = '/pages/other/index';

/** Douyin menu calls for the suite's menu checks and model (`menus` is unsupported below 2.28.0). */
const MENU_CALLS: readonly MenuCall[] = [
  { op: 'show', options: {} },
  { op: 'show', options: { menus: ['share'] } },
  { op: 'show', options: { menus: ['record'] } },
  { op: 'hide', options: {} },
];

/** What the simulated user does for each scripted result. Douyin reports none of them but `failed`. */
const CHOICE: Record<ScriptedResult, DouyinChoice> = { shared: 'friend', cancelled: 'cancel', failed: 'fail', unconfirmed: 'friend' };

/** Douyin can report only a publisher that failed to open; a friend share or a cancel ends `unconfirmed`. */
export const OUTCOMES: ScriptedResult[] = ['shared', 'cancelled', 'failed'];

const SILENCED = new Set(['showShareMenu', 'hideShareMenu']);

/** The conformance harness: a runtime at `version`, the app and one page wired through the adapter's hooks, launched. */
export function conformanceHarness(version: string): () => AdapterHarness {
  return () => {
    const runtime = createDouyinRuntime({ SDKVersion: version });
    let silent = false;
    const tt = new Proxy(runtime.tt, {
      get: (target, key, receiver) =>
        silent && typeof key === 'string' && SILENCED.has(key) && typeof Reflect.get(target, key) === 'function'
          ? () => {}
          : Reflect.get(target, key, receiver),
    }) as TtLike;
    const adapter = createDouyinAdapter({ tt, getCurrentPages: runtime.getCurrentPages });
    runtime.App({ ...shareApp({ adapter }), onError: () => {} });
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
        if (!report.opened) throw new Error(`the ${from} tap did not open the share publisher: ${report.reason}`);
        const card = report.delivered;
        delivered = card && { title: card.title, ...(card.desc !== undefined && { text: card.desc }), ...(card.imageUrl !== undefined && { imageUrl: card.imageUrl }) };
      },
      launch(context) {
        runtime.hide();
        runtime.show({ scene: context.scene === undefined ? undefined : String(context.scene) });
      },
      menu: { calls: MENU_CALLS },
      silence() {
        silent = true;
      },
      // A new page of the same route, and back: each page keeps its own menu.
      pages: { open: () => void runtime.navigateTo(PAGE), back: () => void runtime.navigateBack() },
      errors: () => runtime.errors,
      // tt.canIUse exists from 1.35.0; the simulated runtime states its surface on its own.
      ...(typeof runtime.tt.canIUse === 'function' && {
        platformCanIUse: {
          schemas: Object.keys(DOUYIN_SHARE_SURFACE),
          canIUse: (schema: string) => (runtime.tt.canIUse as (schema: string) => boolean)(schema),
        },
      }),
    };
  };
}

export interface World {
  runtime: DouyinRuntime;
  adapter: DouyinAdapter;
  controller: ShareController<DouyinAdapter>;
  events: Array<{ state: ShareState; event: ShareEvent }>;
  appErrors: string[];
  last(): ShareOutcome | undefined;
}

export interface WorldOptions {
  runtime?: DouyinRuntimeOptions;
  adapter?: DouyinAdapterOptions;
  controller?: Omit<ShareControllerOptions, 'adapter'>;
  page?: ContentSource;
  other?: ContentSource;
  /** Register the first page without the adapter's hooks. */
  bare?: boolean;
}

/** A mini app at `version` wired the documented way: shareApp in App, sharePage in Page. */
export function world(version: string, options: WorldOptions = {}): World {
  const runtime = createDouyinRuntime({ SDKVersion: version, appName: 'Demo App', ...options.runtime });
  const adapter = createDouyinAdapter({ tt: runtime.tt, getCurrentPages: runtime.getCurrentPages, ...options.adapter });
  const controller = createShareController({ adapter, ...options.controller });
  const events: World['events'] = [];
  controller.subscribe((state, event) => events.push({ state, event }));
  const appErrors: string[] = [];
  const share = { adapter, controller };
  runtime.App({ ...shareApp(share), onError: (error: string) => appErrors.push(error) });
  runtime.Page(PAGE, options.bare ? {} : { ...sharePage(share, options.page) });
  if (options.other !== undefined) runtime.Page(OTHER_PAGE, { ...sharePage(share, options.other) });
  runtime.launch({ path: `${PAGE}?id=42` });
  return { runtime, adapter, controller, events, appErrors, last: () => controller.getState().settled?.outcome };
}

/** The errors of the controller's `warning` events, in order. */
export const warnings = (events: World['events']): ShareError[] => events.flatMap((e) => (e.event.type === 'warning' ? [e.event.error] : []));
