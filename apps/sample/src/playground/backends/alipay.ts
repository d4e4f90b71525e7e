// "Simulated Alipay": @sharekit/mock/alipay runs in the browser (no Node needed), like Baidu's and
// Douyin's, with the article page bound as src/alipay binds it, over @sharekit/alipay. The user
// shares from the ··· menu, the share button or the page's own button (my.showSharePanel, 1.17.0+,
// the app-started share whose pull joins the app's session), then answers Alipay's share panel.
import { createAlipayAdapter, shareApp, sharePage } from '@sharekit/alipay';
import { type AlipayPanelChoice, type AlipayShareReport, createAlipayRuntime } from '@sharekit/mock/alipay';
import { h } from '../dom';
import { type InPageChoice, inPageBackend, shareButton, tapMenuOrButton } from './in-page-backend';

/**
 * Alipay's base library versions the playground simulates: the share button (1.1.0), result
 * callbacks and images (1.4.0), my.showSharePanel (1.17.0), async content (2.6.7).
 */
export const alipayVersions = ['1.0.0', '1.1.0', '1.4.0', '1.17.0', '2.6.7', '2.9.0'] as const;

/** Where the panel was opened from: Alipay's ··· menu, the share button, or the page's my.showSharePanel button. */
type Via = 'menu' | 'button' | 'code';

const FROM: Record<Via, string> = { menu: 'the ··· menu', button: 'the share button', code: 'my.showSharePanel' };

const CHOICES: ReadonlyArray<InPageChoice<AlipayPanelChoice>> = [
  { choose: 'share', testid: 'pick-share', text: 'Share to a contact' },
  { choose: 'not-shared', testid: 'pick-not-shared', text: 'Pick a contact, then do not send' },
  { choose: 'fail', testid: 'pick-fail', text: 'It fails' },
  { choose: 'close', testid: 'pick-cancel', text: 'Close the panel (Alipay calls nothing back)' },
];

function describe(report: AlipayShareReport, choose: AlipayPanelChoice): string {
  if (!report.opened) return `${FROM[report.via]}: nothing opened (${report.reason})`;
  const asked = report.handler === 'none' ? 'no share handler: Alipay’s defaults' : `${report.handler}.onShareAppMessage(${JSON.stringify(report.argument ?? {})})`;
  const card = report.delivered ? `; card “${report.delivered.title}” → ${report.delivered.path}` : '';
  const promise = report.promise === 'none' ? '' : `; async content: ${report.promise}`;
  const callbacks = report.callbacks.length ? `Alipay called ${report.callbacks.join(', ')}` : 'Alipay called nothing';
  return `${FROM[report.via]}: ${asked}${promise}; the user picks “${choose}”${card}; ${callbacks}`;
}

export const alipayBackend = inPageBackend({
  id: 'alipay',
  label: 'Simulated Alipay (@sharekit/alipay)',
  versions: alipayVersions,
  setup(version) {
    const runtime = createAlipayRuntime({ SDKVersion: version, appName: 'sharekit sample' });
    const adapter = createAlipayAdapter({ my: runtime.my, getCurrentPages: runtime.getCurrentPages, defaults: { title: 'sharekit sample' } });
    return {
      runtime,
      adapter,
      hooks: { shareApp, sharePage },
      extraData: (share) => ({ canSharePanel: share.controller.supports('share') }),
      options: () => ({ assetUrl: (path) => new URL(path, location.origin).href }),
      where: `Alipay ${version}`,
      capsule: { label: 'The ··· menu: 分享', title: '分享' },
      panel: { label: 'Alipay: share panel', heading: (via: Via) => `Alipay’s share panel (from ${FROM[via]})`, choices: CHOICES },
      dismiss: 'close',
      async answer({ page, note }, via: Via, choose: AlipayPanelChoice) {
        let report: AlipayShareReport | undefined;
        if (via === 'code') {
          // The page calls my.showSharePanel; the panel opens and pulls the page's content (from: 'code').
          // Not waiting for the outcome itself: after a closed panel, Alipay never calls back, and the
          // share ends unconfirmed only at the controller's present timeout.
          runtime.user.answerPanel({ choose });
          const opened = runtime.user.panels.length;
          let settled = false;
          void page.shareFromPage().finally(() => {
            settled = true;
          });
          // The panel opens once the content is composed (asynchronously where Alipay waits for it).
          while (runtime.user.panels.length === opened && !settled) await new Promise((r) => setTimeout(r, 10));
          report = await runtime.user.panels[opened];
        } else {
          report = via === 'menu' ? await runtime.user.tapMenuShare({ choose }) : await runtime.user.tapShareButton({ id: 'share' }, { choose });
        }
        if (report) note(describe(report, choose));
      },
      render(user, data) {
        const canPanel = user.page.share.controller.supports('share');
        const buttons = h(
          'div',
          null,
          shareButton(user, data, 'Share from the ··· menu: this base library has no share button.'),
          canPanel &&
            h('button', { class: 'share', testid: 'open-share', disabled: user.busy, on: { click: user.open('code') } }, 'Open the share panel (my.showSharePanel)'),
        );
        const about = `Alipay ${version}: the ··· menu ${runtime.menu.visible ? 'has 分享' : 'has no 分享'}; the share button ${data.canShareButton ? 'renders' : 'does not render (1.1.0+)'}; my.showSharePanel ${canPanel ? 'opens the panel from the page' : 'is missing (1.17.0+)'}. ${data.matrix.find((r) => r.capability === 'result')?.available ? 'Alipay says whether the user shared (shareResult); a closed panel calls nothing back, so that share ends unconfirmed at the controller’s timeout.' : 'Alipay reports no result before 1.4.0: a share ends unconfirmed when the page shows again.'} No share tickets on Alipay.`;
        return { buttons, about, actions: tapMenuOrButton(user, data) };
      },
    };
  },
});
