// The simulated mini programs that run on the sample server (WeChat's and QQ's simulators are
// Node-only: they encrypt share info for real with node:crypto, and the session key stays on the
// server): the built mini program runs there at the chosen base library version; this page plays
// the user and renders the page data the mini program set with setData.
import type { BackendModule, PlaygroundUi } from '../backend';
import { h, replace } from '../dom';
import { articleView, navBar, noButton, type PanelChoice, renderEmpty, renderLog, renderMatrix, sharePanel, userHeading } from '../view';
import { type CardView, closeSession, openSession, type ServerPlatform, type SimAction, type SimSnapshot, sessionAction } from './server-client';

export type Via = 'menu' | 'button';
type Tap = Extract<SimAction, { type: 'tap' }>;

/** What differs between the platforms simulated on the server. */
export interface OnServerSpec {
  id: string;
  label: string;
  versions: readonly string[];
  platform: ServerPlatform;
  /** `WeChat`, `QQ`. */
  name: string;
  /** The capsule's label, the user panel's menu button. */
  menuLabel: string;
  tapMenuText: string;
  /** The platform's panel after a tap: its label, heading and choices (each a tap, or cancel). */
  panel(s: SimSnapshot, via: Via): { label: string; heading: string; choices: Array<{ testid: string; text: string; tap: Omit<Tap, 'type' | 'via'>; disabled?: boolean }> };
  /** What the user panel says about the menu and the button. */
  describe(s: SimSnapshot): string;
}

export function onServerBackend(spec: OnServerSpec): BackendModule {
  return {
    id: spec.id,
    label: spec.label,
    versions: spec.versions,
    start: ({ version = 'latest', changed }) => startOnServer(spec, version, changed),
  };
}

function startOnServer(spec: OnServerSpec, version: string, changed: () => void) {
  let snapshot: SimSnapshot | null = null;
  let busy = true;
  let error: string | null = null;
  let picker: Via | null = null;
  let disposed = false;

  void openSession(spec.platform, version).then(
    (opened) => {
      if (disposed) return closeSession(spec.platform, opened.id);
      snapshot = opened;
      busy = false;
      changed();
    },
    (e: unknown) => {
      if (disposed) return;
      error = `Could not start the simulated ${spec.name}: ${e instanceof Error ? e.message : String(e)}`;
      busy = false;
      changed();
    },
  );

  async function act(action: SimAction): Promise<void> {
    if (!snapshot || busy) return;
    picker = null;
    busy = true;
    changed();
    try {
      const next = await sessionAction(spec.platform, snapshot.id, action);
      if (disposed) return;
      snapshot = next;
      error = null;
    } catch (e) {
      if (disposed) return;
      error = e instanceof Error ? e.message : String(e);
    }
    busy = false;
    changed();
  }

  /** The user taps the menu or the share button: the platform's panel opens where it would. */
  function tap(via: Via): void {
    if (!snapshot) return;
    const opens = via === 'menu' ? snapshot.menu.visible : snapshot.shareButton;
    // Where the platform would not open it, the runtime says why (the tap goes through with no choice to make).
    if (!opens) void act({ type: 'tap', via, choose: 'cancel' });
    else {
      picker = via;
      changed();
    }
  }

  const cardButton = (card: CardView) =>
    h(
      'li',
      null,
      h('button', { testid: `open-card-${card.index}`, disabled: busy, on: { click: () => void act({ type: 'open-card', card: card.index }) } }, `Open the card in the ${card.label}`),
      card.withShareTicket ? ' (carries a share ticket)' : ' (no share ticket)',
    );

  function render(ui: PlaygroundUi): void {
    const s = snapshot;
    navBar(ui, s ? `Article · ${spec.name} ${s.version}` : `${spec.name} ${version}`, {
      label: spec.menuLabel,
      title: spec.menuLabel,
      disabled: !s || busy,
      open: () => tap('menu'),
    });
    if (!s?.page) {
      renderEmpty(ui, busy ? `Starting the simulated ${spec.name}…` : 'No page.');
      return;
    }
    const button = s.shareButton
      ? h('button', { class: 'share', testid: 'share-button', disabled: busy, on: { click: () => tap('button') } }, 'Share this article')
      : noButton('Share from the ··· menu: this base library has no share button.');
    replace(ui.screen, articleView(s.page, button));
    const via = picker;
    const panel = via && spec.panel(s, via);
    replace(
      ui.overlay,
      via &&
        panel &&
        sharePanel(panel.label, panel.heading, [
          ...panel.choices.map((c): PanelChoice => ({ testid: c.testid, text: c.text, disabled: c.disabled, pick: () => void act({ type: 'tap', via, ...c.tap }) })),
          { testid: 'pick-cancel', text: 'Cancel', pick: () => void act({ type: 'tap', via, choose: 'cancel' }) },
        ]),
    );
    replace(
      ui.userPanel,
      userHeading(),
      h('p', { class: 'meta' }, spec.describe(s)),
      h(
        'div',
        { class: 'actions' },
        h('button', { testid: 'tap-menu', disabled: busy, on: { click: () => tap('menu') } }, spec.tapMenuText),
        h('button', { testid: 'tap-button', disabled: busy || !s.shareButton, on: { click: () => tap('button') } }, 'Tap the share button'),
        h('button', { testid: 'restart', disabled: busy, on: { click: () => void act({ type: 'restart' }) } }, 'Restart the mini program'),
      ),
      h('h3', null, 'Cards shared so far'),
      s.cards.length ? h('ul', { class: 'cards' }, ...s.cards.map(cardButton)) : h('p', { class: 'hint' }, 'None yet: share to a chat, then open the card from there.'),
      s.errors.length > 0 && h('div', { class: 'card outcome-failed' }, `The mini program threw: ${s.errors.join('; ')}`),
    );
    renderMatrix(ui, s.page, `${spec.name} ${s.version}`);
    renderLog(ui, s.page.log, s.user);
  }

  return {
    get ready() {
      return snapshot !== null && !busy;
    },
    get version() {
      return snapshot?.version ?? '';
    },
    get error() {
      return error;
    },
    render,
    escape() {
      // Esc closes the panel, like the platform's back gesture: the share is cancelled.
      if (!picker) return false;
      void act({ type: 'tap', via: picker, choose: 'cancel' });
      return true;
    },
    dispose() {
      disposed = true;
      picker = null;
      if (snapshot) closeSession(spec.platform, snapshot.id);
    },
  };
}
