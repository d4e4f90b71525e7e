import type { SimCall, SimContext } from './context';
import { schedule } from './timers';
import { isObject } from './url';

/** What an API call comes to: success with result fields, or a failure with the platform's detail and code. */
export type Outcome =
  | { ok: true; data?: Record<string, unknown>; delay?: number }
  | { ok: false; detail: string; delay?: number; errCode?: number };

/** How a platform shapes its asynchronous APIs. */
export interface ApiSpec {
  /** Milliseconds every asynchronous API takes unless the outcome says otherwise. */
  readonly latency: number;
  /** The object passed to `success` / `fail` / `complete` (and a Promise's value or reason). */
  result(api: string, outcome: Outcome): Record<string, unknown>;
  /**
   * Whether a call with these options returns a Promise instead of calling back. `promise` is
   * false for APIs the platform documents as callback-only.
   */
  returnsPromise(api: string, options: Record<string, unknown>, promise: boolean): boolean;
}

/** Builds a platform's API object: each function exists only from its version, and records its calls. */
export interface ApiBuilder {
  /** The API object under construction. */
  readonly api: Record<string, unknown>;
  defineSync(name: string, body: (...args: unknown[]) => unknown): void;
  /** `options.promise` false: callbacks only, whatever the version. */
  defineAsync(name: string, body: (options: Record<string, unknown>) => Outcome, options?: { promise: boolean }): void;
}

type Callback = (result: unknown) => void;

export function createApiBuilder(ctx: SimContext, spec: ApiSpec): ApiBuilder {
  const api: Record<string, unknown> = {};

  function record(name: string, args: unknown[]): SimCall {
    const call: SimCall = { api: name, args };
    ctx.calls.push(call);
    return call;
  }

  return {
    api,
    defineSync(name, body) {
      if (!ctx.gate.has(name)) return;
      api[name] = (...args: unknown[]) => {
        const call = record(name, args);
        const result = body(...args);
        call.result = result;
        return result;
      };
    },
    defineAsync(name, body, style = { promise: true }) {
      if (!ctx.gate.has(name)) return;
      api[name] = (options?: unknown) => {
        const call = record(name, options === undefined ? [] : [options]);
        const opts = isObject(options) ? options : {};
        const outcome = body(opts);
        const result = spec.result(name, outcome);
        const delay = outcome.delay ?? spec.latency;
        if (spec.returnsPromise(name, opts, style.promise)) {
          return new Promise((resolve, reject) => {
            schedule(delay, () => {
              call.result = result;
              if (outcome.ok) resolve(result);
              else reject(result);
            });
          });
        }
        schedule(delay, () => {
          call.result = result;
          for (const key of [outcome.ok ? 'success' : 'fail', 'complete']) {
            const callback = opts[key];
            if (typeof callback !== 'function') continue;
            try {
              (callback as Callback)(result);
            } catch (error) {
              ctx.reportError(error);
            }
          }
        });
        return undefined;
      };
    },
  };
}

/** True when the options carry none of `success` / `fail` / `complete`. */
export const withoutCallbacks = (options: Record<string, unknown>): boolean =>
  !(['success', 'fail', 'complete'] as const).some((key) => typeof options[key] === 'function');
