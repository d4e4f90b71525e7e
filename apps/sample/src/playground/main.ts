// The playground: the sample's article page on a backend of your choice. "Browser" runs the
// shared logic here over @sharekit/web; "simulated WeChat" runs the built mini program on the
// sample server, in @sharekit/mock/wx's runtime at the chosen base library version, and this
// page plays the user's side.
import './style.css';
import { createShareController, type ShareController } from '@sharekit/core';
import { createWebAdapter, type WebAdapter } from '@sharekit/web';
import { type ArticleApp, type ArticlePageData, articlePath, createArticleApp, pageData } from '../shared';
import { type BaiduSession, type BaiduVia, baiduRuntimes, isBaiduBackend, startBaiduSession } from './baidu';
import { type Child, h, rememberFocus, replace } from './dom';
import { createDouyinBackend, type DouyinBackend, type DouyinVia } from './douyin-backend';
import { type Backend, readLocation, versionsOf } from './versions';
import { type CardView, closeWxSession, openWxSession, type WxAction, type WxSnapshot, wxAction } from './wx-client';
import { closeWechatH5Mode, openWechatH5Mode, shareFromMenu, targetLabel, type WechatH5Mode, wechatH5Log } from './wechat-h5';

type Mode =
  | { kind: 'web'; adapter: WebAdapter; controller: ShareController; app: ArticleApp; shareButton: HTMLButtonElement }
  | { kind: 'wx'; version: string; snapshot: WxSnapshot | null; busy: boolean }
  | (WechatH5Mode & { shareButton: HTMLButtonElement })
  | { kind: 'baidu'; session: BaiduSession; picker: BaiduVia | null; busy: boolean }
  | { kind: 'douyin'; backend: DouyinBackend; picker: DouyinVia | null; busy: boolean };

const start = readLocation(location.search);
let mode: Mode | undefined;
let picker: 'menu' | 'button' | null = null;
let error: string | null = null;
// Bumped on every backend switch: answers for an older backend are dropped.
let generation = 0;

// ---- the static frame -------------------------------------------------------------------------

const backendSelect = h(
  'select',
  { testid: 'backend', attrs: { id: 'backend' } },
  h('option', { attrs: { value: 'web' } }, 'Browser (@sharekit/web)'),
  h('option', { attrs: { value: 'wx' } }, 'Simulated WeChat (@sharekit/wx)'),
  h('option', { attrs: { value: 'wechat-h5' } }, "In WeChat's browser (simulated)"),
  ...baiduRuntimes.map((r) => h('option', { attrs: { value: r.id } }, r.label)),
  h('option', { attrs: { value: 'douyin' } }, 'Simulated Douyin (@sharekit/douyin)'),
);
const versionSelect = h('select', { testid: 'version', attrs: { id: 'version' } });
/** The version list of the selected backend (WeChat's and Douyin's differ; the others have none). */
function offerVersions(kind: string, version?: string): void {
  const versions = versionsOf(kind);
  replace(versionSelect, ...versions.map((v) => h('option', { attrs: { value: v } }, v)));
  versionSelect.value = version && versions.includes(version) ? version : (versions.at(-1) ?? '');
}
backendSelect.value = start.backend.kind === 'baidu' ? start.backend.runtime : start.backend.kind;
offerVersions(start.backend.kind, 'version' in start.backend ? start.backend.version : undefined);

const phoneBar = h('div', { class: 'bar' });
const screen = h('div', { class: 'screen', testid: 'screen' });
const overlay = h('div', { class: 'overlay' });
const phone = h('section', { class: 'phone', testid: 'phone', attrs: { 'aria-label': 'The article page' } }, phoneBar, screen, overlay);
const userPanel = h('section', { class: 'panel', testid: 'user', attrs: { 'aria-labelledby': 'user-h' } });
const matrixPanel = h('section', { class: 'panel', testid: 'matrix', attrs: { 'aria-labelledby': 'matrix-h' } });
const logPanel = h('section', { class: 'panel', attrs: { 'aria-labelledby': 'log-h' } });
const banner = h('div', { class: 'banner', testid: 'error', attrs: { role: 'alert' } });

