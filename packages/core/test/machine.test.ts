import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ShareEvent, ShareOutcome, ShareState } from '../src';
import { ShareError } from '../src';
import { initialState, transition } from '../src/adapter';

const trigger = { from: 'api' as const };
const content = { title: 't' };

// Each state the session can be in; ids are 1 for the running session, nextId 2.
const base = initialState();
const states: Record<string, ShareState> = {
  idle: base,
  'composing(app)': { ...base, nextId: 2, session: { phase: 'composing', id: 1, trigger, initiator: 'app' } },
  'composing(user)': { ...base, nextId: 2, session: { phase: 'composing', id: 1, trigger, initiator: 'user' } },
  'presenting(app)': { ...base, nextId: 2, session: { phase: 'presenting', id: 1, trigger, initiator: 'app', content } },
  'presenting(user)': { ...base, nextId: 2, session: { phase: 'presenting', id: 1, trigger, initiator: 'user', content } },
  disposed: { ...base, disposed: true },
};

const shared: ShareOutcome = { status: 'shared' };
const ticketsMenu = { visible: true, items: ['shareAppMessage'], tickets: true };
const events: Record<string, ShareEvent> = {
  'request(app)': { type: 'request', trigger, initiator: 'app' },
  'request(user)': { type: 'request', trigger: { from: 'menu' }, initiator: 'user' },
  'request(user, supersede)': { type: 'request', trigger: { from: 'menu' }, initiator: 'user', supersede: true },
  'request(user, join)': { type: 'request', trigger: { from: 'api' }, initiator: 'user', join: true },
  'composed(1)': { type: 'composed', id: 1, content },
  'composed(9)': { type: 'composed', id: 9, content },
  'settle(1)': { type: 'settle', id: 1, outcome: shared },
  'settle(9)': { type: 'settle', id: 9, outcome: shared },
  'timeout(1)': { type: 'timeout', id: 1 },
  'timeout(9)': { type: 'timeout', id: 9 },
  resume: { type: 'resume' },
  'menu show': { type: 'menu', op: 'show', menu: ticketsMenu },
  'menu page': { type: 'menu', op: 'page', menu: { visible: false, items: [], tickets: false } },
  preset: { type: 'preset', content },
  launch: { type: 'launch', context: { scene: 1044, shareTicket: 'T' } },
  destroy: { type: 'destroy' },
  warning: { type: 'warning', error: new ShareError('unsupported', 'x') },
  dispose: { type: 'dispose' },
};

/**
 * Expected result per state x event. `phase`: the session phase after; `settles`: [id, status or
 * error code] when the event settles a request; `same`: the state object is returned unchanged.
 * Menu, launch, destroy and warning do not touch sessions: checked separately below.
 */
type Expect = { phase: string; settles?: [number, string]; same?: boolean };
const running = (phase: string, initiator: 'app' | 'user'): Record<string, Expect> => ({
  'request(app)': { phase, settles: [2, 'busy'] },
  // Busy unless the adapter declares otherwise for the request.
  'request(user)': { phase, settles: [2, 'busy'] },
  // One share panel: a new pull ends the running user session.
  'request(user, supersede)': initiator === 'user' ? { phase: 'composing', settles: [1, 'unconfirmed'] } : { phase, settles: [2, 'busy'] },
  // An app-started panel pulling its content joins the app session it belongs to (nothing changes).
  'request(user, join)':
    initiator === 'app' && phase === 'presenting' ? { phase, same: true } : { phase, settles: [2, 'busy'] },
  'composed(1)': { phase: 'presenting' },
  'composed(9)': { phase, same: true },
  'settle(1)': { phase: 'idle', settles: [1, 'shared'] },
  'settle(9)': { phase, same: true },
  'timeout(1)': { phase: 'idle', settles: [1, phase === 'composing' ? 'timeout' : 'unconfirmed'] },
  'timeout(9)': { phase, same: true },
  // Only a presenting session was handed to the platform.
  resume: phase === 'presenting' ? { phase: 'idle', settles: [1, 'unconfirmed'] } : { phase, same: true },
  dispose: { phase: 'idle', settles: [1, 'disposed'] },
});
const idleish = (disposed: boolean): Record<string, Expect> => ({
  'request(app)': disposed ? { phase: 'idle', settles: [1, 'disposed'] } : { phase: 'composing' },
  'request(user)': disposed ? { phase: 'idle', settles: [1, 'disposed'] } : { phase: 'composing' },
  'request(user, supersede)': disposed ? { phase: 'idle', settles: [1, 'disposed'] } : { phase: 'composing' },
  'request(user, join)': disposed ? { phase: 'idle', settles: [1, 'disposed'] } : { phase: 'composing' },
  'composed(1)': { phase: 'idle', same: true },
  'composed(9)': { phase: 'idle', same: true },
  'settle(1)': { phase: 'idle', same: true },
  'settle(9)': { phase: 'idle', same: true },
  'timeout(1)': { phase: 'idle', same: true },
  'timeout(9)': { phase: 'idle', same: true },
  resume: { phase: 'idle', same: true },
  dispose: disposed ? { phase: 'idle', same: true } : { phase: 'idle' },
});
const table: Record<string, Record<string, Expect>> = {
  idle: idleish(false),
  'composing(app)': running('composing', 'app'),
  'composing(user)': running('composing', 'user'),
  'presenting(app)': running('presenting', 'app'),
  'presenting(user)': running('presenting', 'user'),
  disposed: idleish(true),
};

