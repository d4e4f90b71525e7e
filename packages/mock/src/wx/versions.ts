import { createVersionGate as createGate, type VersionGate } from '../miniprogram';
import { simulatedShareSurface } from './share-surface';

export type { VersionGate } from '../miniprogram';

/**
 * WeChat's rule for asynchronous APIs: from base library 2.10.2, an API whose options object
 * has none of `success` / `fail` / `complete` returns a Promise; with any of them it keeps the
 * callback style and returns nothing. Below 2.10.2 it never returns a Promise.
 */
export const PROMISE_STYLE_SINCE = '2.10.2';

/** `wx.canIUse` answered from incomplete data before this version (known false negatives). */
export const CANIUSE_COMPLETE_SINCE = '2.6.2';

/**
 * The non-share APIs the simulator provides, with the base library version each appeared in.
 * The share surface itself is in `share-surface.ts`.
 */
export const generalApis: Readonly<Record<string, string>> = {
  getSystemInfo: '1.0.0',
  getSystemInfoSync: '1.0.0',
  getLaunchOptionsSync: '2.1.2',
  onAppShow: '2.1.2',
  offAppShow: '2.1.2',
  onAppHide: '2.1.2',
  offAppHide: '2.1.2',
  getAccountInfoSync: '2.2.2',
  getEnterOptionsSync: '2.9.4',
};

/** WeChat's gate for one `SDKVersion`: its share table, then its general APIs. */
export function createVersionGate(version: string): VersionGate {
  return createGate(version, simulatedShareSurface, generalApis);
}

/**
 * What `wx.canIUse(schema)` answers: the gate, except that below 2.6.2 the schemas listed in
 * `gaps` answer false (WeChat's data was incomplete then; the caller chooses which gaps to model).
 */
export function wxCanIUse(gate: VersionGate, schema: unknown, gaps: readonly string[]): boolean {
  if (typeof schema !== 'string') return false;
  if (!gate.atLeast(CANIUSE_COMPLETE_SINCE) && gaps.includes(schema)) return false;
  return gate.has(schema);
}