document.getElementById('app')!.append(
  h(
    'header',
    null,
    h('h1', null, 'sharekit playground'),
    h(
      'div',
      { class: 'switch' },
      h('label', { attrs: { for: 'backend' } }, 'Backend'),
      backendSelect,
      h('label', { attrs: { for: 'version' } }, 'Base library'),
      versionSelect,
    ),
  ),
  banner,
  h('main', null, phone, h('div', { class: 'side' }, userPanel, matrixPanel, logPanel)),
);

backendSelect.addEventListener('change', () => {
  offerVersions(backendSelect.value);
  void switchBackend(selected());
});
versionSelect.addEventListener('change', () => {
  if (versionsOf(backendSelect.value).length > 0) void switchBackend(selected());
});

function selected(): Backend {
  const kind = backendSelect.value;
  if (kind === 'wechat-h5') return { kind: 'wechat-h5' };
  if (isBaiduBackend(kind)) return { kind: 'baidu', runtime: kind };
  return kind === 'wx' || kind === 'douyin' ? { kind, version: versionSelect.value } : { kind: 'web' };
}

// ---- backends ---------------------------------------------------------------------------------

function teardown(): void {
  if (mode?.kind === 'web') {
    mode.app.dispose();
    mode.controller.dispose();
    mode.adapter.closeSheet();
  } else if (mode?.kind === 'wx' && mode.snapshot) {
    closeWxSession(mode.snapshot.id);
  } else if (mode?.kind === 'wechat-h5') {
    closeWechatH5Mode(mode);
  } else if (mode?.kind === 'baidu') {
    mode.session.dispose();
  } else if (mode?.kind === 'douyin') mode.backend.dispose();
  mode = undefined;
  picker = null;
  error = null;
}

async function switchBackend(backend: Backend): Promise<void> {
  const mine = ++generation;
  teardown();
  versionSelect.disabled = !('version' in backend);
  const params = new URLSearchParams({
    backend: backend.kind === 'baidu' ? backend.runtime : backend.kind,
    ...('version' in backend && { version: backend.version }),
  });
  if (start.articleId !== '42') params.set('article', start.articleId);
  history.replaceState(null, '', `?${params}`);
  if (backend.kind === 'baidu') {
    mode = { kind: 'baidu', session: startBaiduSession(backend.runtime, start.articleId, () => render()), picker: null, busy: false };
    render();
    return;
  }
  if (backend.kind === 'web') {
    const adapter = createWebAdapter({
      // A shared link opens this playground at the article (the app route is not a web page here).
      resolveUrl: (path, win) => {
        const id = new URL(path, win.location.origin).searchParams.get('id') ?? '42';
        return new URL(`/?article=${encodeURIComponent(id)}`, win.location.origin);
      },
    });
    const controller = createShareController({ adapter });
    const app = createArticleApp({
      controller,
      articleId: start.articleId,
      assetUrl: (path) => new URL(path, location.origin).href,
    });
    // One share button for the backend's life: the sheet gives focus back to the element that
    // opened it, which a re-render in between (the outcome arriving) must not replace.
    const shareButton = h(
      'button',
      {
        class: 'share',
        testid: 'share-button',
        // Synchronous up to the platform call: navigator.share needs the click's activation.
        on: { click: () => void app.share('button') },
      },
      'Share this article',
    );
    mode = { kind: 'web', adapter, controller, app, shareButton };
    app.subscribe(() => render());
    render();
    await app.start();
    return;
  }
  if (backend.kind === 'wechat-h5') {
    const m = openWechatH5Mode(start.articleId, () => mine === generation && render());
    const shareButton = h('button', { class: 'share', testid: 'share-button', on: { click: () => void m.app.share('button') } }, 'Share this article');
    mode = Object.assign(m, { shareButton });
    m.app.subscribe(() => render());
    render();
    await m.app.start();
    return;
  }
  if (backend.kind === 'douyin') {
    mode = { kind: 'douyin', backend: createDouyinBackend(backend.version, start.articleId, () => render()), picker: null, busy: false };
    render();
    return;
  }
  mode = { kind: 'wx', version: backend.version, snapshot: null, busy: true };
  render();
  try {
    const snapshot = await openWxSession(backend.version);
    if (mine !== generation) return closeWxSession(snapshot.id);
    mode = { kind: 'wx', version: backend.version, snapshot, busy: false };
  } catch (e) {
    if (mine !== generation) return;
    error = `Could not start the simulated WeChat: ${e instanceof Error ? e.message : String(e)}`;
    mode = { kind: 'wx', version: backend.version, snapshot: null, busy: false };
  }
  render();
}