const codeOf = (o: ShareOutcome) => (o.status === 'failed' ? o.error.code : o.status);

describe('transition: every session state x session event', () => {
  const cases = Object.entries(table).flatMap(([s, row]) => Object.entries(row).map(([e, want]) => [s, e, want] as const));
  it.each(cases)('%s + %s', (s, e, want) => {
    const before = states[s]!;
    const after = transition(before, events[e]!);
    expect(after.session.phase).toBe(want.phase);
    if (want.same) expect(after).toBe(before);
    if (want.settles) {
      expect(after.settled?.id).toBe(want.settles[0]);
      expect(codeOf(after.settled!.outcome)).toBe(want.settles[1]);
    } else {
      expect(after.settled).toBe(before.settled);
    }
    // A busy request never disturbs the running session.
    if (want.settles?.[1] === 'busy') expect(after.session).toBe(before.session);
    if (e === 'dispose') expect(after.disposed).toBe(true);
  });
});

describe('transition: menu, preset, launch, warning in every state', () => {
  for (const [name, state] of Object.entries(states)) {
    it(`${name}: ${state.disposed ? 'ignored after dispose' : 'applied without touching the session'}`, () => {
      const shown = transition(state, events['menu show']!);
      const preset = transition(state, events.preset!);
      const launched = transition(state, events.launch!);
      expect(transition(state, events.warning!)).toBe(state);
      if (state.disposed) {
        expect(shown).toBe(state);
        expect(preset).toBe(state);
        expect(launched).toBe(state);
        return;
      }
      expect(shown.menu).toEqual(ticketsMenu);
      expect(shown.session).toBe(state.session);
      expect(transition(shown, events['menu page']!).menu).toEqual({ visible: false, items: [], tickets: false });
      expect(preset.preset).toEqual(content);
      expect(preset.session).toBe(state.session);
      expect(launched.launch).toEqual({ scene: 1044, shareTicket: 'T' });
      expect(transition(launched, events.destroy!).launch).toBeNull();
      expect(transition(state, events.destroy!)).toBe(state);
    });
  }
});

describe('transition: menus', () => {
  it('the state takes the confirmed menu as it is, copied', () => {
    const items = ['shareAppMessage'];
    const menu = { visible: true, items, tickets: false };
    const next = transition(base, { type: 'menu', op: 'update', menu });
    items.push('shareTimeline');
    expect(next.menu).toEqual({ visible: true, items: ['shareAppMessage'], tickets: false });
  });
  it('starts hidden, or with the menu the adapter gives', () => {
    expect(initialState().menu).toEqual({ visible: false, items: [], tickets: false });
    expect(initialState(ticketsMenu).menu).toEqual(ticketsMenu);
  });
});

describe('transition: invariants under random event sequences', () => {
  const event = fc.oneof(
    fc.constantFrom(...Object.values(events)),
    fc.record({ type: fc.constant('settle' as const), id: fc.integer({ min: 0, max: 8 }), outcome: fc.constant(shared) }),
    fc.record({ type: fc.constant('timeout' as const), id: fc.integer({ min: 0, max: 8 }) }),
    fc.record({ type: fc.constant('composed' as const), id: fc.integer({ min: 0, max: 8 }), content: fc.constant(content) }),
  );
  it('every request settles exactly once and at most one session runs', () => {
    fc.assert(
      fc.property(fc.array(event, { maxLength: 60 }), (seq) => {
        let state = initialState();
        const settledIds: number[] = [];
        let requests = 0;
        for (const e of seq) {
          const prev = state;
          state = transition(state, e as ShareEvent);
          // A joining pull is the running session itself: not a request of its own.
          if (e.type === 'request' && state !== prev) requests++;
          if (e.type === 'request' && state === prev) expect(e.join).toBe(true);
          if (state.settled !== prev.settled) settledIds.push(state.settled!.id);
          // One session at most, and its id was handed out.
          if (state.session.phase !== 'idle') expect(state.session.id).toBeLessThan(state.nextId);
        }
        expect(new Set(settledIds).size).toBe(settledIds.length);
        const running = state.session.phase === 'idle' ? 0 : 1;
        expect(settledIds.length + running).toBe(requests);
        expect(state.nextId).toBe(requests + 1);
      }),
      { numRuns: 500 },
    );
  });
});
