import type { MenuState, ShareEvent, ShareMenuName, ShareOutcome, ShareState } from './contract';
import { ShareError } from './errors';

const HIDDEN: MenuState = { visible: false, withShareTicket: false, menus: [] };

/** The state a controller starts in. */
export function initialState(menu: MenuState = HIDDEN): ShareState {
  return { session: { phase: 'idle' }, menu, launch: null, settled: null, nextId: 1, disposed: false };
}

function settle(state: ShareState, id: number, outcome: ShareOutcome): ShareState {
  return { ...state, session: { phase: 'idle' }, settled: { id, outcome } };
}

function failed(code: string, detail: string): ShareOutcome {
  return { status: 'failed', error: new ShareError(code, detail) };
}

const ORDER: ShareMenuName[] = ['shareAppMessage', 'shareTimeline'];

/**
 * WeChat's menu arithmetic: show adds menus, hide removes them (all without `menus`). The menu
 * shows while the app-message item is on: the timeline item needs it.
 */
function withMenus(menu: MenuState, menus: ShareMenuName[]): MenuState {
  const list = ORDER.filter((m) => menus.includes(m));
  return { ...menu, visible: list.includes('shareAppMessage'), menus: list };
}

/**
 * The share state machine, pure: every rule lives here, the controller only feeds it events.
 * Returns the same object when the event changes nothing (ignored or rejected without a trace).
 *
 * - A request while a session runs is settled at once as `failed` `busy` and the running session
 *   is left alone; except a user request (the platform asked for content) while a user session
 *   runs: the platform closed its previous panel, so that session settles `unconfirmed` first.
 * - A settle, composed or timeout for a session that is not the current one is ignored (late).
 * - Timeout: composing fails with `timeout`; presenting settles `unconfirmed`.
 * - Resume (the page shows again): a presenting session settles `unconfirmed`; a composing one
 *   goes on (nothing was handed to the platform yet).
 * - Menu events are applied only when the adapter confirmed the operation. Show adds menus and
 *   sets withShareTicket (default false, as WeChat resets it); hide removes them; the menu is
 *   visible while the app-message item is on.
 * - After dispose, requests settle `failed` `disposed` and everything else is ignored.
 */
export function transition(state: ShareState, event: ShareEvent): ShareState {
  const { session } = state;
  if (state.disposed) {
    if (event.type !== 'request') return state;
    return { ...state, nextId: state.nextId + 1, settled: { id: state.nextId, outcome: failed('disposed', 'the share controller was disposed') } };
  }
  switch (event.type) {
    case 'request': {
      const id = state.nextId;
      const composing = { phase: 'composing' as const, id, trigger: event.trigger, initiator: event.initiator };
      if (session.phase === 'idle') return { ...state, nextId: id + 1, session: composing };
      // Only a user session is superseded by a user request: the platform has one share panel.
      // A running app session is left alone, whoever asks.
      if (event.initiator === 'app' || session.initiator === 'app') {
        return {
          ...state,
          nextId: id + 1,
          settled: { id, outcome: failed('busy', `share session ${session.id} is still ${session.phase}; wait for its outcome`) },
        };
      }
      return { ...settle(state, session.id, { status: 'unconfirmed' }), nextId: id + 1, session: composing };
    }
    case 'composed':
      // Presenting already: the platform took defaults first and the real content arrived later.
      if (session.phase === 'idle' || session.id !== event.id) return state;
      return { ...state, session: { ...session, phase: 'presenting', content: event.content } };
    case 'settle':
      if (session.phase === 'idle' || session.id !== event.id) return state;
      return settle(state, session.id, event.outcome);
    case 'timeout':
      if (session.phase === 'idle' || session.id !== event.id) return state;
      return settle(
        state,
        session.id,
        session.phase === 'composing'
          ? failed('timeout', 'the content provider did not resolve in time')
          : { status: 'unconfirmed' },
      );
    case 'resume':
      // Only what was handed to the platform can have come back unconfirmed: a composing
      // session (its provider still running) goes on.
      if (session.phase !== 'presenting') return state;
      return settle(state, session.id, event.channel === undefined ? { status: 'unconfirmed' } : { status: 'unconfirmed', channel: event.channel });
    case 'menu': {
      const { menu } = state;
      if (event.op === 'sync') return { ...state, menu: { ...event.menu, menus: [...event.menu.menus] } };
      if (event.op === 'show') {
        const shown = withMenus(menu, [...menu.menus, ...(event.options.menus ?? ['shareAppMessage'])]);
        return { ...state, menu: { ...shown, withShareTicket: event.options.withShareTicket ?? false } };
      }
      if (event.op === 'hide') {
        const hide = event.options.menus;
        return { ...state, menu: withMenus(menu, hide ? menu.menus.filter((m) => !hide.includes(m)) : []) };
      }
      if (event.options.withShareTicket === undefined || event.options.withShareTicket === menu.withShareTicket) return state;
      return { ...state, menu: { ...menu, withShareTicket: event.options.withShareTicket } };
    }
    case 'launch':
      return { ...state, launch: { ...event.context } };
    case 'destroy':
      return state.launch === null ? state : { ...state, launch: null };
    case 'warning':
      return state;
    case 'dispose': {
      const next = { ...state, disposed: true };
      return session.phase === 'idle' ? next : settle(next, session.id, failed('disposed', 'the share controller was disposed during the share'));
    }
    default:
      return state; // an unknown event changes nothing
  }
}
