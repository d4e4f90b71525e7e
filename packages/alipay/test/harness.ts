import { compareVersion } from '@sharekit/core';
import { type AlipayPanelChoice, type AlipayRuntime, createAlipayRuntime } from '@sharekit/mock/alipay';
import type { AdapterHarness, MenuCall, ScriptedResult } from '@sharekit/testkit';
import { alipayFeatures, createAlipayAdapter, shareApp } from '../src/index';

export const PAGE = '/pages/article/index';

/** Alipay's menu: hide only (there is no documented show). */
const MENU_CALLS: readonly MenuCall[] = [
  { op: 'show', options: {} },
  { op: 'hide', options: {} },
];

/** What the simulated user does in the panel for each scripted result. */
const CHOICE: Record<ScriptedResult, AlipayPanelChoice> = {
  shared: 'share',
  // `success({ shareResult: false })`: Alipay's word that nothing was shared.
  cancelled: 'not-shared',
  failed: 'fail',
  // Below 1.4.0 Alipay reports nothing, whatever the user picks.
  unconfirmed: 'share',
};

const SILENCED = new Set(['hideShareMenu']);

/** A runtime at `version` with the app and one page wired to the adapter's own hooks, launched. */
export function conformanceHarness(version: string): () => AdapterHarness {
  return () => {
    const runtime: AlipayRuntime = createAlipayRuntime({ SDKVersion: version });
    let silent = false;
    const my = new Proxy(runtime.my, {
      get: (target, key, receiver) =>
        silent && typeof key === 'string' && SILENCED.has(key) && typeof Reflect.get(target, key) === 'function'
          ? () => {}
          : Reflect.get(target, key, receiver),
    });
    const adapter = createAlipayAdapter({ my, getCurrentPages: runtime.getCurrentPages });
    runtime.App({ ...shareApp({ adapter }), onError: () => {} });
    runtime.Page(PAGE, { onShareAppMessage: adapter.page.onShareAppMessage, onShow: adapter.page.onShow });
    runtime.launch({ path: `${PAGE}?id=42` });
    let next: ScriptedResult = 'shared';
    // The card of the last share, as the suite names its fields (Alipay's `desc` is `text`).
    const delivered = () => {
      const card = runtime.user.reports[runtime.user.reports.length - 1]?.delivered;
      return card ? { title: card.title, ...(card.imageUrl && { imageUrl: card.imageUrl }), ...(card.desc && { text: card.desc }) } : undefined;
    };
    return {
      adapter,
      delivered,
      next(result) {
        next = result;
        // The panel the app opens next (share()) answers the same way.
        runtime.user.answerPanel({ choose: CHOICE[result] });
      },
      async tap(from) {
        const tap = { choose: CHOICE[next] };
        const report = from === 'button' ? await runtime.user.tapShareButton({}, tap) : await runtime.user.tapMenuShare(tap);
        if (!report.opened) throw new Error(`the ${from} tap did not open the share panel: ${report.reason}`);
      },
      async pull() {
        await runtime.user.panels[runtime.user.panels.length - 1];
      },
      launch(context) {
        // Back from the background through a card: Alipay calls App.onShow with its scene.
        runtime.hide();
        runtime.show({ scene: context.scene });
      },
      menu: { calls: MENU_CALLS },
      silence() {
        silent = true;
      },
      // A new page of the same route, and back: each page keeps its own menu.
      pages: { open: () => void runtime.navigateTo(PAGE), back: () => void runtime.navigateBack() },
      errors: () => runtime.errors,
      // The simulated runtime states its surface on its own: the adapter's table must agree.
      platformCanIUse: { schemas: [...Object.keys(alipayFeatures), 'getSystemInfoSync', 'canIUse'], canIUse: (schema: string) => runtime.my.canIUse(schema) },
    };
  };
}

/** From 1.4.0 Alipay reports the result (`success` / `fail`); before, nothing. */
export function outcomes(version: string): ScriptedResult[] {
  return compareVersion(version, '1.4.0') >= 0 ? ['shared', 'cancelled', 'failed'] : ['shared', 'unconfirmed'];
}
