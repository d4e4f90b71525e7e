import type { TicketStore } from './tickets';
import type { WxCall, WxLifecycleEvent, WxPlatform } from './types';
import type { VersionGate } from './versions';

/** Options after defaults and validation. */
export interface ResolvedOptions {
  SDKVersion: string;
  appId: string;
  appName: string;
  sessionKey: string;
  platform: WxPlatform;
  promiseTimeout: number;
  latency: number;
  resultOrder: 'callbacks-first' | 'show-first';
  canIUseGaps: readonly string[];
  cloud: boolean;
}

/** The state every part of the runtime shares. Internal. */
export interface RuntimeContext {
  readonly config: ResolvedOptions;
  readonly gate: VersionGate;
  /** The decoded session key. */
  readonly key: Uint8Array;
  readonly calls: WxCall[];
  readonly events: WxLifecycleEvent[];
  readonly errors: unknown[];
  readonly tickets: TicketStore;
  /** Bumped by destroy(): tickets of older generations are invalid. */
  generation: number;
  /** True while a user tap handler runs (APIs that need a TAP gesture). */
  inTap: boolean;
  /** Something app code threw: recorded, then App.onError, else rethrown on a microtask. */
  reportError(error: unknown): void;
}

export const DEFAULT_GROUP = 'tGsimulatedGroup0001';

/** Splits `'/pages/a/index?x=1'` into a route without leading slash and a decoded query. */
export function parseUrl(url: string): { route: string; query: Record<string, string> } {
  const at = url.indexOf('?');
  const path = at < 0 ? url : url.slice(0, at);
  const search = at < 0 ? '' : url.slice(at + 1);
  const query: Record<string, string> = {};
  for (const pair of search.split('&')) {
    if (pair === '') continue;
    const eq = pair.indexOf('=');
    const key = eq < 0 ? pair : pair.slice(0, eq);
    const value = eq < 0 ? '' : pair.slice(eq + 1);
    query[safeDecode(key)] = safeDecode(value);
  }
  return { route: normalizeRoute(path), query };
}

function safeDecode(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

/** WeChat routes carry no leading slash (`pages/article/index`). */
export function normalizeRoute(path: string): string {
  return path.replace(/^\/+/, '');
}

export function stringifyQuery(query: Record<string, string>): string {
  return Object.entries(query)
    .map(([key, value]) => `${encodeURIComponent(key)}=${encodeURIComponent(value)}`)
    .join('&');
}

/** The share path of a page: `/route?query`. */
export function pagePath(route: string, query: Record<string, string>): string {
  const search = stringifyQuery(query);
  return `/${route}${search ? `?${search}` : ''}`;
}

export const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null;

export const isThenable = (value: unknown): value is PromiseLike<unknown> =>
  (typeof value === 'object' || typeof value === 'function') &&
  value !== null &&
  typeof (value as { then?: unknown }).then === 'function';
