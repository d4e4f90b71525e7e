import {
  createShareController,
  isShareError,
  type LaunchContext,
  type MenuState,
  type ShareController,
  type ShareMenuName,
  type ShareState,
} from '@sharekit/core';
import fc from 'fast-check';
import type { AdapterCapabilities, AdapterHarness, ScriptedResult } from './types';

/** What the model predicts: the parts of the controller's state an app can observe. */
interface Model {
  menu: MenuState;
  launch: LaunchContext | null;
  disposed: boolean;
  requests: number;
}

interface Real {
  harness: AdapterHarness;
  controller: ShareController;
  /** Every settlement seen, by request id: must never exceed one. */
  settlements: Map<number, number>;
  listenerCallsAfterDispose: number;
}

type Command = fc.AsyncCommand<Model, Real>;

async function settled(real: Real, id: number, wait: number): Promise<ShareState['settled']> {
  const deadline = Date.now() + wait;
  for (;;) {
    const s = real.controller.getState().settled;
    if (s?.id === id) return s;
    if (real.settlements.has(id)) return s;
    if (Date.now() > deadline) throw new Error(`request ${id} did not settle within ${wait} ms`);
    await new Promise((r) => setTimeout(r, 2));
  }
}

function checkInvariants(model: Model, real: Real): void {
  const state = real.controller.getState();
  if (JSON.stringify(state.menu) !== JSON.stringify(model.menu)) {
    throw new Error(`menu ${JSON.stringify(state.menu)} but the platform last confirmed ${JSON.stringify(model.menu)}`);
  }
  // The platform may add to a launch context (WeChat adds the page's path and query): what the
  // model knows must be there, unchanged.
  const launch = state.launch as Record<string, unknown> | null;
  const known = Object.entries(model.launch ?? {});
  if ((model.launch === null) !== (launch === null) || known.some(([k, v]) => launch?.[k] !== v)) {
    throw new Error(`launch ${JSON.stringify(state.launch)}, expected ${JSON.stringify(model.launch)}`);
  }
  for (const [id, count] of real.settlements) if (count > 1) throw new Error(`request ${id} settled ${count} times`);
  if (real.listenerCallsAfterDispose > 0) throw new Error('a listener was called after dispose');
  if (state.nextId !== model.requests + 1) throw new Error(`nextId ${state.nextId} after ${model.requests} requests`);
}

/** The menu rules, restated independently of core's machine: the model must not copy the code. */
function predictMenu(menu: MenuState, o: { op: 'show' | 'hide' | 'update'; withShareTicket?: boolean; menus?: ShareMenuName[] }): MenuState {
  if (o.op === 'update') return o.withShareTicket === undefined ? menu : { ...menu, withShareTicket: o.withShareTicket };
  const on = new Set(menu.menus);
  if (o.op === 'show') for (const m of o.menus ?? ['shareAppMessage']) on.add(m);
  else if (o.menus) for (const m of o.menus) on.delete(m);
  else on.clear();
  const menus = (['shareAppMessage', 'shareTimeline'] as const).filter((m) => on.has(m));
  return {
    visible: on.has('shareAppMessage'),
    withShareTicket: o.op === 'show' ? (o.withShareTicket ?? false) : menu.withShareTicket,
    menus,
  };
}

const MENUS: ShareMenuName[][] = [['shareAppMessage'], ['shareAppMessage', 'shareTimeline'], ['shareTimeline']];

