import { createWechatH5Runtime } from '@sharekit/mock/wechat-h5';
import { type ScriptedResult, testShareAdapter } from '@sharekit/testkit';
import { createWechatH5Adapter } from '../src';
import { asContent, guideHost, withUserAgent } from './browser';
import { OLD_WECHAT_USER_AGENT } from './user-agent';
import { TICKET, testSigner, until } from './signer';

// The platform's part, played in real Chromium with WeChat's user agent: the simulated JS-SDK
// verifies each wx.config against its jsapi_ticket and holds the cards; the user closes the guide
// (every share ends unconfirmed whatever is scripted: WeChat reports nothing); delivered() is the
// card the user shares from the ··· menu. Before WeChat 6.7.2 there is no API to set a card: the
// user shares the plain page, and the adapter says so (no preset, no text, image nor async).
for (const client of ['8.0.50', '6.6.7'] as const) {
testShareAdapter({
  name: `wechat-h5 (WeChat ${client}, simulated JS-SDK, Chromium)`,
  timeout: 4000,
  async create() {
    await import('../src/guide'); // load the guide's chunk once, outside the timings
    // The suite's content links to example.com: a JS安全域名 of the simulated account, beside this page's.
    const runtime = createWechatH5Runtime({ ticket: TICKET, domains: [location.host, 'example.com'], clientVersion: client });
    // The page's own user agent is WeChat 8.0.50's; an older client through the adapter's window option.
    const win = client === '8.0.50' ? window : withUserAgent(OLD_WECHAT_USER_AGENT);
    const adapter = createWechatH5Adapter({ window: win, sdk: runtime.wx, sign: testSigner().sign });
    // Ready before the controller connects: the first preset reaches the card at once.
    adapter.refresh();
    if (client === '8.0.50') await until(() => adapter.status === 'ready', 'wx.ready');
    let live = true;
    return {
      adapter,
      next(_result: ScriptedResult) {
        // The user reads the guide and closes it, once it shows (unless the session ends first).
        void until(() => !live || guideHost()?.shadowRoot?.querySelector('dialog')?.open === true, 'the guide', 3000)
          .then(() => {
            if (live) guideHost()?.shadowRoot?.querySelector('button')?.click();
          })
          .catch(() => {});
      },
      presetContent: () => asContent(runtime.cards.appMessage),
      delivered: () => asContent(runtime.share('appMessage').card),
      cleanup() {
        live = false;
        adapter.closeGuide();
      },
    };
  },
  outcomes: ['shared', 'cancelled', 'unconfirmed'],
});
}
