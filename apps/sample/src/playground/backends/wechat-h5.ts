// "Inside WeChat's browser (simulated)": the article page runs its shared logic over
// @sharekit/wechat-h5, in this browser, with @sharekit/mock/wechat-h5 as the JS-SDK. The page is
// signed for real by the sample server (GET /api/jsapi-signature: @sharekit/server's signer
// against its fake WeChat API); the simulated JS-SDK checks each wx.config with that fake account's
// ticket, which the server hands out on a development-only route (GET
// /api/dev/simulated-jsapi-ticket) that does not exist with a real account. The user plays
// WeChat's ··· menu from the user panel.
import { createShareController, type ShareController } from '@sharekit/core';
import { createWechatH5Runtime, jsapiSignature, type WechatH5Runtime, type WechatH5Sdk, type WechatH5ShareTarget } from '@sharekit/mock/wechat-h5';
import { createWechatH5Adapter, type JsapiSignature, type WechatH5Adapter } from '@sharekit/wechat-h5';
import { type ArticleApp, createArticleApp, pageData } from '../../shared';
import type { BackendModule, PlaygroundUi } from '../backend';
import { h, rememberFocus, replace } from '../dom';
import { articleView, navBar, renderLog, renderMatrix, sharePanel, userHeading } from '../view';

interface WechatH5Mode {
  adapter: WechatH5Adapter;
  controller: ShareController;
  app: ArticleApp;
  runtime: WechatH5Runtime;
  /** The ··· menu is open. */
  menuOpen: boolean;
}

/** WeChat's user agent on this browser: what isWechatBrowser() reads inside WeChat. */
const simulatedWindow = (): Window =>
  ({
    location: window.location,
    document: window.document,
    navigator: { userAgent: `${navigator.userAgent} MicroMessenger/8.0.50`, language: navigator.language },
    addEventListener: window.addEventListener.bind(window),
    removeEventListener: window.removeEventListener.bind(window),
    setTimeout: window.setTimeout.bind(window),
    clearTimeout: window.clearTimeout.bind(window),
  }) as unknown as Window;

async function getJson<T>(url: string): Promise<T> {
  const res = await fetch(url);
  const data = (await res.json().catch(() => ({}))) as T & { error?: { message?: string } };
  if (!res.ok) throw new Error(data.error?.message ?? `${url} answered ${res.status}`);
  return data;
}

/**
 * The simulated page: a JS-SDK whose config check uses the sample server's fake account, the
 * adapter over it (signing through the sample server), the article app. `changed` runs after
 * anything the page shows may have changed (the SDK answers asynchronously).
 */
function openWechatH5Mode(articleId: string, changed: () => void): WechatH5Mode {
  let account: { appId: string; ticket: string } | undefined;
  const runtime = createWechatH5Runtime({
    url: location.href,
    verify: (input) => account !== undefined && input.appId === account.appId && input.signature === jsapiSignature(account.ticket, input.nonceStr, input.timestamp, input.url),
  });
  const sign = async (url: string) => {
    const signature = await getJson<JsapiSignature>(`/api/jsapi-signature?url=${encodeURIComponent(url)}`);
    account = await getJson('/api/dev/simulated-jsapi-ticket');
    return signature;
  };
  // Every answer of the SDK re-renders the panels that show it.
  const { wx } = runtime;
  const then =
    <A extends unknown[]>(call: (...args: A) => void) =>
    (...args: A) => {
      call(...args);
      changed();
    };
  const sdk: WechatH5Sdk = {
    ...wx,
    config: then(wx.config),
    ready: (fn) => wx.ready(then(fn)),
    error: (fn) => wx.error(then(fn)),
    updateAppMessageShareData: then(wx.updateAppMessageShareData),
    updateTimelineShareData: then(wx.updateTimelineShareData),
  };
  const adapter = createWechatH5Adapter({
    window: simulatedWindow(),
    sdk,
    sign,
    // A shared link opens this playground at the article (the app route is not a web page here).
    resolveUrl: (path, win) => {
      const id = new URL(path, win.location.origin).searchParams.get('id') ?? '42';
      return new URL(`/?backend=wechat-h5&article=${encodeURIComponent(id)}`, win.location.origin);
    },
  });
  const controller = createShareController({ adapter });
  const app = createArticleApp({ controller, articleId, assetUrl: (path) => new URL(path, location.origin).href });
  return { adapter, controller, app, runtime, menuOpen: false };
}

function closeWechatH5Mode(m: WechatH5Mode): void {
  m.app.dispose();
  m.controller.dispose();
  m.adapter.closeGuide();
}

/** The user picks an item of WeChat's ··· menu: WeChat shares the card it holds, and tells the page nothing. */
function shareFromMenu(m: WechatH5Mode, target: WechatH5ShareTarget): void {
  m.menuOpen = false;
  m.runtime.share(target);
}

