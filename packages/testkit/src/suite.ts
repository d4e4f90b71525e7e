import {
  createShareController,
  isShareError,
  shareFeatures,
  type ShareController,
  type ShareEvent,
  type ShareOutcome,
  type ShareState,
} from '@sharekit/core';
import { afterEach, describe, expect, it } from 'vitest';
import { checkDispose, checkNewerControllerSurvives } from './dispose';
import { runModel } from './model';
import type { AdapterHarness, ConformanceOptions } from './types';

const CONTENT = {
  title: 'Conformance 分享 ✓',
  path: '/pages/article/index?id=42',
  url: 'https://example.com/article/42',
  text: 'sharekit conformance suite',
};

// Schemas any adapter may be asked about, including hostile ones that must answer false, not throw.
const ODD_SCHEMAS = ['', 'unknown.api', '__proto__', 'constructor', 'toString', 'showShareMenu.', '.', 'a'.repeat(10_000)];

/** SHAREKIT_MODEL_RUNS=5000 pnpm test: many more sequences locally. */
function envRuns(): number | undefined {
  const value = typeof process === 'undefined' ? undefined : process.env.SHAREKIT_MODEL_RUNS;
  return value ? Number(value) : undefined;
}

interface Run {
  harness: AdapterHarness;
  controller: ShareController;
  events: Array<{ state: ShareState; event: ShareEvent }>;
}

/**
 * The conformance suite every sharekit adapter passes. Call it at the top level of a vitest file:
 *
 * ```ts
 * testShareAdapter({ name: 'mock', create: () => harness(), capabilities: { ... } });
 * ```
 */
