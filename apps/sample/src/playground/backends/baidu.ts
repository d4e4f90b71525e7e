// "Simulated Baidu": @sharekit/mock/baidu runs right here in the page (it needs no Node), with the
// article page bound as src/baidu binds it, over @sharekit/baidu. This page plays the user: the
// top-right 分享, the share button, the page's swan.openShare button, and the answer in Baidu's
// share panel.
import { createBaiduAdapter, shareApp, sharePage } from '@sharekit/baidu';
import { type BaiduPanelChoice, createBaiduRuntime } from '@sharekit/mock/baidu';
import type { BackendModule, PlaygroundUi } from '../backend';
import { h, replace } from '../dom';
import { articleView, navBar, noButton, renderEmpty, renderLog, renderMatrix, sharePanel, userHeading } from '../view';
import { hostArticlePage } from './in-page';

/** The Baidu runtimes the playground offers: each a backend of its own (`?backend=` ids). */
const baiduRuntimes = [
  { id: 'baidu', label: 'Simulated Baidu 3.140.1 iOS', SDKVersion: '3.140.1', platform: 'ios' },
  { id: 'baidu-android-1.13.43', label: 'Simulated Baidu 1.13.43 Android', SDKVersion: '1.13.43', platform: 'android' },
] as const;

/** Where a share panel was asked for: the menu, the share button (page hook), or the page's openShare button. */
type Via = 'menu' | 'button' | 'openShare';

const FROM: Record<Via, string> = { menu: 'the top-right 分享', button: 'the share button', openShare: 'swan.openShare' };

export const baiduBackends: BackendModule[] = baiduRuntimes.map((spec) => ({
  id: spec.id,
  label: spec.label,
  versions: [],
  start({ articleId, changed }) {
    const runtime = createBaiduRuntime({ SDKVersion: spec.SDKVersion, platform: spec.platform, appName: 'sharekit sample' });
    const adapter = createBaiduAdapter({ swan: runtime.swan, getCurrentPages: runtime.getCurrentPages, defaults: { title: 'sharekit sample' } });
    const userLog: string[] = [];
    const note = (text: string) => {
      userLog.push(text);
      changed();
    };
    const page = hostArticlePage({
      runtime,
      adapter,
      appHooks: shareApp({ adapter }),
      sharePage,
      articleId,
      extraData: (share) => ({ canOpenShare: share.controller.supports('share') }),
      changed,
      onError: (e) => note(`the mini program threw: ${e.split('\n')[0]}`),
    });
    const label = `Baidu ${spec.SDKVersion} (${spec.platform})`;
    let picker: Via | null = null;
    let busy = false;

    /** The user answers Baidu's share panel, opened from the menu, the share button or swan.openShare. */
    async function answer(choose: BaiduPanelChoice): Promise<void> {
      const via = picker;
      if (!via || busy) return;
      picker = null;
      busy = true;
      changed();
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
      busy = false;
      changed();
    }

    function render(ui: PlaygroundUi): void {
      const open = (via: Via) => () => {
        picker = via;
        changed();
      };
      navBar(ui, `Article · ${label}`, { label: 'The top-right menu: 分享', title: '分享', disabled: busy, open: open('menu') });
      const data = page.data();
      if (!data) {
        renderEmpty(ui, 'No page.');
        return;
      }
      const buttons = h(
        'div',
        null,
        data.canShareButton
          ? h('button', { class: 'share', testid: 'share-button', disabled: busy, on: { click: open('button') } }, 'Share this article')
          : noButton('Share from the top-right menu.'),
        page.share.controller.supports('share') &&
          h('button', { class: 'share', testid: 'open-share', disabled: busy, on: { click: open('openShare') } }, 'Open Baidu’s share panel (swan.openShare)'),
      );
      replace(ui.screen, articleView(data, buttons));
      replace(
        ui.overlay,
        picker &&
          sharePanel('Baidu: share panel', `Baidu’s share panel (from ${FROM[picker]})`, [
            { testid: 'pick-share', text: 'Share', pick: () => void answer('share') },
            { testid: 'pick-cancel', text: 'Cancel', pick: () => void answer('cancel') },
            { testid: 'pick-fail', text: 'It fails', pick: () => void answer('fail') },
          ]),
      );
      replace(
        ui.userPanel,
        userHeading(),
        h(
          'p',
          { class: 'meta' },
          `${label}: Baidu reports every result through success / fail; it has no share menu API and no share tickets.${spec.platform === 'android' && spec.SDKVersion === '1.13.43' ? ' On this version a cancelled swan.openShare panel calls nothing: the share ends unconfirmed when the page shows again.' : ''}`,
        ),
        h(
          'div',
          { class: 'actions' },
          h('button', { testid: 'tap-menu', disabled: busy, on: { click: open('menu') } }, 'Tap ··· › 分享'),
          h('button', { testid: 'tap-button', disabled: busy || !data.canShareButton, on: { click: open('button') } }, 'Tap the share button'),
        ),
      );
      renderMatrix(ui, data, label);
      renderLog(ui, data.log, userLog.map((text) => ({ text })));
    }

    return {
      get ready() {
        return !busy;
      },
      version: '',
      error: null,
      render,
      escape() {
        if (!picker) return false;
        void answer('cancel');
        return true;
      },
      dispose: () => page.dispose(),
    };
  },
}));
