import { type ContentSource, createShareController, type ShareController, type ShareControllerOptions, type ShareEvent, type ShareState } from '@sharekit/core';
import { type BaiduPanelChoice, type BaiduRuntime, type BaiduRuntimeOptions, createBaiduRuntime } from '@sharekit/mock/baidu';
import type { AdapterHarness, ScriptedResult } from '@sharekit/testkit';
import { type BaiduAdapter, type BaiduAdapterOptions, createBaiduAdapter, shareApp, sharePage } from '../src/index';

export const PAGE = '/pages/article/index';
export const OTHER_PAGE = '/pages/other/index';

/** What the simulated user does in the share panel for each scripted result. */
const CHOICE: Record<ScriptedResult, BaiduPanelChoice> = { shared: 'share', cancelled: 'cancel', failed: 'fail', unconfirmed: 'share' };

/** The schemas the simulated `swan.canIUse` knows (@sharekit/mock's baidu surface and general APIs). */
const SIMULATED_SCHEMAS = [
  'onShareAppMessage',
  'onShareAppMessage.object.from',
  'onShareAppMessage.return.success',
  'onShareAppMessage.return.fail',
  'onShareAppMessage.return.complete',
  'openShare',
  'button.open-type.share',
  'getSystemInfoSync',
  'canIUse',
];

/**
 * The conformance harness: a runtime with the app and one page wired to the adapter through its
 * own hooks (the suite creates the controller itself), launched.
 */
export function conformanceHarness(runtimeOptions: BaiduRuntimeOptions): () => AdapterHarness {
  return () => {
    const runtime = createBaiduRuntime(runtimeOptions);
    const adapter = createBaiduAdapter({ swan: runtime.swan, getCurrentPages: runtime.getCurrentPages });
    runtime.App({ ...shareApp({ adapter }) });
    runtime.Page(PAGE, { onShareAppMessage: adapter.page.onShareAppMessage, onShow: adapter.page.onShow });
    runtime.launch({ path: `${PAGE}?id=42` });
    let next: ScriptedResult = 'shared';
    return {
      adapter,
      delivered() {
        const card = runtime.cards.at(-1);
        if (!card) return undefined;
        return { title: card.title, ...(card.content !== undefined && { text: card.content }), ...(card.imageUrl !== undefined && { imageUrl: card.imageUrl }) };
      },
      next(result) {
        next = result;
        runtime.user.answerNextOpenShare({ choose: CHOICE[result] });
      },
      async tap(from) {
        const answer = { choose: CHOICE[next] };
        const report = from === 'button' ? await runtime.user.tapShareButton({}, answer) : await runtime.user.tapMenuShare(answer);
        if (!report.opened) throw new Error(`the ${from} tap did not open the share panel: ${report.reason}`);
      },
      launch(context) {
        runtime.hide();
        runtime.show({ scene: context.scene, shareTicket: context.shareTicket });
      },
      errors: () => runtime.errors,
      // The simulated swan.canIUse states its surface on its own: the adapter must agree on it.
      platformCanIUse: { schemas: SIMULATED_SCHEMAS, canIUse: (schema: string) => runtime.swan.canIUse(schema) },
    };
  };
}

export interface World {
  runtime: BaiduRuntime;
  adapter: BaiduAdapter;
  controller: ShareController<BaiduAdapter>;
  events: Array<{ state: ShareState; event: ShareEvent }>;
}

export interface WorldOptions {
  runtime?: BaiduRuntimeOptions;
  adapter?: BaiduAdapterOptions;
  controller?: Omit<ShareControllerOptions, 'adapter'>;
  page?: ContentSource;
  other?: ContentSource;
  /** The page does not call the adapter's onShow (its own onShow forgot it): only timeouts end an unreported share. */
  withoutOnShow?: boolean;
}

/** A smart program wired the documented way: shareApp in App, sharePage in Page, launched. */
export function world(options: WorldOptions = {}): World {
  const runtime = createBaiduRuntime(options.runtime);
  const adapter = createBaiduAdapter({ swan: runtime.swan, getCurrentPages: runtime.getCurrentPages, ...options.adapter });
  const controller = createShareController({ adapter, ...options.controller });
  const events: World['events'] = [];
  controller.subscribe((state, event) => events.push({ state, event }));
  const share = { adapter, controller };
  runtime.App({ ...shareApp(share) });
  const hooks = sharePage(share, options.page);
  if (options.page !== undefined) controller.setContent(options.page);
  runtime.Page(PAGE, options.withoutOnShow ? { onShareAppMessage: hooks.onShareAppMessage } : { ...hooks });
  if (options.other !== undefined) runtime.Page(OTHER_PAGE, { ...sharePage(share, options.other) });
  runtime.launch({ path: `${PAGE}?id=42` });
  return { runtime, adapter, controller, events };
}
