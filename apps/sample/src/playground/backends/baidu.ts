// "Simulated Baidu": @sharekit/mock/baidu runs right here in the page (it needs no Node), with the
// article page bound as src/baidu binds it, over @sharekit/baidu. This page plays the user: the
// top-right 分享, the share button, the page's swan.openShare button, and the answer in Baidu's
// share panel.
import { createBaiduAdapter, shareApp, sharePage } from '@sharekit/baidu';
import { type BaiduPanelChoice, createBaiduRuntime } from '@sharekit/mock/baidu';
import type { BackendModule } from '../backend';
import { h } from '../dom';
import { type InPageChoice, inPageBackend, shareButton, tapMenuOrButton } from './in-page-backend';

/** The Baidu runtimes the playground offers: each a backend of its own (`?backend=` ids). */
const baiduRuntimes = [
  { id: 'baidu', label: 'Simulated Baidu 3.140.1 iOS', SDKVersion: '3.140.1', platform: 'ios' },
  { id: 'baidu-android-1.13.43', label: 'Simulated Baidu 1.13.43 Android', SDKVersion: '1.13.43', platform: 'android' },
] as const;

/** Where a share panel was asked for: the menu, the share button (page hook), or the page's openShare button. */
type Via = 'menu' | 'button' | 'openShare';

const FROM: Record<Via, string> = { menu: 'the top-right 分享', button: 'the share button', openShare: 'swan.openShare' };

const CHOICES: ReadonlyArray<InPageChoice<BaiduPanelChoice>> = [
  { choose: 'share', testid: 'pick-share', text: 'Share' },
  { choose: 'cancel', testid: 'pick-cancel', text: 'Cancel' },
  { choose: 'fail', testid: 'pick-fail', text: 'It fails' },
];

export const baiduBackends: BackendModule[] = baiduRuntimes.map((spec) =>
  inPageBackend({
    id: spec.id,
    label: spec.label,
    versions: [],
    setup() {
      const runtime = createBaiduRuntime({ SDKVersion: spec.SDKVersion, platform: spec.platform, appName: 'sharekit sample' });
      const adapter = createBaiduAdapter({ swan: runtime.swan, getCurrentPages: runtime.getCurrentPages, defaults: { title: 'sharekit sample' } });
      const label = `Baidu ${spec.SDKVersion} (${spec.platform})`;
      return {
        runtime,
        adapter,
        hooks: { shareApp, sharePage },
        extraData: (share) => ({ canOpenShare: share.controller.supports('share') }),
        where: label,
        capsule: { label: 'The top-right menu: 分享', title: '分享' },
        panel: { label: 'Baidu: share panel', heading: (via: Via) => `Baidu’s share panel (from ${FROM[via]})`, choices: CHOICES },
        dismiss: 'cancel',
        /** The user answers Baidu's share panel, opened from the menu, the share button or swan.openShare. */
        async answer({ page, note }, via: Via, choose: BaiduPanelChoice) {
          if (via === 'openShare') {
            runtime.user.answerNextOpenShare({ choose });
            note(`the page calls swan.openShare; the user picks “${choose}”`);
            await page.shareFromPage();
          } else {
            const report = via === 'menu' ? await runtime.user.tapMenuShare({ choose }) : await runtime.user.tapShareButton({}, { choose });
            note(report.opened ? `${via === 'menu' ? '分享 (top-right menu)' : 'share button'}: card “${report.card?.title}”, the user picks “${choose}”` : `nothing opened: ${report.reason}`);
          }
          const card = runtime.cards.at(-1);
          if (card) note(`Baidu's card: ${card.title}${card.content ? ` · ${card.content}` : ''} → ${card.path}`);
        },
        render(user, data) {
          const buttons = h(
            'div',
            null,
            shareButton(user, data, 'Share from the top-right menu.'),
            user.page.share.controller.supports('share') &&
              h('button', { class: 'share', testid: 'open-share', disabled: user.busy, on: { click: user.open('openShare') } }, 'Open Baidu’s share panel (swan.openShare)'),
          );
          const about = `${label}: Baidu reports every result through success / fail; it has no share menu API and no share tickets.${spec.platform === 'android' && spec.SDKVersion === '1.13.43' ? ' On this version a cancelled swan.openShare panel calls nothing: the share ends unconfirmed when the page shows again.' : ''}`;
          return { buttons, about, actions: tapMenuOrButton(user, data) };
        },
      };
    },
  }),
);
