import { canIUseAt } from '@sharekit/core/adapter';
import { createQQRuntime, type QQChoice, type QQRuntimeOptions, qqShareSurface } from '@sharekit/mock/qq';
import type { AdapterHarness, MenuCall, ScriptedResult } from '@sharekit/testkit';
import { createQQAdapter, type QQAdapterOptions } from '../src/index';

export const PAGE = '/pages/article/index';

/** QQ menu calls for the suite's menu checks and model. */
const MENU_CALLS: readonly MenuCall[] = [
  { op: 'show', options: {} },
  { op: 'show', options: { withShareTicket: true } },
  { op: 'show', options: { showShareItems: ['qq', 'qzone', 'wechatFriends', 'wechatMoment'] } },
  { op: 'hide', options: {} },
  { op: 'hide', options: { hideShareItems: ['qzone'] } },
  { op: 'update', options: { withShareTicket: true } },
  { op: 'update', options: { withShareTicket: false } },
];

/** What the simulated user does for each scripted result: QQ reports none of it. */
const CHOICE: Record<ScriptedResult, QQChoice> = { shared: 'group', unconfirmed: 'group', cancelled: 'cancel', failed: 'cancel' };

const SILENCED = new Set(['showShareMenu', 'hideShareMenu', 'updateShareMenu', 'getShareInfo']);

/**
 * The conformance harness: a QQ runtime at `version` with the app and one page wired to the
 * adapter through its own hooks (the suite creates the controller), launched.
 */
export function conformanceHarness(version: string, runtimeOptions: QQRuntimeOptions = {}, adapterOptions: QQAdapterOptions = {}): () => AdapterHarness {
  return () => {
    const runtime = createQQRuntime({ SDKVersion: version, ...runtimeOptions });
    // silence(): the menu and share-info APIs stop calling back, as a hung native bridge would.
    let silent = false;
    const qq = new Proxy(runtime.qq, {
      get: (target, key, receiver) =>
        silent && typeof key === 'string' && SILENCED.has(key) && typeof Reflect.get(target, key) === 'function' ? () => {} : Reflect.get(target, key, receiver),
    });
    const adapter = createQQAdapter({ qq, getCurrentPages: runtime.getCurrentPages, ...adapterOptions });
    runtime.App({ ...adapter.app, onError: () => {} });
    runtime.Page(PAGE, { onShareAppMessage: adapter.page.onShareAppMessage, onShow: adapter.page.onShow });
    runtime.launch({ path: `${PAGE}?id=42` });
    let next: ScriptedResult = 'shared';
    let delivered: { title?: string; imageUrl?: string } | undefined;
    return {
      adapter,
      delivered: () => delivered,
      next(result) {
        next = result;
      },
      async tap(from) {
        const choose = CHOICE[next];
        // A button offers its own share-mode (default qq, qzone); the menu, the first item it shows
        // (hideShareMenu() leaves the WeChat items).
        const report =
          from === 'button'
            ? await runtime.user.tapShareButton({}, { choose })
            : await runtime.user.tapMenuShare({ choose, item: runtime.menu.items[0] ?? 'qq' });
        if (!report.opened) throw new Error(`the ${from} tap did not open the share panel: ${report.reason}`);
        delivered = report.delivered ?? undefined;
      },
      launch(context) {
        runtime.hide();
        runtime.show({ scene: context.scene, shareTicket: context.shareTicket });
      },
      validTicket: () => runtime.issueTicket(),
      menu: { calls: MENU_CALLS, tickets: { withShareTicket: true } },
      silence() {
        silent = true;
      },
      // A new page of the same route, and back: each page keeps its own menu.
      pages: { open: () => void runtime.navigateTo(PAGE), back: () => void runtime.navigateBack() },
      errors: () => runtime.errors,
      // QQ's own canIUse is not simulated: the simulated runtime's table (its own, not the
      // adapter's) at its version, where the runtime has every API of it.
      ...(!runtimeOptions.noShareTickets && {
        platformCanIUse: { schemas: Object.keys(qqShareSurface), canIUse: (schema: string) => canIUseAt(qqShareSurface, schema, version) },
      }),
    };
  };
}
