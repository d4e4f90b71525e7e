import { createShareController, isShareError, type LaunchContext, type MenuState, type ShareController, type ShareState } from '@sharekit/core';
import fc from 'fast-check';
import { expectNoPlatformErrors } from './platform-errors';
import { expected, traitsOf } from './traits';
import type { AdapterHarness, MenuCall, ScriptedResult, Traits } from './types';

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

const DEFAULT_MENU_CALLS: readonly MenuCall[] = [
  { op: 'show', options: {} },
  { op: 'hide', options: {} },
];

/** The commands an app and its user can issue, with what the model predicts for each. */
function commands(caps: Traits & { pull: boolean }, menuCalls: readonly MenuCall[], wait: number): fc.Arbitrary<Command>[] {
  const result = fc.constantFrom(...caps.outcomes);
  const share = (from: 'api' | 'menu' | 'button', scripted: ScriptedResult): Command => ({
    // A user can only tap a menu item that shows, and a button the page can render.
    check: (m) =>
      !m.disposed &&
      (from === 'api' ? caps.app : caps.user) &&
      (from !== 'menu' || m.menu.visible) &&
      (from !== 'button' || caps.button),
    async run(m, r) {
      const id = m.requests + 1;
      m.requests++;
      r.harness.next(scripted);
      if (from === 'api') {
        const outcome = await r.controller.share();
        if (outcome.status !== expected(caps, scripted)) throw new Error(`share() ended ${outcome.status}, scripted ${scripted}`);
      } else {
        await r.harness.tap!(from);
        const s = await settled(r, id, wait);
        if (s?.outcome.status !== expected(caps, scripted)) throw new Error(`tap(${from}) ended ${s?.outcome.status}, scripted ${scripted}`);
      }
      if (r.controller.getState().session.phase !== 'idle') throw new Error('session still running after it settled');
      checkInvariants(m, r);
    },
    toString: () => `${from === 'api' ? 'share()' : `tap(${from})`} -> ${scripted}`,
  });

  const busy: Command = {
    check: (m) => !m.disposed && caps.app,
    async run(m, r) {
      m.requests += 2;
      r.harness.next(caps.outcomes[0]!);
      const first = r.controller.share();
      const second = await r.controller.share();
      if (second.status !== 'failed' || !isShareError(second.error, 'busy')) throw new Error(`second share was ${second.status}, not busy`);
      if ((await first).status !== expected(caps, caps.outcomes[0]!)) throw new Error('the busy request disturbed the running share');
      checkInvariants(m, r);
    },
    toString: () => 'share() twice -> busy',
  };

  // The menu equals what the adapter last confirmed: the model takes the confirmation and
  // checks the controller's state against it; no platform arithmetic is restated here.
  const menuCommand = (call: MenuCall): Command => ({
    check: (m) => !m.disposed,
    async run(m, r) {
      let confirmed: MenuState | undefined;
      try {
        confirmed = await (call.op === 'show' ? r.controller.showMenu(call.options) : call.op === 'hide' ? r.controller.hideMenu(call.options) : r.controller.updateMenu(call.options));
      } catch (error) {
        if (!isShareError(error)) throw new Error(`menu ${call.op} threw a non-ShareError: ${String(error)}`);
        // Without menus every call is unsupported; with them, only options this runtime lacks
        // may be (a plain call must work).
        const plain = Object.keys(call.options).length === 0;
        if (!isShareError(error, 'unsupported') || (caps.menu && plain)) {
          throw new Error(`${call.op}Menu(${JSON.stringify(call.options)}) failed ${(error as { code?: string }).code} but supports('menu') is ${caps.menu}`);
        }
      }
      // Without 'menu' only a hide may work (a platform that cannot show its item again: Alipay).
      if (confirmed && !caps.menu && (call.op !== 'hide' || confirmed.visible)) {
        throw new Error(`menu ${call.op} worked but supports('menu') is false`);
      }
      if (confirmed) m.menu = confirmed;
      checkInvariants(m, r);
    },
    toString: () => `${call.op}Menu(${JSON.stringify(call.options)})`,
  });

  // An app-started panel pulls its content: it joins the app session, which ends once.
  const pull: Command = {
    check: (m) => !m.disposed && caps.app && caps.pull,
    async run(m, r) {
      const id = m.requests + 1;
      m.requests++;
      r.harness.next(caps.outcomes[0]!);
      const outcome = r.controller.share();
      await r.harness.pull!();
      if ((await outcome).status !== expected(caps, caps.outcomes[0]!)) throw new Error('a joining pull changed the app session’s outcome');
      if (r.controller.getState().nextId !== id + 1) throw new Error('a joining pull became a request of its own');
      checkInvariants(m, r);
    },
    toString: () => 'share() + pull()',
  };

  // Preset platforms hear every content change.
  const setContent = (title: string): Command => ({
    check: (m) => !m.disposed && caps.preset,
    async run(m, r) {
      r.controller.setContent({ title, path: '/pages/model/index' });
      if (r.harness.presetContent?.()?.title !== title) throw new Error(`setContent(${title}) did not reach the preset platform`);
      if (r.controller.getState().preset?.title !== title) throw new Error('the state does not hold the preset content');
      checkInvariants(m, r);
    },
    toString: () => `setContent(${title})`,
  });

  const launch = (withTicket: boolean): Command => ({
    check: (m) => !m.disposed && (!withTicket || caps.tickets),
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
            if (!isShareError(e, 'no-ticket') && !isShareError(e, 'unsupported')) throw e;
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
    fc.constantFrom(...menuCalls).map(menuCommand),
    fc.constant(pull),
    fc.constantFrom('a', 'b').map(setContent),
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
  options: { runs: number; wait: number; seed?: number; outcomes?: readonly ScriptedResult[] },
): Promise<void> {
  const probe = await create();
  const caps = { ...traitsOf(probe.adapter, options.outcomes), pull: typeof probe.pull === 'function' };
  const menuCalls = probe.menu?.calls ?? DEFAULT_MENU_CALLS;
  await probe.cleanup?.();
  await fc.assert(
    fc.asyncProperty(fc.commands(commands(caps, menuCalls, options.wait), { maxCommands: 12 }), async (cmds) => {
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
        expectNoPlatformErrors(harness);
      } finally {
        controller.dispose();
        await harness.cleanup?.();
      }
    }),
    { numRuns: options.runs, ...(options.seed !== undefined && { seed: options.seed }) },
  );
}
