import { createShareController, isShareError, type ShareController, type ShareEvent, type ShareOutcome, type ShareState } from '@sharekit/core';
import type { Capability } from '@sharekit/core';
import { afterEach, describe, expect, it } from 'vitest';
import { checkDispose, checkNewerControllerSurvives } from './dispose';
import { runModel } from './model';
import { expectNoPlatformErrors } from './platform-errors';
import { expected, traitsOf } from './traits';
import type { AdapterHarness, ConformanceOptions, Traits } from './types';

const CONTENT = {
  title: 'Conformance 分享 ✓',
  path: '/pages/article/index?id=42',
  url: 'https://example.com/article/42',
  text: 'sharekit conformance suite',
};

const CAPABILITIES: readonly Capability[] = ['share', 'button', 'menu', 'image', 'text', 'async', 'result', 'tickets', 'timeline', 'files'];
// Names any adapter may be asked about, including hostile ones that must answer false, not throw.
const ODD = ['', 'unknown.api', '__proto__', 'constructor', 'toString', 'showShareMenu.', '.', 'a'.repeat(10_000)];

/** SHAREKIT_MODEL_RUNS=5000 pnpm test: many more sequences locally. */
function envRuns(): number | undefined {
  const value = typeof process === 'undefined' ? undefined : process.env.SHAREKIT_MODEL_RUNS;
  return value ? Number(value) : undefined;
}


interface Run {
  harness: AdapterHarness;
  controller: ShareController;
  traits: Traits;
  events: Array<{ state: ShareState; event: ShareEvent }>;
}

/**
 * The conformance suite every sharekit adapter passes. Call it at the top level of a vitest file:
 *
 * ```ts
 * testShareAdapter({ name: 'mock', create: () => harness() });
 * ```
 * The adapter's `initiation` and `supports()` say what it can do; the suite checks they tell the
 * truth (`supports('share')` false: `share()` fails `unsupported`; `supports('result')` false:
 * never `shared` nor `cancelled`; and so on), then the contract, a model-based run and dispose.
 */
