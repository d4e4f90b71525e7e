// "Simulated WeChat": the built mini program (dist/miniprogram) runs on the sample server in
// @sharekit/mock/wx's runtime at the chosen base library version (it is Node-only: real AES with
// node:crypto, and the session key stays on the server); this page plays the user and renders the
// page data the mini program set with setData.
import type { BackendModule, PlaygroundUi } from '../backend';
import { h, replace } from '../dom';
import { articleView, navBar, noButton, renderEmpty, renderLog, renderMatrix, sharePanel, userHeading } from '../view';
import { type CardView, closeWxSession, openWxSession, type WxAction, type WxSnapshot, wxAction } from './wx-client';

/** The base library versions the playground simulates; `latest` is the simulator's newest. */
export const wxVersions = ['1.0.0', '1.1.0', '1.2.0', '1.2.4', '1.5.0', '2.3.0', '2.12.0', 'latest'] as const;

type Via = 'menu' | 'button';

export const wxBackend: BackendModule = {
  id: 'wx',
  label: 'Simulated WeChat (@sharekit/wx)',
  versions: wxVersions,
  start({ version = 'latest', changed }) {
    let snapshot: WxSnapshot | null = null;
    let busy = true;
    let error: string | null = null;
    let picker: Via | null = null;
    let disposed = false;

    void openWxSession(version).then(
      (opened) => {
        if (disposed) return closeWxSession(opened.id);
        snapshot = opened;
        busy = false;
        changed();
      },
      (e: unknown) => {
        if (disposed) return;
        error = `Could not start the simulated WeChat: ${e instanceof Error ? e.message : String(e)}`;
        busy = false;
        changed();
      },
    );

    async function act(action: WxAction): Promise<void> {
      if (!snapshot || busy) return;
      picker = null;
      busy = true;
      changed();
      try {
        const next = await wxAction(snapshot.id, action);
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

    /** The user taps the menu or the share button: WeChat's chat picker opens where WeChat would. */
    function tap(via: Via): void {
      if (!snapshot) return;
      const opens = via === 'menu' ? snapshot.menu.visible : snapshot.shareButton;
      // Where WeChat would not open it, the runtime says why (the tap goes through with no choice to make).
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
      navBar(ui, s ? `Article · WeChat ${s.version}` : `WeChat ${version}`, {
        label: 'The ··· menu: send to chat',
        title: 'The ··· menu: send to chat',
        disabled: !s || busy,
        open: () => tap('menu'),
      });
      if (!s?.page) {
        renderEmpty(ui, busy ? 'Starting the simulated WeChat…' : 'No page.');
        return;
      }
      const button = s.shareButton
        ? h('button', { class: 'share', testid: 'share-button', disabled: busy, on: { click: () => tap('button') } }, 'Share this article')
        : noButton('Share from the ··· menu: this base library has no share button.');
      replace(ui.screen, articleView(s.page, button));
      const via = picker;
      const choose = (testid: string, text: string, chat: 'group' | 'single' | 'cancel') => ({
        testid,
        text,
        pick: () => via && void act({ type: 'tap', via, choose: chat }),
      });
      replace(
        ui.overlay,
        via &&
          sharePanel('WeChat: send to chat', `Send to chat (from the ${via === 'menu' ? '··· menu' : 'share button'})`, [
            choose('pick-group', 'A group chat', 'group'),
            choose('pick-single', 'A one-to-one chat', 'single'),
            choose('pick-cancel', 'Cancel', 'cancel'),
          ]),
      );
      replace(
        ui.userPanel,
        userHeading(),
        h(
          'p',
          { class: 'meta' },
          `WeChat ${s.version}: the ··· menu ${s.menu.visible ? `has “Send to chat”${s.menu.withShareTicket ? ', with share tickets' : ''}` : 'has no “Send to chat”'}; the share button ${s.shareButton ? 'renders' : 'does not render'}.`,
        ),
        h(
          'div',
          { class: 'actions' },
          h('button', { testid: 'tap-menu', disabled: busy, on: { click: () => tap('menu') } }, 'Tap ··· › Send to chat'),
          h('button', { testid: 'tap-button', disabled: busy || !s.shareButton, on: { click: () => tap('button') } }, 'Tap the share button'),
          h('button', { testid: 'restart', disabled: busy, on: { click: () => void act({ type: 'restart' }) } }, 'Restart the mini program'),
        ),
        h('h3', null, 'Cards shared so far'),
        s.cards.length ? h('ul', { class: 'cards' }, ...s.cards.map(cardButton)) : h('p', { class: 'hint' }, 'None yet: share to a chat, then open the card from there.'),
        s.errors.length > 0 && h('div', { class: 'card outcome-failed' }, `The mini program threw: ${s.errors.join('; ')}`),
      );
      renderMatrix(ui, s.page, `WeChat ${s.version}`);
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
        // Esc closes the chat picker, like WeChat's back gesture: the share is cancelled.
        if (!picker) return false;
        void act({ type: 'tap', via: picker, choose: 'cancel' });
        return true;
      },
      dispose() {
        disposed = true;
        picker = null;
        if (snapshot) closeWxSession(snapshot.id);
      },
    };
  },
};
