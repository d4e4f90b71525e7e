// The parts of the playground every backend renders the same way: the article page, the supports()
// matrix, the live log, the platform's share panel and the user panel's heading.
import type { ArticlePageData } from '../shared';
import type { PlaygroundUi } from './backend';
import { type Child, h, replace } from './dom';

export function articleView(data: ArticlePageData, shareButton: Child): HTMLElement {
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

/** Where the page renders no share button: why. */
export function noButton(text: string): HTMLElement {
  return h('p', { class: 'hint', testid: 'no-share-button' }, text);
}

export const userHeading = () => h('h2', { attrs: { id: 'user-h' } }, 'The user');

/** The phone's bar of a simulated mini program: the page's title and the platform's ··· capsule. */
export function navBar(ui: PlaygroundUi, title: string, capsule: { label: string; title?: string; disabled?: boolean; open(): void }): void {
  replace(
    ui.phoneBar,
    h('span', { class: 'nav-title' }, title),
    h(
      'button',
      {
        class: 'capsule',
        testid: 'capsule',
        disabled: capsule.disabled,
        attrs: { 'aria-label': capsule.label, title: capsule.title },
        on: { click: capsule.open },
      },
      '···',
    ),
  );
}

export interface PanelChoice {
  testid: string;
  text: string;
  pick(): void;
  disabled?: boolean;
}

/** The platform's share panel (or chat picker) over the phone: a dialog of choices. */
export function sharePanel(label: string, heading: string, choices: readonly PanelChoice[]): HTMLElement {
  return h(
    'div',
    { class: 'picker', testid: 'picker', attrs: { role: 'dialog', 'aria-label': label } },
    h('p', null, heading),
    ...choices.map((c) => h('button', { testid: c.testid, disabled: c.disabled, on: { click: c.pick } }, c.text)),
  );
}

export function renderMatrix(ui: PlaygroundUi, data: ArticlePageData, where: string): void {
  replace(
    ui.matrixPanel,
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

/** The page's log (state machine and outcomes) and, where there is one, the platform's and the user's. */
export function renderLog(ui: PlaygroundUi, page: ArticlePageData['log'], user: readonly { text: string }[]): void {
  const pageLog = logList('page-log', 'The page: state machine and outcomes', page.map((e) => h('li', { class: `log-${e.kind}` }, e.text)));
  replace(
    ui.logPanel,
    h('h2', { attrs: { id: 'log-h' } }, 'Live log'),
    user.length > 0 && h('h3', null, 'The platform and the user'),
    user.length > 0 && logList('user-log', 'The platform and the user', user.map((e) => h('li', null, e.text))),
    h('h3', null, 'The page: state machine and outcomes'),
    pageLog,
  );
  pageLog.scrollTop = pageLog.scrollHeight;
}

/** Empties every panel but the bar (a backend with no page yet). */
export function renderEmpty(ui: PlaygroundUi, hint: string): void {
  replace(ui.screen, h('p', { class: 'hint' }, hint));
  replace(ui.overlay);
  replace(ui.userPanel, userHeading());
  replace(ui.matrixPanel);
  replace(ui.logPanel);
}
