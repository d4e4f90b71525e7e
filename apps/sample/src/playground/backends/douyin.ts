// "Simulated Douyin": unlike WeChat's simulator (Node-only, on the sample server),
// @sharekit/mock/douyin runs in the browser, so the page, its Page() binding, the adapter and the
// simulated runtime all run here. The user shares from the menu, quick share, a screenshot or the
// button, then picks in Douyin's publisher.
import { createDouyinAdapter, shareApp, sharePage } from '@sharekit/douyin';
import { createDouyinRuntime, type DouyinChoice, type DouyinShareReport } from '@sharekit/mock/douyin';
import type { BackendModule, PlaygroundUi } from '../backend';
import { h, replace } from '../dom';
import { articleView, navBar, noButton, renderEmpty, renderLog, renderMatrix, sharePanel, userHeading } from '../view';
import { hostArticlePage } from './in-page';

/** Douyin's base library versions the playground simulates. */
export const douyinVersions = ['1.0.0', '1.5.0', '2.28.0', '2.47.0', '2.91.0', '3.50.0'] as const;

type Via = 'menu' | 'quick_share' | 'screenshot' | 'button';

const VIA: Record<Via, string> = {
  menu: '··· › 分享',
  quick_share: '··· › 分享好友 (quick_share)',
  screenshot: 'a screenshot (screenshot)',
  button: 'the share button (data-channel="video")',
};

function describe(via: Via, choose: DouyinChoice, r: DouyinShareReport): string {
  if (!r.opened) return `${via}: nothing opened (${r.reason})`;
  const option = JSON.stringify(r.option);
  const result = r.delivered ? `shared to a friend: “${r.delivered.title}” → ${r.delivered.path}` : choose === 'fail' ? 'the publisher failed to open' : 'backed out';
  return `onShareAppMessage(${option}); Douyin called ${r.callback}; the user ${result}`;
}

export const douyinBackend: BackendModule = {
  id: 'douyin',
  label: 'Simulated Douyin (@sharekit/douyin)',
  versions: douyinVersions,
  start({ version = douyinVersions.at(-1)!, articleId, changed }) {
    const runtime = createDouyinRuntime({ SDKVersion: version, appName: 'sharekit sample' });
    const adapter = createDouyinAdapter({ tt: runtime.tt, getCurrentPages: runtime.getCurrentPages, defaults: { title: 'sharekit sample' } });
    const userLog: string[] = [];
    const page = hostArticlePage({
      runtime,
      adapter,
      appHooks: shareApp({ adapter }),
      sharePage,
      articleId,
      options: () => ({ assetUrl: (path) => new URL(path, location.origin).href }),
      changed,
      onError: (e) => userLog.push(`The mini app threw: ${e}`),
    });
    let picker: Via | null = null;
    let busy = false;

    /** The user shares from `via`, then does `choose` in Douyin's publisher. */
    async function tap(via: Via, choose: DouyinChoice): Promise<void> {
      picker = null;
      busy = true;
      changed();
      const t = { choose };
      const report =
        via === 'menu'
          ? await runtime.user.tapMenuShare(t)
          : via === 'quick_share'
            ? await runtime.user.tapQuickShare(t)
            : via === 'screenshot'
              ? await runtime.user.takeScreenshot(t)
              : await runtime.user.tapShareButton({ id: 'share', dataset: { channel: 'video' } }, t);
      userLog.push(describe(via, choose, report));
      busy = false;
      changed();
    }

    function render(ui: PlaygroundUi): void {
      const pick = (via: Via) => () => {
        picker = via;
        changed();
      };
      navBar(ui, `Article · Douyin ${version}`, { label: 'The ··· menu: 分享', disabled: busy, open: pick('menu') });
      const data = page.data();
      if (!data) {
        renderEmpty(ui, 'No page.');
        return;
      }
      const button = data.canShareButton
        ? h('button', { class: 'share', testid: 'share-button', disabled: busy, on: { click: pick('button') } }, 'Share this article')
        : noButton('Share from the ··· menu (分享): this base library has no share button.');
      replace(ui.screen, articleView(data, button));
      const via = picker;
      replace(
        ui.overlay,
        via &&
          sharePanel('Douyin: share publisher', `Douyin's share publisher (from ${VIA[via]})`, [
            { testid: 'pick-friend', text: 'Share to a friend', pick: () => void tap(via, 'friend') },
            { testid: 'pick-cancel', text: 'Back out', pick: () => void tap(via, 'cancel') },
            { testid: 'pick-fail', text: 'The publisher fails to open', pick: () => void tap(via, 'fail') },
          ]),
      );
      replace(
        ui.userPanel,
        userHeading(),
        h(
          'p',
          { class: 'meta' },
          `Douyin ${version}: the ··· menu ${runtime.menu.items.includes('share') ? 'has 分享' : 'has no 分享'}. Douyin never reports whether the user shared: shares end unconfirmed, or failed when the publisher cannot open.`,
        ),
        h(
          'div',
          { class: 'actions' },
          ...(Object.keys(VIA) as Via[]).map((v) =>
            h('button', { testid: `tap-${v}`, disabled: busy || (v === 'button' && !data.canShareButton), on: { click: pick(v) } }, `Share from ${VIA[v]}`),
          ),
        ),
      );
      renderMatrix(ui, data, `Douyin ${version}`);
      renderLog(ui, data.log, userLog.map((text) => ({ text })));
    }

    return {
      get ready() {
        return !busy;
      },
      version,
      error: null,
      render,
      escape() {
        if (!picker) return false;
        void tap(picker, 'cancel');
        return true;
      },
      dispose: () => page.dispose(),
    };
  },
};
