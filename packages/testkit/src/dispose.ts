import { createShareController, isShareError, type ShareController } from '@sharekit/core';
import { expectNoPlatformErrors } from './platform-errors';
import { traitsOf } from './traits';
import type { AdapterHarness, ScriptedResult } from './types';

/** How soon a call pending at dispose must reject: far below any platform timeout. */
const PROMPT_MS = 100;

const CONTENT = { title: 'Dispose check', path: '/pages/article/index?id=42', url: 'https://example.com/article/42' };

/** Active timers of this thread, where the runtime can tell (Node); undefined in a browser. */
function activeTimers(): number | undefined {
  const info = (globalThis as { process?: { getActiveResourcesInfo?: () => string[] } }).process?.getActiveResourcesInfo;
  return typeof info === 'function' ? info().filter((r) => r === 'Timeout').length : undefined;
}

/** `promise` settled within `ms`: its rejection, its value, or `pending`. Leaves no timer behind. */
async function within(promise: Promise<unknown>, ms: number): Promise<{ value?: unknown; error?: unknown; pending?: true }> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<{ pending: true }>((resolve) => {
    timer = setTimeout(() => resolve({ pending: true }), ms);
  });
  try {
    return await Promise.race([promise.then((value) => ({ value }), (error: unknown) => ({ error })), late]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * After `dispose()` nothing of the adapter is alive: every call still waiting for the platform
 * rejects `disposed` at once (a share ends `failed` `disposed`), no listener is called, and, where
 * the runtime can count them, no timer is left. With `harness.silence` the calls are ones the
 * platform never answers. Throws an Error saying what outlived the controller.
 */
export async function checkDispose(create: () => AdapterHarness | Promise<AdapterHarness>, outcomes?: readonly ScriptedResult[]): Promise<void> {
  const harness = await create();
  const caps = traitsOf(harness.adapter, outcomes);
  const controller = createShareController({ adapter: harness.adapter, content: CONTENT });
  try {
    if (caps.tickets) await harness.launch!({ scene: 1044, shareTicket: await harness.validTicket!() });
    harness.silence?.();
    const timers = activeTimers();
    const calls: Array<[string, Promise<unknown>]> = [];
    if (caps.menu) calls.push(['showMenu', controller.showMenu()]);
    if (caps.tickets) calls.push(['getShareInfo', controller.getShareInfo()]);
    if (caps.app) {
      harness.next(caps.outcomes[0]!);
      calls.push(['share', controller.share()]);
    }
    let after = 0;
    controller.subscribe(() => after++);
    controller.dispose();
    const count = after;
    for (const [name, call] of calls) {
      const result = await within(call, PROMPT_MS);
      const error = name === 'share' ? (result.value as { error?: unknown } | undefined)?.error : result.error;
      if (!isShareError(error, 'disposed')) {
        const got = result.pending ? `was still pending ${PROMPT_MS} ms later` : `settled ${String(error ?? JSON.stringify(result.value))}`;
        throw new Error(`${name}() pending at dispose() must end disposed at once, but ${got}`);
      }
    }
    const left = activeTimers();
    if (timers !== undefined && left !== undefined && left > timers) {
      throw new Error(`${left - timers} timer(s) still armed after dispose(): a disposed controller must leave nothing running`);
    }
    if (caps.user) {
      harness.next(caps.outcomes[0]!);
      await harness.tap!('menu');
    }
    if (after !== count) throw new Error('a listener was called after dispose()');
    expectNoPlatformErrors(harness);
  } finally {
    controller.dispose();
    await harness.cleanup?.();
  }
}

/**
 * Disposing an older controller must not disconnect a newer one on the same adapter: the user's
 * next share still reaches the newer controller. User-initiated adapters only.
 */
export async function checkNewerControllerSurvives(
  create: () => AdapterHarness | Promise<AdapterHarness>,
  outcomes: readonly ScriptedResult[] | undefined,
  wait: number,
): Promise<void> {
  const harness = await create();
  const caps = traitsOf(harness.adapter, outcomes);
  if (!caps.user) {
    await harness.cleanup?.();
    return;
  }
  const controllers: ShareController[] = [];
  try {
    const older = createShareController({ adapter: harness.adapter, content: CONTENT, presentTimeout: wait / 2 });
    controllers.push(older);
    const newer = createShareController({ adapter: harness.adapter, content: CONTENT, presentTimeout: wait / 2 });
    controllers.push(newer);
    older.dispose();
    const id = newer.getState().nextId;
    harness.next(caps.outcomes[0]!);
    await harness.tap!('menu');
    const deadline = Date.now() + wait;
    while (newer.getState().settled?.id !== id) {
      if (Date.now() > deadline) throw new Error('after an older controller was disposed, a tap no longer reached the newer one');
      await new Promise((r) => setTimeout(r, 5));
    }
    expectNoPlatformErrors(harness);
  } finally {
    for (const c of controllers) c.dispose();
    await harness.cleanup?.();
  }
}
