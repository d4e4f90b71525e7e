import { isShareError, ShareError } from '../errors';
import { isThenable } from '../thenable';
import { after } from '../timers';
import { DEV } from '../dev';

/** A platform's async API: options with success / fail callbacks. */
type CallbackApi = (options: object) => unknown;

/** What a mini program API's `fail` gives: `{ errMsg }` (plus platform codes). */
export interface PlatformFailure {
  errMsg?: string;
  errCode?: number;
  error?: number;
}

export interface CallsOptions {
  /** The platform name on errors (`wx`, `alipay`). */
  platform: string;
  /** The platform object's name in messages (`my.hideShareMenu failed: …`). Default: `platform`. */
  global?: string;
  /** The platform object (`wx`, `my`, `tt`); undefined: every call is `unsupported`. */
  api: object | undefined;
  /** A platform `fail` as a ShareError. Default: `platform`, the errMsg kept as `platformMessage`. */
  failure?: (name: string, result: unknown) => ShareError;
}

/** Callback-style platform calls as promises, each ended at once by `dispose`. */
export interface Calls {
  /** Calls `api[name](options + callbacks)`. Missing: `unsupported`; `fail` or a throw: a ShareError; silent for `wait` ms: `timeout`. */
  call<R>(name: string, options: object, wait?: number): Promise<R>;
  /** The function `api[name]`, when there is one. */
  has(name: string): boolean;
  /** Ends every call still waiting, with this error, and clears their timers. */
  dispose(error: ShareError): void;
}

/** How long a platform API may stay silent before its call fails with `timeout`. */
export const NO_ANSWER_MS = 10_000;

const errMsgOf = (result: unknown, name: string): string => {
  const errMsg = (result as PlatformFailure | undefined)?.errMsg;
  return typeof errMsg === 'string' ? errMsg : `${name}:fail`;
};

/** The platform's error code fields of a fail result, and only those (a result may carry data). */
function errorCodes(result: unknown): Record<string, unknown> | undefined {
  if (typeof result !== 'object' || result === null) return undefined;
  // A loop, not Object.fromEntries: old mini program engines (iOS before 12.1) lack it.
  const codes: Record<string, unknown> = {};
  let found = false;
  // errNo: Douyin's (`tt` fail results: { errMsg, errNo }).
  for (const key of ['errCode', 'errno', 'errNo', 'err_code']) {
    const value = (result as Record<string, unknown>)[key];
    if (value === undefined) continue;
    codes[key] = value;
    found = true;
  }
  return found ? codes : undefined;
}

/**
 * A platform `fail`: code `platform`, the platform's errMsg kept as `platformMessage`, its error
 * code (when it gave one) as `cause`.
 */
export function platformFailure(platform: string, name: string, result: unknown, global = platform): ShareError {
  const errMsg = errMsgOf(result, name);
  const cause = errorCodes(result);
  return new ShareError('platform', DEV && `${global}.${name} failed: ${errMsg}`, { platform, platformMessage: errMsg, ...(cause && { cause }) });
}

/**
 * Mini program APIs with success/fail callbacks, as promises. Never relies on a platform's own
 * promise style (old base libraries lack it). Taro's APIs (handed over as the platform object)
 * also return a promise that rejects on failure even when callbacks are given: it is one more
 * answer, never left unhandled. The first answer wins: a platform that calls back twice, or both
 * success and fail, or by callback and promise, settles once.
 */
export function createCalls(options: CallsOptions): Calls {
  const { platform, api } = options;
  const global = options.global ?? platform;
  const failure = options.failure ?? ((name: string, result: unknown) => platformFailure(platform, name, result, global));
  const pending = new Set<(error: ShareError) => void>();
  const fn = (name: string) => {
    const f = (api as Record<string, unknown> | undefined)?.[name];
    return typeof f === 'function' ? (f as CallbackApi) : undefined;
  };
  return {
    has: (name) => fn(name) !== undefined,
    call<R>(name: string, callOptions: object, wait = NO_ANSWER_MS): Promise<R> {
      return new Promise<R>((resolve, reject) => {
        const abort = (error: ShareError) => {
          done();
          reject(error);
        };
        const cancel = after(wait, () => abort(new ShareError('timeout', DEV && `${global}.${name} gave no answer within ${wait} ms`, { platform })));
        const done = () => {
          cancel();
          pending.delete(abort);
        };
        pending.add(abort);
        // By callback or by the returned promise, whichever answers first.
        const success = (result: unknown) => {
          done();
          resolve(result as R);
        };
        const fail = (result: unknown) => {
          done();
          reject(failure(name, result));
        };
        try {
          const f = fn(name);
          if (!f) throw new ShareError('unsupported', DEV && `${global}.${name} is not available in this runtime; check canIUse('${name}') first`, { platform });
          const returned = f.call(api, { ...callOptions, success, fail });
          if (isThenable(returned)) returned.then(success, fail);
        } catch (e) {
          done();
          reject(isShareError(e) ? e : new ShareError('platform', DEV && `${global}.${name} threw: ${e instanceof Error ? e.message : String(e)}`, { platform, cause: e }));
        }
      });
    },
    dispose(error) {
      for (const abort of [...pending]) abort(error);
    },
  };
}