async function act(action: WxAction): Promise<void> {
  const current = mode;
  if (current?.kind !== 'wx' || !current.snapshot || current.busy) return;
  const mine = generation;
  picker = null;
  current.busy = true;
  render();
  try {
    const snapshot = await wxAction(current.snapshot.id, action);
    if (mine !== generation) return;
    current.snapshot = snapshot;
    error = null;
  } catch (e) {
    if (mine !== generation) return;
    error = e instanceof Error ? e.message : String(e);
  }
  current.busy = false;
  render();
}

/** The user taps the menu or the share button: WeChat's chat picker opens where WeChat would. */
function tap(via: 'menu' | 'button'): void {
  if (mode?.kind !== 'wx' || !mode.snapshot) return;
  const opens = via === 'menu' ? mode.snapshot.menu.visible : mode.snapshot.shareButton;
  // Where WeChat would not open it, the runtime says why (the tap goes through with no choice to make).
  if (!opens) void act({ type: 'tap', via, choose: 'cancel' });
  else {
    picker = via;
    render();
  }
}

// ---- rendering --------------------------------------------------------------------------------

function articleView(data: ArticlePageData, shareButton: Child): HTMLElement {
  return h(
    'article',
    { class: 'article', testid: 'article' },
    h('img', { class: 'cover', attrs: { src: data.imageUrl, alt: '', width: '500', height: '400' } }),
    h('h2', { testid: 'title' }, data.title),
    h('p', { class: 'summary' }, data.summary),
    shareButton,
    h('div', { class: `card group-${data.groupStatus}`, testid: 'group', attrs: { 'data-status': data.groupStatus } }, data.groupText),
    data.outcomeStatus &&
      h(
        'div',
        { class: `card outcome-${data.outcomeStatus}`, testid: 'outcome', attrs: { 'data-status': data.outcomeStatus, role: 'status' } },
        `Last share: ${data.outcomeText}`,
      ),
    data.error && h('div', { class: 'card outcome-failed' }, data.error),
    h('p', { class: 'meta' }, `${data.menuText} · ${data.contentMode} content · card path ${data.path}`),
  );
}

function noButton(text: string): HTMLElement {
  return h('p', { class: 'hint', testid: 'no-share-button' }, text);
}

function renderWeb(m: Extract<Mode, { kind: 'web' }>): void {
  const data = pageData(m.app.getView());
  const url = new URL(`/?article=${encodeURIComponent(data.articleId)}`, location.origin).href;
  replace(phoneBar, h('span', { class: 'address', attrs: { title: url } }, url));
  // Before the new article takes the (reused) share button out of the page.
  const restoreFocus = rememberFocus(screen);
  const button = data.canShareButton ? m.shareButton : noButton('This browser can neither share nor show a share sheet.');
  replace(screen, articleView(data, button));
  restoreFocus();
  replace(overlay);
  const can = (schema: string) => (m.controller.canIUse(schema) ? 'yes' : 'no');
  replace(
    userPanel,
    h('h2', { attrs: { id: 'user-h' } }, 'The user'),
    h(
      'p',
      null,
      'The user is you: press the page’s share button. Where the browser has no navigator.share (desktop Chrome on Linux, Firefox), the fallback sheet opens: copy the link, a QR code for WeChat, intent links.',
    ),
    h(
      'ul',
      { class: 'facts' },
      h('li', null, `navigator.share (web.share): ${can('web.share')}`),
      h('li', null, `fallback sheet (web.sheet): ${can('web.sheet')}`),
      h('li', null, `clipboard (web.clipboard): ${can('web.clipboard')}`),
    ),
  );
  renderMatrix(data, 'this browser');
  renderLog(data.log, []);
}