const TARGET = { appMessage: 'Send to Chat', timeline: 'Share to Moments' } as const;

/** The simulated JS-SDK's calls and the user's shares, for the live log. */
function wechatH5Log(m: WechatH5Mode): { id: number; text: string }[] {
  const calls = m.runtime.calls.map((c, i) => ({ id: i, text: `wx.${c.api}(${c.api === 'ready' || c.api === 'error' ? '' : JSON.stringify(c.args)})` }));
  const shares = m.runtime.shares.map((s, i) => ({
    id: calls.length + i,
    text: `The user: ··· › ${TARGET[s.target]}: “${s.card.title}” ${s.card.link}${s.custom ? '' : ' (no card was set: the plain page)'}; the page hears nothing`,
  }));
  return [...calls, ...shares];
}

const targetLabel = (target: WechatH5ShareTarget) => TARGET[target];

function render(m: WechatH5Mode, shareButton: HTMLButtonElement, ui: PlaygroundUi, changed: () => void): void {
  const data = pageData(m.app.getView());
  const setMenu = (open: boolean) => {
    m.menuOpen = open;
    changed();
  };
  // In WeChat's ··· menu (`menu-*`) and, for convenience, in the user panel (`tap-*`).
  const share = (target: WechatH5ShareTarget) => () => {
    shareFromMenu(m, target);
    changed();
  };
  const menuItem = (target: WechatH5ShareTarget, where: string) =>
    h('button', { testid: `${where}-${target}`, on: { click: share(target) } }, targetLabel(target));
  navBar(ui, `Article · WeChat's browser (${m.adapter.status})`, { label: "WeChat's ··· menu", title: "WeChat's ··· menu", open: () => setMenu(true) });
  const restoreFocus = rememberFocus(ui.screen);
  replace(ui.screen, articleView(data, shareButton));
  restoreFocus();
  replace(
    ui.overlay,
    m.menuOpen &&
      sharePanel("WeChat's ··· menu", "WeChat's ··· menu", [
        { testid: 'menu-appMessage', text: targetLabel('appMessage'), pick: share('appMessage') },
        { testid: 'menu-timeline', text: targetLabel('timeline'), pick: share('timeline') },
        { testid: 'pick-cancel', text: 'Cancel', pick: () => setMenu(false) },
      ]),
  );
  const { appMessage, timeline } = m.runtime.cards;
  replace(
    ui.userPanel,
    userHeading(),
    h(
      'p',
      null,
      "A web page inside WeChat cannot open WeChat's share sheet: the page sets the card beforehand (wx.config, signed by the sample server, then updateAppMessageShareData / updateTimelineShareData), and the page's share button shows a guide to the ··· menu. You play WeChat: share from its menu below. The page never learns about it (outcome: unconfirmed).",
    ),
    h('p', { class: 'meta', testid: 'jsapi-status' }, `wx.config: ${m.adapter.status}`),
    h(
      'div',
      { class: 'actions' },
      menuItem('appMessage', 'tap'),
      menuItem('timeline', 'tap'),
      h('button', { testid: 'expire', on: { click: () => m.runtime.expire() } }, 'Let the signature expire'),
    ),
    h('h3', null, 'The cards WeChat holds'),
    h(
      'ul',
      { class: 'facts', testid: 'cards' },
      h('li', null, `Send to Chat: ${appMessage ? `“${appMessage.title}”, ${appMessage.desc ?? 'no description'}, ${appMessage.link}` : 'none set (WeChat would share the plain page)'}`),
      h('li', null, `Moments: ${timeline ? `“${timeline.title}”, ${timeline.link}` : 'none set'}`),
    ),
  );
  renderMatrix(ui, data, "WeChat's browser (simulated)");
  renderLog(ui, data.log, wechatH5Log(m));
}

export const wechatH5Backend: BackendModule = {
  id: 'wechat-h5',
  label: "In WeChat's browser (simulated)",
  versions: [],
  start({ articleId, changed }) {
    const m = openWechatH5Mode(articleId, changed);
    const shareButton = h('button', { class: 'share', testid: 'share-button', on: { click: () => void m.app.share('button') } }, 'Share this article');
    m.app.subscribe(changed);
    void m.app.start();
    return {
      get ready() {
        return m.adapter.status === 'ready';
      },
      version: '',
      error: null,
      render: (ui) => render(m, shareButton, ui, changed),
      escape() {
        // Closes WeChat's ··· menu; the key goes on (the adapter's guide closes on it too).
        if (m.menuOpen) {
          m.menuOpen = false;
          changed();
        }
        return false;
      },
      dispose: () => closeWechatH5Mode(m),
    };
  },
};