export function testShareAdapter(options: ConformanceOptions): void {
  const { capabilities: caps } = options;
  const wait = options.timeout ?? 2000;
  const modelRuns = options.modelRuns ?? envRuns() ?? 1000;
  let current: Run | undefined;

  async function setup(): Promise<Run> {
    const harness = await options.create();
    // Short present timeout: a platform that never answers must still settle within the test.
    const controller = createShareController({ adapter: harness.adapter, content: CONTENT, presentTimeout: wait / 2 });
    const events: Run['events'] = [];
    controller.subscribe((state, event) => events.push({ state, event }));
    current = { harness, controller, events };
    return current;
  }

  afterEach(async () => {
    current?.controller.dispose();
    await current?.harness.cleanup?.();
    current = undefined;
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
    describe('identity', () => {
      it('names its platform and says how shares start', async () => {
        const { harness } = await setup();
        expect(typeof harness.adapter.platform).toBe('string');
        expect(harness.adapter.platform.length).toBeGreaterThan(0);
        expect(harness.adapter.initiation).toEqual({ app: caps.appInitiated, user: caps.userInitiated });
      });
    });

    describe('canIUse', () => {
      it('answers a boolean for every known and odd schema, without throwing', async () => {
        const { harness, controller } = await setup();
        for (const schema of [...Object.keys(shareFeatures), ...ODD_SCHEMAS]) {
          expect(typeof harness.adapter.canIUse(schema), schema).toBe('boolean');
        }
        for (const schema of ODD_SCHEMAS.slice(0, 6)) expect(harness.adapter.canIUse(schema), schema).toBe(false);
        expect(controller.canIUse(42 as unknown as string)).toBe(false);
      });

      it('agrees with what the menu really does', async () => {
        const { controller } = await setup();
        expect(controller.canIUse('showShareMenu')).toBe(caps.menu);
        expect(controller.canIUse('hideShareMenu')).toBe(caps.menu);
        expect(controller.canIUse('updateShareMenu')).toBe(caps.updateMenu);
        expect(controller.canIUse('showShareMenu.object.withShareTicket')).toBe(caps.shareTicket);
      });

      if (caps.userInitiated) {
        it('agrees with what the share button really does', async () => {
          const { controller } = await setup();
          expect(controller.canIUse('button.open-type.share')).toBe(caps.button !== false);
        });
      }

      it('agrees with what share info really does', async () => {
        const { controller } = await setup();
        expect(controller.canIUse('getShareInfo') || controller.canIUse('getGroupEnterInfo')).toBe(caps.shareInfo);
      });
    });

    describe('menu', () => {
      it(caps.menu ? 'shows and hides, and the state follows confirmations' : 'rejects with unsupported and keeps its state', async () => {
        const { controller } = await setup();
        const before = controller.getState().menu;
        if (!caps.menu) {
          await expect(controller.showMenu()).rejects.toSatisfy((e) => isShareError(e, 'unsupported'));
          await expect(controller.hideMenu()).rejects.toSatisfy((e) => isShareError(e, 'unsupported'));
          expect(controller.getState().menu).toEqual(before);
          return;
        }
        const confirming = controller.showMenu();
        // Nothing changes before the platform confirms.
        expect(controller.getState().menu).toEqual(before);
        await confirming;
        expect(controller.getState().menu).toMatchObject({ visible: true, withShareTicket: false });
        await controller.hideMenu();
        expect(controller.getState().menu.visible).toBe(false);
      });

      it(caps.shareTicket ? 'asks for share tickets' : 'refuses withShareTicket with unsupported', async () => {
        const { controller } = await setup();
        const before = controller.getState().menu;
        const call = controller.showMenu({ withShareTicket: true });
        if (!caps.shareTicket) {
          await expect(call).rejects.toSatisfy((e) => isShareError(e, 'unsupported'));
          expect(controller.getState().menu).toEqual(before);
          return;
        }
        await call;
        expect(controller.getState().menu).toMatchObject({ visible: true, withShareTicket: true });
      });

      it(caps.updateMenu ? 'updates withShareTicket' : 'refuses updateMenu with unsupported', async () => {
        const { controller } = await setup();
        if (caps.menu) await controller.showMenu();
        const before = controller.getState().menu;
        const call = controller.updateMenu({ withShareTicket: caps.shareTicket });
        if (!caps.updateMenu) {
          await expect(call).rejects.toSatisfy((e) => isShareError(e, 'unsupported'));
          expect(controller.getState().menu).toEqual(before);
          return;
        }
        await call;
        expect(controller.getState().menu.withShareTicket).toBe(caps.shareTicket);
      });

      it('rejects malformed menu options with invalid-argument before the platform sees them', async () => {
        const { controller } = await setup();
        const before = controller.getState().menu;
        await expect(controller.showMenu({ menus: ['nope'] } as never)).rejects.toSatisfy((e) => isShareError(e, 'invalid-argument'));
        await expect(controller.showMenu({ withShareTicket: 'yes' } as never)).rejects.toSatisfy((e) => isShareError(e, 'invalid-argument'));
        expect(controller.getState().menu).toEqual(before);
      });
    });

    describe('sharing', () => {
      if (caps.appInitiated) {
        for (const result of caps.outcomes) {
          it(`app-initiated share ends "${result}" exactly once`, async () => {
            const run = await setup();
            run.harness.next(result);
            const id = run.controller.getState().nextId;
            const outcome = await run.controller.share();
            expect(outcome.status).toBe(result);
            if (outcome.status === 'failed') expect(isShareError(outcome.error)).toBe(true);
            if (outcome.status === 'shared') expect(Array.isArray(outcome.tickets)).toBe(true);
            await new Promise((r) => setTimeout(r, 20));
            expect(settlements(run, id)).toHaveLength(1);
            expect(run.controller.getState().session.phase).toBe('idle');
          });
        }

        it('a second share while one presents is busy and leaves the first alone', async () => {
          const run = await setup();
          const result = caps.outcomes[0]!;
          run.harness.next(result);
          const first = run.controller.share();
          const second = await run.controller.share();
          expect(second.status).toBe('failed');
          expect(second.status === 'failed' && second.error.code).toBe('busy');
          expect((await first).status).toBe(result);
        });
      } else {
        it('share() from the app fails with unsupported, never a TypeError or a rejection', async () => {
          const { controller } = await setup();
          const outcome = await controller.share();
          expect(outcome.status).toBe('failed');
          expect(outcome.status === 'failed' && outcome.error.code).toBe('unsupported');
          expect(controller.getState().session.phase).toBe('idle');
        });
      }

      if (caps.userInitiated) {
        for (const result of caps.outcomes) {
          for (const from of caps.button === false ? (['menu'] as const) : (['menu', 'button'] as const)) {
            it(`user-initiated share from the ${from} ends "${result}" exactly once`, async () => {
              const run = await setup();
              run.harness.next(result);
              const id = run.controller.getState().nextId;
              await run.harness.tap!(from);
              const outcome = await settledOutcome(run, id);
              expect(outcome.status).toBe(result);
              await new Promise((r) => setTimeout(r, 20));
              expect(settlements(run, id)).toHaveLength(1);
              const request = run.events.find((e) => e.event.type === 'request');
              expect(request?.event).toMatchObject({ type: 'request', initiator: 'user' });
            });
          }
        }
      }

    });

    describe('share info', () => {
      it(caps.shareInfo ? 'reads share info for the launch ticket' : 'has no share info: unsupported or no-ticket', async () => {
        const { harness, controller } = await setup();
        if (!caps.shareInfo) {
          await expect(harness.adapter.getShareInfo('ticket', {})).rejects.toSatisfy((e) => isShareError(e, 'unsupported'));
          await expect(controller.getShareInfo()).rejects.toSatisfy((e) => isShareError(e, 'no-ticket'));
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

      if (caps.shareInfo) {
        it('rejects an unknown ticket with a ShareError', async () => {
          const { harness } = await setup();
          await expect(harness.adapter.getShareInfo('not-a-ticket', {})).rejects.toSatisfy((e) => isShareError(e));
        });
      }

      it('without a launch ticket, getShareInfo rejects with no-ticket', async () => {
        const { controller } = await setup();
        await expect(controller.getShareInfo()).rejects.toSatisfy((e) => isShareError(e, 'no-ticket'));
      });
    });

    describe('model', () => {
      it(
        `random sequences of app and user actions keep the invariants (${modelRuns} runs)`,
        () => runModel(options.create, caps, { runs: modelRuns, wait, seed: options.modelSeed }),
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
        if (caps.userInitiated) {
          run.harness.next(caps.outcomes[0]!);
          await run.harness.tap!('menu');
        }
        expect(run.events.length).toBe(count);
      });

      it('ends every call pending at dispose with disposed at once, and leaves nothing running', async () => {
        await checkDispose(options.create, caps);
      });

      if (caps.userInitiated) {
        it('disposing an older controller leaves a newer one on the same adapter connected', async () => {
          await checkNewerControllerSurvives(options.create, caps, wait);
        });
      }
    });
  });
}
