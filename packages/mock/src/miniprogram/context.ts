import type { VersionGate } from './version-gate';

/** One recorded API call. `result` is filled in when the call settles. */
export interface SimCall {
  api: string;
  args: unknown[];
  result?: unknown;
}

/** One lifecycle hook the runtime fired (whether or not the app defined it). */
export interface SimLifecycleEvent {
  target: 'app' | 'page';
  hook: string;
  /** Page events: the page route (no leading `/`). */
  route?: string;
  arg?: unknown;
}

/** Where a runtime is. */
export type SimStatus = 'not-launched' | 'foreground' | 'background' | 'destroyed';

/** The state every part of one simulated runtime shares. */
export interface SimContext {
  readonly gate: VersionGate;
  readonly calls: SimCall[];
  readonly events: SimLifecycleEvent[];
  readonly errors: unknown[];
  /** Bumped by destroy(): whatever belongs to an older lifecycle (tickets, pending results) is dead. */
  generation: number;
  /** True while a user tap handler runs (APIs that need a tap gesture). */
  inTap: boolean;
  /** Something app code threw: recorded, then App.onError, else rethrown on a microtask. */
  reportError(error: unknown): void;
}

/** What App.onError receives on every platform: a string with the message and stack. */
function describe(error: unknown): string {
  return error instanceof Error ? (error.stack ?? `${error.name}: ${error.message}`) : String(error);
}

/**
 * A fresh context. `app` returns the running app instance (read at report time, so the
 * lifecycle can be created after the context).
 */
export function createSimContext(gate: VersionGate, app: () => Record<string, unknown> | undefined): SimContext {
  const ctx: SimContext = {
    gate,
    calls: [],
    events: [],
    errors: [],
    generation: 0,
    inTap: false,
    reportError(error) {
      ctx.errors.push(error);
      const instance = app();
      const onError = instance?.onError;
      if (typeof onError === 'function') {
        try {
          onError.call(instance, describe(error));
        } catch (nested) {
          ctx.errors.push(nested);
        }
        return;
      }
      // No App.onError: surface it (as an unhandled rejection) instead of hiding a bug in app code.
      Promise.reject(error);
    },
  };
  return ctx;
}

/** Empties the records of a context (`runtime.clearRecords()`). */
export function clearRecords(ctx: SimContext): void {
  ctx.calls.length = 0;
  ctx.events.length = 0;
  ctx.errors.length = 0;
}

/** Runs `handler` as a user tap: APIs that need a tap gesture accept calls made inside it. */
export function asTap<T>(ctx: SimContext, handler: () => T): T {
  const previous = ctx.inTap;
  ctx.inTap = true;
  try {
    return handler();
  } finally {
    ctx.inTap = previous;
  }
}