export function testShareAdapter(options: ConformanceOptions): void {
  const wait = options.timeout ?? 2000;
  const modelRuns = options.modelRuns ?? envRuns() ?? 1000;
  let current: Run | undefined;
  // Every harness of the running test, for the platform-error check after it.
  let created: AdapterHarness[] = [];

  async function setup(): Promise<Run> {
    const harness = await options.create();
    // Short present timeout: a platform that never answers must still settle within the test.
    const controller = createShareController({ adapter: harness.adapter, content: CONTENT, presentTimeout: wait / 2 });
    const events: Run['events'] = [];
    controller.subscribe((state, event) => events.push({ state, event }));
    current = { harness, controller, events, traits: traitsOf(harness.adapter, options.outcomes) };
    created.push(harness);
    return current;
  }

  afterEach(async () => {
    current?.controller.dispose();
    await current?.harness.cleanup?.();
    current = undefined;
    const harnesses = created;
    created = [];
    for (const harness of harnesses) expectNoPlatformErrors(harness);
  });

  const settlements = (run: Run, id: number) => {
    const seen = new Set<ShareState['settled']>();
    for (const { state } of run.events) if (state.settled?.id === id) seen.add(state.settled);
    return [...seen];
  };

  async function settledOutcome(run: Run, id: number): Promise<ShareOutcome> {
    const deadline = Date.now() + wait;
    while (Date.now() < deadline) {
      const found = settlements(run, id);
      if (found.length > 0) return found[0]!.outcome;
      await new Promise((r) => setTimeout(r, 5));
    }
    throw new Error(`share session ${id} did not settle within ${wait} ms`);
  }

  describe(`sharekit adapter conformance: ${options.name}`, () => {
    describe('identity and capabilities', () => {
      it('names its platform and says how shares start', async () => {
        const { harness } = await setup();
        const { adapter } = harness;
        expect(typeof adapter.platform).toBe('string');
        expect(adapter.platform.length).toBeGreaterThan(0);
        expect(Array.isArray(adapter.initiation) && adapter.initiation.length > 0).toBe(true);
        for (const way of adapter.initiation) expect(['user', 'app', 'preset']).toContain(way);
      });

      it('answers supports() with a boolean for the ten capabilities, false for anything else', async () => {
        const { harness, controller } = await setup();
        for (const c of CAPABILITIES) expect(typeof harness.adapter.supports(c), c).toBe('boolean');
        for (const c of CAPABILITIES) expect(controller.supports(c), c).toBe(harness.adapter.supports(c));
        for (const odd of [...ODD, 42, null]) expect(controller.supports(odd as never)).toBe(false);
      });

      it('answers canIUse with a boolean, false for odd schemas, without throwing', async () => {
        const { harness, controller } = await setup();
        for (const schema of ODD) expect(typeof harness.adapter.canIUse(schema), schema).toBe('boolean');
        for (const schema of ODD.slice(0, 6)) expect(harness.adapter.canIUse(schema), schema).toBe(false);
        expect(controller.canIUse(42 as unknown as string)).toBe(false);
        expect(harness.adapter.canIUse(42 as unknown as string)).toBe(false);
      });

      it("answers canIUse as the platform's own canIUse does", async () => {
        const { harness } = await setup();
        const platform = harness.platformCanIUse;
        if (!platform) return;
        for (const schema of platform.schemas) expect(harness.adapter.canIUse(schema), schema).toBe(platform.canIUse(schema));
      });

      it("supports('share') is true exactly when the app can start a share", async () => {
        const { harness, controller, traits } = await setup();
        expect(controller.supports('share')).toBe(traits.app && typeof harness.adapter.share === 'function');
        expect(harness.adapter.supports('share')).toBe(traits.app && typeof harness.adapter.share === 'function');
        if (controller.supports('share')) return;
        const outcome = await controller.share();
        expect(outcome.status === 'failed' && outcome.error.code).toBe('unsupported');
        expect(controller.getState().session.phase).toBe('idle');
      });
    });

    describe('menu', () => {
      it("shows and hides where supports('menu'), the state following confirmations; unsupported elsewhere", async () => {
        const { controller, traits } = await setup();
        const before = controller.getState().menu;
        if (!traits.menu) {
          await expect(controller.showMenu()).rejects.toSatisfy((e) => isShareError(e, 'unsupported'));
          expect(controller.getState().menu).toEqual(before);
          // A platform that can hide its share item but never show it again (Alipay) does not
          // support 'menu'; its hide, where it has one, confirms a hidden menu.
          const hidden = await controller.hideMenu().catch((e: unknown) => {
            expect(isShareError(e, 'unsupported'), String(e)).toBe(true);
            return undefined;
          });
          if (hidden === undefined) expect(controller.getState().menu).toEqual(before);
          else {
            expect(hidden.visible).toBe(false);
            expect(controller.getState().menu).toEqual(hidden);
          }
          return;
        }
        const confirming = controller.showMenu();
        // Nothing changes before the platform confirms.
        expect(controller.getState().menu).toEqual(before);
        const shown = await confirming;
        expect(shown).toMatchObject({ visible: true, tickets: false });
        expect(controller.getState().menu).toEqual(shown);
        const hidden = await controller.hideMenu();
        expect(hidden.visible).toBe(false);
        expect(controller.getState().menu).toEqual(hidden);
      });

      it("asks for tickets through the menu where supports('tickets') and supports('menu')", async () => {
        const { harness, controller, traits } = await setup();
        if (!traits.menu || !traits.tickets) return;
        const options = harness.menu?.tickets;
        if (!options) throw new Error("the harness must give menu.tickets: the adapter supports('tickets') and supports('menu')");
        expect((await controller.showMenu(options)).tickets).toBe(true);
        expect(controller.getState().menu.tickets).toBe(true);
      });

      it('keeps a menu per page: a new page of the same route starts afresh, going back finds the menu as it was left', async () => {
        const { harness, controller } = await setup();
        const fresh = controller.getState().menu;
        // Needs a first page whose menu starts visible, to hide.
        if (!harness.pages || !fresh.visible) return;
        // Where the platform can hide its share item (with or without supports('menu')).
        const hidden = await controller.hideMenu().catch((e: unknown) => {
          expect(isShareError(e, 'unsupported'), String(e)).toBe(true);
          return undefined;
        });
        if (hidden === undefined) return;
        expect(hidden).not.toEqual(fresh);
        await harness.pages.open();
        expect(controller.getState().menu).toEqual(fresh);
        await harness.pages.back();
        expect(controller.getState().menu).toEqual(hidden);
      });

      it('rejects menu options that are not an object with invalid-argument before the platform sees them', async () => {
        const { controller } = await setup();
        const before = controller.getState().menu;
        await expect(controller.showMenu(42 as never)).rejects.toSatisfy((e) => isShareError(e, 'invalid-argument'));
        await expect(controller.hideMenu([] as never)).rejects.toSatisfy((e) => isShareError(e, 'invalid-argument'));
        expect(controller.getState().menu).toEqual(before);
      });
    });

    describe('sharing', () => {
      it("app-initiated shares end exactly once, as scripted (never shared nor cancelled without supports('result'))", async () => {
        const first = await setup();
        if (!first.traits.app) return;
        for (const result of first.traits.outcomes) {
          const run = result === first.traits.outcomes[0] ? first : await setup();
          run.harness.next(result);
          const id = run.controller.getState().nextId;
          const outcome = await run.controller.share();
          expect(outcome.status, `scripted ${result}`).toBe(expected(run.traits, result));
          if (outcome.status === 'failed') expect(isShareError(outcome.error)).toBe(true);
          await new Promise((r) => setTimeout(r, 20));
          expect(settlements(run, id)).toHaveLength(1);
          expect(run.controller.getState().session.phase).toBe('idle');
          if (run !== first) {
            run.controller.dispose();
            await run.harness.cleanup?.();
          }
        }
      });

      it('a second app share while one presents is busy and leaves the first alone', async () => {
        const run = await setup();
        if (!run.traits.app) return;
        const result = run.traits.outcomes[0]!;
        run.harness.next(result);
        const first = run.controller.share();
        const second = await run.controller.share();
        expect(second.status === 'failed' && second.error.code).toBe('busy');
        expect((await first).status).toBe(expected(run.traits, result));
      });

      it('user-initiated shares from the menu and the button end exactly once, as scripted', async () => {
        const first = await setup();
        if (!first.traits.user) return;
        if (!first.harness.tap) throw new Error('the adapter has user initiation: the harness must give tap()');
        for (const result of first.traits.outcomes) {
          for (const from of first.traits.button ? (['menu', 'button'] as const) : (['menu'] as const)) {
            const run = await setup();
            run.harness.next(result);
            const id = run.controller.getState().nextId;
            await run.harness.tap!(from);
            const outcome = await settledOutcome(run, id);
            expect(outcome.status, `${from}, scripted ${result}`).toBe(expected(run.traits, result));
            await new Promise((r) => setTimeout(r, 20));
            expect(settlements(run, id)).toHaveLength(1);
            const request = run.events.find((e) => e.event.type === 'request');
            expect(request?.event).toMatchObject({ type: 'request', initiator: 'user' });
            // Synchronous content that every platform takes: nothing to warn about. The platform's
            // word or the page showing again ends the share, never the controller's timeout.
            expect(run.events.filter((e) => e.event.type === 'warning').map((e) => e.event)).toEqual([]);
            expect(run.events.some((e) => e.event.type === 'timeout'), `${from}, scripted ${result}: ended by the present timeout`).toBe(false);
            run.controller.dispose();
            await run.harness.cleanup?.();
          }
        }
      });

      it("an app-started panel's pull joins the running app session instead of being busy", async () => {
        const run = await setup();
        if (!run.traits.app || !run.harness.pull) return;
        run.harness.next(run.traits.outcomes[0]!);
        const id = run.controller.getState().nextId;
        const outcome = run.controller.share();
        await run.harness.pull();
        expect((await outcome).status).toBe(expected(run.traits, run.traits.outcomes[0]!));
        await new Promise((r) => setTimeout(r, 20));
        expect(settlements(run, id)).toHaveLength(1);
        expect(run.controller.getState().nextId).toBe(id + 1);
      });

      it("image, text and async content reach the card exactly where supports() says so", async () => {
        const run = await setup();
        const { harness, controller, traits } = run;
        if (!harness.delivered || (!traits.app && !traits.user)) return;
        /**
         * Shares once and returns the card the platform made: from a menu tap where the user can
         * start shares and the menu shows (the platform pulls content, so that is where waiting for
         * async content matters; an app-started share always waits for its provider, and may compute
         * its content before the panel opens: Alipay), else from the app.
         */
        const shareOnce = async () => {
          harness.next(traits.outcomes[0]!);
          const id = controller.getState().nextId;
          const byTap = traits.user && harness.tap !== undefined && controller.getState().menu.visible;
          if (byTap || !traits.app) await harness.tap!('menu');
          else await controller.share();
          await settledOutcome(run, id);
          return harness.delivered!() ?? {};
        };
        controller.setContent({ title: 'Card', text: 'Body', path: '/pages/card/index', imageUrl: 'https://example.com/card.png' });
        const card = await shareOnce();
        expect(card.imageUrl !== undefined, `supports('image') is ${traits.image}`).toBe(traits.image);
        expect(card.text !== undefined, `supports('text') is ${traits.text}`).toBe(traits.text);
        controller.setContent(async () => ({ title: 'Computed later', path: '/pages/card/index' }));
        const later = await shareOnce();
        expect(later.title === 'Computed later', `supports('async') is ${traits.async}`).toBe(traits.async);
      });

      it('a preset platform holds the content, and hears every change', async () => {
        const run = await setup();
        if (!run.traits.preset) return;
        if (!run.harness.presetContent) throw new Error('the adapter has preset initiation: the harness must give presetContent()');
        expect(run.harness.presetContent()).toMatchObject({ title: CONTENT.title });
        run.controller.setContent({ title: 'changed', path: '/pages/changed/index' });
        expect(run.harness.presetContent()).toMatchObject({ title: 'changed' });
        expect(run.controller.getState().preset).toMatchObject({ title: 'changed' });
      });
    });

    describe('share info', () => {
      it("reads share info for the launch ticket where supports('tickets'); unsupported or no-ticket elsewhere", async () => {
        const { harness, controller, traits } = await setup();
        if (!traits.tickets) {
          await expect(controller.getShareInfo()).rejects.toSatisfy((e) => isShareError(e, 'unsupported') || isShareError(e, 'no-ticket'));
          return;
        }
        const ticket = await harness.validTicket!();
        await harness.launch!({ scene: 1044, shareTicket: ticket });
        expect(controller.getState().launch?.shareTicket).toBe(ticket);
        const info = await controller.getShareInfo();
        expect(typeof info.encryptedData).toBe('string');
        expect(typeof info.iv).toBe('string');
        expect(['getShareInfo', 'getGroupEnterInfo']).toContain(info.source);
      });

      it('without a launch ticket, getShareInfo rejects with no-ticket (or unsupported)', async () => {
        const { controller } = await setup();
        await expect(controller.getShareInfo()).rejects.toSatisfy((e) => isShareError(e, 'no-ticket') || isShareError(e, 'unsupported'));
      });
    });

    describe('model', () => {
      it(
        `random sequences of app and user actions keep the invariants (${modelRuns} runs)`,
        () => runModel(options.create, { outcomes: options.outcomes, runs: modelRuns, wait, seed: options.modelSeed }),
        Math.max(60_000, modelRuns * 200),
      );
    });

    describe('dispose', () => {
      it('settles later requests as disposed and calls no listener', async () => {
        const run = await setup();
        run.controller.dispose();
        const count = run.events.length;
        const outcome = await run.controller.share();
        expect(outcome.status === 'failed' && outcome.error.code).toBe('disposed');
        if (run.traits.user) {
          run.harness.next(run.traits.outcomes[0]!);
          await run.harness.tap!('menu');
        }
        expect(run.events.length).toBe(count);
      });

      it('ends every call pending at dispose with disposed at once, and leaves nothing running', async () => {
        await checkDispose(options.create, options.outcomes);
      });

      it('disposing an older controller leaves a newer one on the same adapter connected', async () => {
        await checkNewerControllerSurvives(options.create, options.outcomes, wait);
      });
    });
  });
}