/** The commands an app and its user can issue, with what the model predicts for each. */
function commands(caps: AdapterCapabilities, wait: number): fc.Arbitrary<Command>[] {
  const result = fc.constantFrom(...caps.outcomes);
  const share = (from: 'api' | 'menu' | 'button', expected: ScriptedResult): Command => ({
    // A user can only tap a menu item that shows, and a button the page can render.
    check: (m) =>
      !m.disposed &&
      (from === 'api' ? caps.appInitiated : caps.userInitiated) &&
      (from !== 'menu' || m.menu.visible) &&
      (from !== 'button' || caps.button !== false),
    async run(m, r) {
      const id = m.requests + 1;
      m.requests++;
      r.harness.next(expected);
      if (from === 'api') {
        const outcome = await r.controller.share();
        if (outcome.status !== expected) throw new Error(`share() ended ${outcome.status}, scripted ${expected}`);
      } else {
        await r.harness.tap!(from);
        const s = await settled(r, id, wait);
        if (s?.outcome.status !== expected) throw new Error(`tap(${from}) ended ${s?.outcome.status}, scripted ${expected}`);
      }
      if (r.controller.getState().session.phase !== 'idle') throw new Error('session still running after it settled');
      checkInvariants(m, r);
    },
    toString: () => `${from === 'api' ? 'share()' : `tap(${from})`} -> ${expected}`,
  });

  const busy: Command = {
    check: (m) => !m.disposed && caps.appInitiated,
    async run(m, r) {
      m.requests += 2;
      r.harness.next(caps.outcomes[0]!);
      const first = r.controller.share();
      const second = await r.controller.share();
      if (second.status !== 'failed' || !isShareError(second.error, 'busy')) throw new Error(`second share was ${second.status}, not busy`);
      if ((await first).status !== caps.outcomes[0]) throw new Error('the busy request disturbed the running share');
      checkInvariants(m, r);
    },
    toString: () => 'share() twice -> busy',
  };

  const menu = fc.record({
    op: fc.constantFrom('show' as const, 'hide' as const, 'update' as const),
    withShareTicket: fc.option(fc.boolean(), { nil: undefined, freq: 2 }),
    menus: fc.option(fc.constantFrom(...MENUS), { nil: undefined, freq: 2 }),
  });
  const menuCommand = (o: { op: 'show' | 'hide' | 'update'; withShareTicket?: boolean; menus?: ShareMenuName[] }): Command => ({
    check: (m) => !m.disposed,
    async run(m, r) {
      const options = { ...(o.withShareTicket !== undefined && { withShareTicket: o.withShareTicket }), ...(o.menus && { menus: o.menus }) };
      let ok = true;
      try {
        if (o.op === 'show') await r.controller.showMenu(options);
        else if (o.op === 'hide') await r.controller.hideMenu(o.menus ? { menus: o.menus } : {});
        else await r.controller.updateMenu(options);
      } catch (error) {
        if (!isShareError(error)) throw new Error(`menu ${o.op} threw a non-ShareError: ${String(error)}`);
        ok = false;
      }
      // canIUse says what works: an operation it allows must succeed, and one it denies must fail
      // (with `unsupported`). `withShareTicket: false` asks for nothing, as on WeChat.
      const api = { show: 'showShareMenu', hide: 'hideShareMenu', update: 'updateShareMenu' }[o.op];
      const asked = [...(o.op !== 'hide' && o.withShareTicket ? ['withShareTicket'] : []), ...(o.op !== 'update' && o.menus ? ['menus'] : [])];
      const allowed = (o.op === 'update' ? caps.updateMenu : caps.menu) && asked.every((k) => r.controller.canIUse(`${api}.object.${k}`));
      if (allowed !== ok) {
        throw new Error(`${o.op}Menu(${JSON.stringify(options)}) ${ok ? 'worked' : 'failed'} but canIUse says it ${allowed ? 'works' : 'does not'}`);
      }
      if (ok) m.menu = predictMenu(m.menu, o); // the adapter confirmed: the model applies the op

      checkInvariants(m, r);
    },
    toString: () => `${o.op}Menu(${JSON.stringify(o)})`,
  });

  const launch = (withTicket: boolean): Command => ({
    check: (m) => !m.disposed && (!withTicket || caps.shareInfo),
    async run(m, r) {
      if (!r.harness.launch) return; // a platform without launch contexts (the web)
      const context: LaunchContext = withTicket ? { scene: 1044, shareTicket: await r.harness.validTicket!() } : { scene: 1001 };
      await r.harness.launch!(context);
      m.launch = context;
      if (withTicket) {
        const info = await r.controller.getShareInfo();
        if (typeof info.encryptedData !== 'string' || typeof info.iv !== 'string') throw new Error('share info without data');
      } else {
        await r.controller.getShareInfo().then(
          () => {
            throw new Error('share info without a ticket');
          },
          (e) => {
            if (!isShareError(e, 'no-ticket')) throw e;
          },
        );
      }
      checkInvariants(m, r);
    },
    toString: () => `launch(${withTicket ? 'with ticket' : 'no ticket'})`,
  });

  const dispose: Command = {
    check: (m) => !m.disposed,
    async run(m, r) {
      r.controller.dispose();
      m.disposed = true;
      m.requests++;
      const outcome = await r.controller.share();
      if (outcome.status !== 'failed' || outcome.error.code !== 'disposed') throw new Error('share after dispose was not disposed');
      checkInvariants(m, r);
    },
    toString: () => 'dispose()',
  };

  return [
    result.map((x) => share('api', x)),
    result.map((x) => share('menu', x)),
    result.map((x) => share('button', x)),
    fc.constant(busy),
    menu.map(menuCommand),
    fc.constant(launch(false)),
    fc.constant(launch(true)),
    fc.constant(dispose),
  ];
}

/**
 * Random sequences of app and user actions against one adapter, checking after every step that
 * the controller's state equals what the model predicts and that the design's invariants hold.
 */
export async function runModel(
  create: () => AdapterHarness | Promise<AdapterHarness>,
  caps: AdapterCapabilities,
  options: { runs: number; wait: number; seed?: number },
): Promise<void> {
  await fc.assert(
    fc.asyncProperty(fc.commands(commands(caps, options.wait), { maxCommands: 12 }), async (cmds) => {
      const harness = await create();
      const controller = createShareController({ adapter: harness.adapter, content: { title: 'model', path: '/pages/model/index' }, presentTimeout: options.wait / 2 });
      const real: Real = { harness, controller, settlements: new Map(), listenerCallsAfterDispose: 0 };
      let disposed = false;
      let last: ShareState['settled'] = null;
      controller.subscribe((state, event) => {
        if (disposed) real.listenerCallsAfterDispose++;
        if (event.type === 'dispose') disposed = true;
        if (state.settled && state.settled !== last) real.settlements.set(state.settled.id, (real.settlements.get(state.settled.id) ?? 0) + 1);
        last = state.settled;
      });
      const initial = controller.getState();
      const model: Model = { menu: initial.menu, launch: initial.launch, disposed: false, requests: 0 };
      try {
        await fc.asyncModelRun(() => ({ model, real }), cmds);
      } finally {
        controller.dispose();
        await harness.cleanup?.();
      }
    }),
    { numRuns: options.runs, ...(options.seed !== undefined && { seed: options.seed }) },
  );
}