function cardButton(card: CardView, disabled: boolean): HTMLElement {
  return h(
    'li',
    null,
    h(
      'button',
      { testid: `open-card-${card.index}`, disabled, on: { click: () => void act({ type: 'open-card', card: card.index }) } },
      `Open the card in the ${card.label}`,
    ),
    card.withShareTicket ? ' (carries a share ticket)' : ' (no share ticket)',
  );
}

function renderWx(m: Extract<Mode, { kind: 'wx' }>): void {
  const s = m.snapshot;
  replace(
    phoneBar,
    h('span', { class: 'nav-title' }, s ? `Article · WeChat ${s.version}` : `WeChat ${m.version}`),
    h(
      'button',
      {
        class: 'capsule',
        testid: 'capsule',
        disabled: !s || m.busy,
        attrs: { 'aria-label': 'The ··· menu: send to chat', title: 'The ··· menu: send to chat' },
        on: { click: () => tap('menu') },
      },
      '···',
    ),
  );
  if (!s?.page) {
    replace(screen, h('p', { class: 'hint' }, m.busy ? 'Starting the simulated WeChat…' : 'No page.'));
    replace(overlay);
    replace(userPanel, h('h2', { attrs: { id: 'user-h' } }, 'The user'));
    replace(matrixPanel);
    replace(logPanel);
    return;
  }
  const button = s.shareButton
    ? h(
        'button',
        { class: 'share', testid: 'share-button', disabled: m.busy, on: { click: () => tap('button') } },
        'Share this article',
      )
    : noButton('Share from the ··· menu: this base library has no share button.');
  replace(screen, articleView(s.page, button));
  replace(
    overlay,
    picker &&
      h(
        'div',
        { class: 'picker', testid: 'picker', attrs: { role: 'dialog', 'aria-label': 'WeChat: send to chat' } },
        h('p', null, `Send to chat (from the ${picker === 'menu' ? '··· menu' : 'share button'})`),
        h('button', { testid: 'pick-group', on: { click: () => void act({ type: 'tap', via: picker!, choose: 'group' }) } }, 'A group chat'),
        h('button', { testid: 'pick-single', on: { click: () => void act({ type: 'tap', via: picker!, choose: 'single' }) } }, 'A one-to-one chat'),
        h('button', { testid: 'pick-cancel', on: { click: () => void act({ type: 'tap', via: picker!, choose: 'cancel' }) } }, 'Cancel'),
      ),
  );
  replace(
    userPanel,
    h('h2', { attrs: { id: 'user-h' } }, 'The user'),
    h(
      'p',
      { class: 'meta' },
      `WeChat ${s.version}: the ··· menu ${s.menu.visible ? `has “Send to chat”${s.menu.withShareTicket ? ', with share tickets' : ''}` : 'has no “Send to chat”'}; the share button ${s.shareButton ? 'renders' : 'does not render'}.`,
    ),
    h(
      'div',
      { class: 'actions' },
      h('button', { testid: 'tap-menu', disabled: m.busy, on: { click: () => tap('menu') } }, 'Tap ··· › Send to chat'),
      h('button', { testid: 'tap-button', disabled: m.busy || !s.shareButton, on: { click: () => tap('button') } }, 'Tap the share button'),
      h('button', { testid: 'restart', disabled: m.busy, on: { click: () => void act({ type: 'restart' }) } }, 'Restart the mini program'),
    ),
    h('h3', null, 'Cards shared so far'),
    s.cards.length
      ? h('ul', { class: 'cards' }, ...s.cards.map((card) => cardButton(card, m.busy)))
      : h('p', { class: 'hint' }, 'None yet: share to a chat, then open the card from there.'),
    s.errors.length > 0 && h('div', { class: 'card outcome-failed' }, `The mini program threw: ${s.errors.join('; ')}`),
  );
  renderMatrix(s.page, `WeChat ${s.version}`);
  renderLog(s.page.log, s.user);
}

