// "Simulated Douyin": unlike WeChat's simulator (Node-only, on the sample server),
// @sharekit/mock/douyin runs in the browser, so the page, its Page() binding, the adapter and the
// simulated runtime all run here. The user shares from the menu, quick share, a screenshot or the
// button, then picks in Douyin's publisher.
import { createDouyinAdapter, shareApp, sharePage } from '@sharekit/douyin';
import { createDouyinRuntime, type DouyinChoice, type DouyinShareReport } from '@sharekit/mock/douyin';
import { h } from '../dom';
import { type InPageChoice, inPageBackend, shareButton } from './in-page-backend';

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

const CHOICES: ReadonlyArray<InPageChoice<DouyinChoice>> = [
  { choose: 'friend', testid: 'pick-friend', text: 'Share to a friend' },
  { choose: 'cancel', testid: 'pick-cancel', text: 'Back out' },
  { choose: 'fail', testid: 'pick-fail', text: 'The publisher fails to open' },
];

export const douyinBackend = inPageBackend({
  id: 'douyin',
  label: 'Simulated Douyin (@sharekit/douyin)',
  versions: douyinVersions,
  setup(version) {
    const runtime = createDouyinRuntime({ SDKVersion: version, appName: 'sharekit sample' });
    const adapter = createDouyinAdapter({ tt: runtime.tt, getCurrentPages: runtime.getCurrentPages, defaults: { title: 'sharekit sample' } });
    return {
      runtime,
      adapter,
      hooks: { shareApp, sharePage },
      options: () => ({ assetUrl: (path) => new URL(path, location.origin).href }),
      where: `Douyin ${version}`,
      capsule: { label: 'The ··· menu: 分享' },
      panel: { label: 'Douyin: share publisher', heading: (via: Via) => `Douyin's share publisher (from ${VIA[via]})`, choices: CHOICES },
      dismiss: 'cancel',
      /** The user shares from `via`, then does `choose` in Douyin's publisher. */
      async answer({ note }, via: Via, choose: DouyinChoice) {
        const t = { choose };
        const report =
          via === 'menu'
            ? await runtime.user.tapMenuShare(t)
            : via === 'quick_share'
              ? await runtime.user.tapQuickShare(t)
              : via === 'screenshot'
                ? await runtime.user.takeScreenshot(t)
                : await runtime.user.tapShareButton({ id: 'share', dataset: { channel: 'video' } }, t);
        note(describe(via, choose, report));
      },
      render: (user, data) => ({
        buttons: shareButton(user, data, 'Share from the ··· menu (分享): this base library has no share button.'),
        about: `Douyin ${version}: the ··· menu ${runtime.menu.items.includes('share') ? 'has 分享' : 'has no 分享'}. Douyin never reports whether the user shared: shares end unconfirmed, or failed when the publisher cannot open.`,
        actions: (Object.keys(VIA) as Via[]).map((v) =>
          h('button', { testid: `tap-${v}`, disabled: user.busy || (v === 'button' && !data.canShareButton), on: { click: user.open(v) } }, `Share from ${VIA[v]}`),
        ),
      }),
    };
  },
});
