import { isShareError, ShareError, type ShareOutcome } from '@sharekit/core';
import type { WxCallbackResult, WxLike } from './types';

export const PLATFORM = 'wx';

const errMsgOf = (result: unknown, api: string): string => {
  const errMsg = (result as Partial<WxCallbackResult> | undefined)?.errMsg;
  return typeof errMsg === 'string' ? errMsg : `${api}:fail`;
};

/** WeChat's error code fields of a fail result, and only those (a result may carry data). */
const errorCodes = (result: unknown): Record<string, unknown> | undefined => {
  if (typeof result !== 'object' || result === null) return undefined;
  // A loop, not Object.fromEntries: old mini program engines (iOS before 12.1) lack it.
  const codes: Record<string, unknown> = {};
  let found = false;
  for (const key of ['errCode', 'errno', 'err_code']) {
    const value = (result as Record<string, unknown>)[key];
    if (value === undefined) continue;
    codes[key] = value;
    found = true;
  }
  return found ? codes : undefined;
};

/**
 * A wx `fail`: code `platform`, WeChat's errMsg kept as `platformMessage`, its error code (when
 * it gave one) as `cause`.
 */
export function platformError(api: string, result: unknown): ShareError {
  const errMsg = errMsgOf(result, api);
  const cause = errorCodes(result);
  return new ShareError('platform', `wx.${api} failed: ${errMsg}`, { platform: PLATFORM, platformMessage: errMsg, ...(cause && { cause }) });
}

export const unsupported = (detail: string) => new ShareError('unsupported', detail, { platform: PLATFORM });

export type WxApi = 'showShareMenu' | 'hideShareMenu' | 'updateShareMenu' | 'getShareInfo' | 'getGroupEnterInfo';

export const fn = (wx: WxLike | undefined, api: keyof WxLike) => {
  const f = wx?.[api];
  return typeof f === 'function' ? (f as (options: object) => unknown) : undefined;
};

const isThenable = (value: unknown): value is PromiseLike<unknown> =>
  (typeof value === 'object' || typeof value === 'function') && value !== null && typeof (value as { then?: unknown }).then === 'function';

declare function setTimeout(fn: () => void, ms: number): unknown;
declare function clearTimeout(handle: unknown): void;

/** How long a wx API may stay silent before its call fails with `timeout`. */
export const NO_ANSWER_MS = 10_000;

/** Calls still waiting for wx, each with the function that ends it at once (on dispose). */
export type PendingCalls = Set<(error: ShareError) => void>;

/**
 * Calls a wx API with success/fail callbacks and returns a Promise. Never relies on wx's own
 * promise style (old base libraries lack it). Missing function: `unsupported`; `fail` or a throw:
 * `platform`; no callback within `wait` ms: `timeout`. The first answer wins (a platform that
 * calls back twice, or both success and fail, settles once). While it waits, the call sits in
 * `pending`: calling its entry rejects it with that error and clears its timer.
 */
export function call<R>(wx: WxLike | undefined, api: WxApi, options: object, wait = NO_ANSWER_MS, pending?: PendingCalls): Promise<R> {
  return new Promise<R>((resolve, reject) => {
    const abort = (error: ShareError) => {
      done();
      reject(error);
    };
    const timer = setTimeout(() => abort(new ShareError('timeout', `wx.${api} gave no answer within ${wait} ms`, { platform: PLATFORM })), wait);
    const done = () => {
      clearTimeout(timer);
      pending?.delete(abort);
    };
    pending?.add(abort);
    try {
      const f = fn(wx, api);
      if (!f) throw unsupported(`wx.${api} is not available in this base library; check canIUse('${api}') first`);
      const returned = f.call(wx, {
        ...options,
        success: (result: R) => {
          done();
          resolve(result);
        },
        fail: (result: unknown) => {
          done();
          reject(platformError(api, result));
        },
      });
      // Taro's APIs (handed over as `wx`) also return a promise that rejects on failure even when
      // callbacks are given: it is one more answer (the first wins), never left unhandled.
      if (isThenable(returned)) {
        returned.then(
          (result) => {
            done();
            resolve(result as R);
          },
          (result: unknown) => {
            done();
            reject(platformError(api, result));
          },
        );
      }
    } catch (e) {
      done();
      reject(
        isShareError(e)
          ? e
          : new ShareError('platform', `wx.${api} threw: ${e instanceof Error ? e.message : String(e)}`, { platform: PLATFORM, cause: e }),
      );
    }
  });
}

/** The outcome of an `onShareAppMessage` `success` / `fail` callback (base library below 2.3.0). */
export function shareOutcome(result: unknown, ok: boolean): ShareOutcome {
  const channel = 'shareAppMessage';
  if (ok) {
    const tickets = (result as { shareTickets?: unknown } | undefined)?.shareTickets;
    return { status: 'shared', channel, tickets: Array.isArray(tickets) ? tickets.filter((t) => typeof t === 'string') : [] };
  }
  return / cancel$/.test(errMsgOf(result, channel))
    ? { status: 'cancelled', channel }
    : { status: 'failed', error: platformError(channel, result) };
}