function renderWechatH5(m: Extract<Mode, { kind: 'wechat-h5' }>): void {
  const data = pageData(m.app.getView());
  const setMenu = (open: boolean) => {
    m.menuOpen = open;
    render();
  };
  // In WeChat's ··· menu (`menu-*`) and, for convenience, in the user panel (`tap-*`).
  const menuItem = (target: 'appMessage' | 'timeline', where = 'menu') =>
    h('button', { testid: `${where}-${target}`, on: { click: () => {
      shareFromMenu(m, target);
      render();
    } } }, targetLabel(target));
  replace(
    phoneBar,
    h('span', { class: 'nav-title' }, `Article · WeChat's browser (${m.adapter.status})`),
    h('button', { class: 'capsule', testid: 'capsule', attrs: { 'aria-label': "WeChat's ··· menu", title: "WeChat's ··· menu" }, on: { click: () => setMenu(true) } }, '···'),
  );
  const restoreFocus = rememberFocus(screen);
  replace(screen, articleView(data, m.shareButton));
  restoreFocus();
  replace(
    overlay,
    m.menuOpen &&
      h(
        'div',
        { class: 'picker', testid: 'picker', attrs: { role: 'dialog', 'aria-label': "WeChat's ··· menu" } },
        h('p', null, "WeChat's ··· menu"),
        menuItem('appMessage'),
        menuItem('timeline'),
        h('button', { testid: 'pick-cancel', on: { click: () => setMenu(false) } }, 'Cancel'),
      ),
  );
  const { appMessage, timeline } = m.runtime.cards;
  replace(
    userPanel,
    h('h2', { attrs: { id: 'user-h' } }, 'The user'),
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
  renderMatrix(data, "WeChat's browser (simulated)");
  renderLog(data.log, wechatH5Log(m));
}

/** The user answers Baidu's share panel, opened from the menu, the share button or swan.openShare. */
async function answerBaidu(m: Extract<Mode, { kind: 'baidu' }>, choose: 'share' | 'cancel' | 'fail'): Promise<void> {
  const via = m.picker;
  if (!via || m.busy) return;
  m.picker = null;
  m.busy = true;
  render();
  await m.session.answer(via, choose);
  m.busy = false;
  render();
}

function renderBaidu(m: Extract<Mode, { kind: 'baidu' }>): void {
  const data = m.session.data();
  const open = (via: BaiduVia) => () => {
    m.picker = via;
    render();
  };
  replace(
    phoneBar,
    h('span', { class: 'nav-title' }, `Article · ${m.session.label}`),
    h('button', { class: 'capsule', testid: 'capsule', disabled: m.busy, attrs: { 'aria-label': 'The top-right menu: 分享', title: '分享' }, on: { click: open('menu') } }, '···'),
  );
  const buttons = h(
    'div',
    null,
    data.canShareButton
      ? h('button', { class: 'share', testid: 'share-button', disabled: m.busy, on: { click: open('button') } }, 'Share this article')
      : noButton('Share from the top-right menu.'),
    m.session.controller.supports('share') &&
      h('button', { class: 'share', testid: 'open-share', disabled: m.busy, on: { click: open('openShare') } }, 'Open Baidu’s share panel (swan.openShare)'),
  );
  replace(screen, articleView(data, buttons));
  replace(
    overlay,
    m.picker &&
      h(
        'div',
        { class: 'picker', testid: 'picker', attrs: { role: 'dialog', 'aria-label': 'Baidu: share panel' } },
        h('p', null, `Baidu’s share panel (from ${m.picker === 'menu' ? 'the top-right 分享' : m.picker === 'button' ? 'the share button' : 'swan.openShare'})`),
        h('button', { testid: 'pick-share', on: { click: () => void answerBaidu(m, 'share') } }, 'Share'),
        h('button', { testid: 'pick-cancel', on: { click: () => void answerBaidu(m, 'cancel') } }, 'Cancel'),
        h('button', { testid: 'pick-fail', on: { click: () => void answerBaidu(m, 'fail') } }, 'It fails'),
      ),
  );
  replace(
    userPanel,
    h('h2', { attrs: { id: 'user-h' } }, 'The user'),
    h(
      'p',
      { class: 'meta' },
      `${m.session.label}: Baidu reports every result through success / fail; it has no share menu API and no share tickets.${m.session.runtime.platform === 'android' && m.session.runtime.SDKVersion === '1.13.43' ? ' On this version a cancelled swan.openShare panel calls nothing: the share ends unconfirmed when the page shows again.' : ''}`,
    ),
    h(
      'div',
      { class: 'actions' },
      h('button', { testid: 'tap-menu', disabled: m.busy, on: { click: open('menu') } }, 'Tap ··· › 分享'),
      h('button', { testid: 'tap-button', disabled: m.busy || !data.canShareButton, on: { click: open('button') } }, 'Tap the share button'),
    ),
  );
  renderMatrix(data, m.session.label);
  renderLog(data.log, m.session.userLog.map((text, id) => ({ id, text })));
}

const DOUYIN_VIA: Record<DouyinVia, string> = {
  menu: '··· › 分享',
  quick_share: '··· › 分享好友 (quick_share)',
  screenshot: 'a screenshot (screenshot)',
  button: 'the share button (data-channel="video")',
};

/** Simulated Douyin: the user shares, then picks in Douyin's publisher. */
async function douyinTap(m: Extract<Mode, { kind: 'douyin' }>, via: DouyinVia, choose: 'friend' | 'cancel' | 'fail'): Promise<void> {
  m.picker = null;
  m.busy = true;
  render();
  await m.backend.tap(via, choose);
  m.busy = false;
  render();
}

function renderDouyin(m: Extract<Mode, { kind: 'douyin' }>): void {
  const data = m.backend.data();
  const pick = (via: DouyinVia) => {
    m.picker = via;
    render();
  };
  replace(
    phoneBar,
    h('span', { class: 'nav-title' }, `Article · Douyin ${m.backend.version}`),
    h('button', { class: 'capsule', testid: 'capsule', disabled: m.busy, attrs: { 'aria-label': 'The ··· menu: 分享' }, on: { click: () => pick('menu') } }, '···'),
  );
  if (!data) {
    replace(screen, h('p', { class: 'hint' }, 'No page.'));
    return;
  }
  const button = data.canShareButton
    ? h('button', { class: 'share', testid: 'share-button', disabled: m.busy, on: { click: () => pick('button') } }, 'Share this article')
    : noButton('Share from the ··· menu (分享): this base library has no share button.');
  replace(screen, articleView(data, button));
  const via = m.picker;
  replace(
    overlay,
    via &&
      h(
        'div',
        { class: 'picker', testid: 'picker', attrs: { role: 'dialog', 'aria-label': 'Douyin: share publisher' } },
        h('p', null, `Douyin's share publisher (from ${DOUYIN_VIA[via]})`),
        h('button', { testid: 'pick-friend', on: { click: () => void douyinTap(m, via, 'friend') } }, 'Share to a friend'),
        h('button', { testid: 'pick-cancel', on: { click: () => void douyinTap(m, via, 'cancel') } }, 'Back out'),
        h('button', { testid: 'pick-fail', on: { click: () => void douyinTap(m, via, 'fail') } }, 'The publisher fails to open'),
      ),
  );
  replace(
    userPanel,
    h('h2', { attrs: { id: 'user-h' } }, 'The user'),
    h(
      'p',
      { class: 'meta' },
      `Douyin ${m.backend.version}: the ··· menu ${m.backend.menuVisible() ? 'has 分享' : 'has no 分享'}. Douyin never reports whether the user shared: shares end unconfirmed, or failed when the publisher cannot open.`,
    ),
    h(
      'div',
      { class: 'actions' },
      ...(Object.keys(DOUYIN_VIA) as DouyinVia[]).map((v) =>
        h('button', { testid: `tap-${v}`, disabled: m.busy || (v === 'button' && !data.canShareButton), on: { click: () => pick(v) } }, `Share from ${DOUYIN_VIA[v]}`),
      ),
    ),
  );
  renderMatrix(data, `Douyin ${m.backend.version}`);
  renderLog(data.log, m.backend.userLog.map((text) => ({ text })));
}

function renderMatrix(data: ArticlePageData, where: string): void {
  replace(
    matrixPanel,
    h('h2', { attrs: { id: 'matrix-h' } }, `supports() on ${where}`),
    h(
      'table',
      null,
      h('thead', null, h('tr', null, h('th', null, 'capability'), h('th', null, 'answer'), h('th', null, 'so the page…'))),
      h(
        'tbody',
        null,
        ...data.matrix.map((row) =>
          h(
            'tr',
            { attrs: { 'data-capability': row.capability, 'data-available': String(row.available) } },
            h('td', null, h('code', null, row.capability)),
            h('td', { class: row.available ? 'yes' : 'no' }, row.available ? 'true' : 'false'),
            h('td', null, row.use),
          ),
        ),
      ),
    ),
  );
}

/** A scrolling log: focusable (tabindex 0), so that keyboard users can scroll it too. */
function logList(testid: string, label: string, items: HTMLElement[]): HTMLOListElement {
  return h('ol', { class: 'log', testid, attrs: { tabindex: '0', 'aria-label': label } }, ...items);
}

function renderLog(page: ArticlePageData['log'], user: readonly { text: string }[]): void {
  const pageLog = logList('page-log', 'The page: state machine and outcomes', page.map((e) => h('li', { class: `log-${e.kind}` }, e.text)));
  replace(
    logPanel,
    h('h2', { attrs: { id: 'log-h' } }, 'Live log'),
    user.length > 0 && h('h3', null, 'The platform and the user'),
    user.length > 0 && logList('user-log', 'The platform and the user', user.map((e) => h('li', null, e.text))),
    h('h3', null, 'The page: state machine and outcomes'),
    pageLog,
  );
  pageLog.scrollTop = pageLog.scrollHeight;
}

function render(): void {
  replace(banner, error);
  banner.hidden = error === null;
  phone.dataset.backend = mode?.kind ?? '';
  // For tests and assistive tech alike: is the page settled, and on which version?
  const ready =
    mode?.kind === 'web' ||
    (mode?.kind === 'wechat-h5' && mode.adapter.status === 'ready') ||
    (mode?.kind === 'baidu' && !mode.busy) ||
    (mode?.kind === 'douyin' && !mode.busy) ||
    (mode?.kind === 'wx' && mode.snapshot !== null && !mode.busy);
  phone.setAttribute('aria-busy', String(!ready));
  phone.dataset.version = mode?.kind === 'wx' ? (mode.snapshot?.version ?? '') : mode?.kind === 'douyin' ? mode.backend.version : '';
  if (mode?.kind === 'web') renderWeb(mode);
  else if (mode?.kind === 'wx') renderWx(mode);
  else if (mode?.kind === 'wechat-h5') renderWechatH5(mode);
  else if (mode?.kind === 'baidu') renderBaidu(mode);
  else if (mode?.kind === 'douyin') renderDouyin(mode);
}

// Keyboard: Esc closes the simulated chat picker, like WeChat's back gesture.
document.addEventListener('keydown', (event) => {
  if (event.key === 'Escape' && mode?.kind === 'wechat-h5' && mode.menuOpen) {
    mode.menuOpen = false;
    render();
  }
  if (event.key === 'Escape' && mode?.kind === 'baidu' && mode.picker) {
    event.preventDefault();
    void answerBaidu(mode, 'cancel');
  } else if (event.key === 'Escape' && mode?.kind === 'douyin' && mode.picker) {
    event.preventDefault();
    void douyinTap(mode, mode.picker, 'cancel');
  } else if (event.key === 'Escape' && picker) {
    event.preventDefault();
    void act({ type: 'tap', via: picker, choose: 'cancel' });
  }
});
window.addEventListener('pagehide', teardown);

void switchBackend(start.backend);
// The route a card opens, for the curious: the same on both targets.
document.title = `sharekit playground · ${articlePath(start.articleId)}`;
