import type { MenuState } from './contract/menu';
import type { ShareOutcome } from './contract/outcome';
import type { ShareEvent, ShareState } from './contract/state';
import { ShareError } from './errors';
import { fieldsOf } from './fields';
import { DEV } from './dev';

/** The state a controller starts in, with the current page's menu (default: hidden). */
export function initialState(menu?: MenuState): ShareState {
  return { session: { phase: 'idle' }, menu: menuState(menu), launch: null, settled: null, preset: null, nextId: 1, disposed: false };
}

/**
 * A menu as an adapter confirmed it, well-typed (anything missing or malformed is hidden, no
 * items, no tickets), and a copy: the state must not change when an adapter mutates what it confirmed.
 */
export function menuState(menu: unknown): MenuState {
  const m = fieldsOf(menu);
  const items = Array.isArray(m.items) ? m.items.filter((i): i is string => typeof i === 'string') : [];
  return { visible: m.visible === true, items, tickets: m.tickets === true };
}

function settle(state: ShareState, id: number, outcome: ShareOutcome): ShareState {
  return { ...state, session: { phase: 'idle' }, settled: { id, outcome } };
}

const failed = (code: string, detail: string | false): ShareOutcome => ({ status: 'failed', error: new ShareError(code, detail) });

/**
 * The share state machine, pure: every rule lives here, the controller only feeds it events.
 * Returns the same object when the event changes nothing (ignored, or a pull that joins).
 *
 * - A request while a session runs is settled at once as `failed` `busy` and the running session
 *   is left alone, except what the adapter declares on the request: `supersede` (a user request
 *   ends a running user session `unconfirmed` first: the platform has one share panel) and
 *   `join` (a user request while an app session presents is that session's panel pulling its
 *   content: nothing changes, the request is the running session).
 * - A settle, composed or timeout for a session that is not the current one is ignored (late).
 * - Timeout: composing fails with `timeout`; presenting settles `unconfirmed`.
 * - Resume (the page shows again): a presenting session settles `unconfirmed`; a composing one
 *   goes on (nothing was handed to the platform yet).
 * - Menu events carry what the adapter confirmed for the current page; the state takes it as is.
 * - Preset events record what a preset platform holds.
 * - After dispose, requests settle `failed` `disposed` and everything else is ignored.
 */
export function transition(state: ShareState, event: ShareEvent): ShareState {
  const { session } = state;
  if (state.disposed) {
    if (event.type !== 'request') return state;
    return { ...state, nextId: state.nextId + 1, settled: { id: state.nextId, outcome: failed('disposed', DEV && 'the share controller was disposed') } };
  }
  switch (event.type) {
    case 'request': {
      const id = state.nextId;
      const composing = { phase: 'composing' as const, id, trigger: event.trigger, initiator: event.initiator };
      if (session.phase === 'idle') return { ...state, nextId: id + 1, session: composing };
      if (event.initiator === 'user' && session.initiator === 'app' && event.join && session.phase === 'presenting') return state;
      if (event.initiator === 'user' && session.initiator === 'user' && event.supersede) {
        return { ...settle(state, session.id, { status: 'unconfirmed' }), nextId: id + 1, session: composing };
      }
      return {
        ...state,
        nextId: id + 1,
        settled: { id, outcome: failed('busy', DEV && `share session ${session.id} is still ${session.phase}; wait for its outcome`) },
      };
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
        session.phase === 'composing' ? failed('timeout', DEV && 'the content provider did not resolve in time') : { status: 'unconfirmed' },
      );
    case 'resume':
      // Only what was handed to the platform can have come back unconfirmed.
      if (session.phase !== 'presenting') return state;
      return settle(state, session.id, event.channel === undefined ? { status: 'unconfirmed' } : { status: 'unconfirmed', channel: event.channel });
    case 'menu':
      return { ...state, menu: menuState(event.menu) };
    case 'preset':
      return { ...state, preset: event.content };
    case 'launch':
      return { ...state, launch: { ...event.context } };
    case 'destroy':
      return state.launch === null ? state : { ...state, launch: null };
    case 'warning':
      return state;
    case 'dispose': {
      const next = { ...state, disposed: true };
      return session.phase === 'idle' ? next : settle(next, session.id, failed('disposed', DEV && 'the share controller was disposed during the share'));
    }
    default:
      return state; // an unknown event changes nothing
  }
}
