import type { ShareAdapter } from '../contract/adapter';
import type { ShareInitiation } from '../contract/capability';
import type { ContentSource, ShareTrigger } from '../contract/content';
import type { ShareInfo } from '../contract/launch';
import type { ShareControllerOptions } from '../contract/controller';
import type { LaunchContext } from '../contract/launch';
import { isShareError, ShareError } from '../errors';
import { fieldsOf } from '../fields';
import { logError } from '../timers';
import { DEV } from '../dev';

// Input checks of the controller: everything an app or an adapter hands over is read once,
// defensively, and turned into well-typed data or a ShareError that says what to do.

export const invalid = (detail: string | false) => new ShareError('invalid-argument', detail);

/** Reads untrusted input: a getter or proxy that throws becomes a ShareError `invalid-argument`. */
export function read<T>(what: string | false, fn: () => T): T {
  try {
    return fn();
  } catch (error) {
    if (isShareError(error)) throw error;
    throw new ShareError('invalid-argument', DEV && `${what} could not be read (a getter threw); pass plain data`, { cause: error });
  }
}

export function checkSource(source: unknown): ContentSource {
  if (typeof source === 'function' || (typeof source === 'object' && source !== null && !Array.isArray(source))) {
    return source as ContentSource;
  }
  throw invalid(DEV && `content must be share content or a provider function (got ${source === null ? 'null' : typeof source})`);
}

/** A shallow copy of menu or share-info options (the adapter checks their fields). */
export function callOptions(options: unknown, name: string): object {
  return read(DEV && `${name} options`, () => {
    if (options === undefined) return {};
    if (typeof options !== 'object' || options === null || Array.isArray(options)) throw invalid(DEV && `${name} options must be an object`);
    return { ...options };
  });
}

/** An app's trigger for `share()`: `from` defaults to `api`; the other fields keep their types. */
export function trigger(partial: Partial<ShareTrigger> | undefined): ShareTrigger {
  const t = read(DEV && 'the trigger', () => ({ ...partial }));
  const out: ShareTrigger = { from: t.from ?? 'api' };
  if (typeof out.from !== 'string' || out.from === '') throw invalid(DEV && `trigger.from must be a non-empty string such as "api" or "button" (got ${typeof t.from})`);
  for (const key of ['channel', 'webViewUrl'] as const) {
    if (t[key] === undefined) continue;
    if (typeof t[key] !== 'string') throw invalid(DEV && `trigger.${key} must be a string (got ${typeof t[key]})`);
    out[key] = t[key];
  }
  if (t.target !== undefined) out.target = t.target;
  return out;
}

export function launchContext(context: unknown): LaunchContext {
  const c = fieldsOf(context);
  const query: Record<string, string> = {};
  for (const [k, v] of Object.entries(fieldsOf(c.query))) if (typeof v === 'string') query[k] = v;
  // Only well-typed fields: a platform's odd launch options must not reach the app as truth.
  return {
    ...(typeof c.scene === 'number' && { scene: c.scene }),
    ...(typeof c.shareTicket === 'string' && c.shareTicket !== '' && { shareTicket: c.shareTicket }),
    ...(typeof c.path === 'string' && { path: c.path }),
    ...(c.query !== undefined && { query }),
  };
}

/** Share info as the platform must hand it over; anything else is a platform fault. */
export function checkShareInfo(info: unknown, platform: string): ShareInfo {
  const i = info as Partial<ShareInfo> | null | undefined;
  if (!i || typeof i.encryptedData !== 'string' || !i.encryptedData || typeof i.iv !== 'string' || !i.iv) {
    throw new ShareError('platform', DEV && `the ${platform} adapter gave share info without encryptedData and iv; try again`, { platform });
  }
  return i as ShareInfo;
}

const MAX_TIMER = 2 ** 31 - 1; // setTimeout's limit: larger values fire at once

/** A timeout an app gives: `fallback` when missing; else a number of ms a timer can wait. */
export function checkTimeout<F extends number | undefined>(name: string | false, value: unknown, fallback: F, why: string | false = DEV && '; a session must not hang'): number | F {
  if (value === undefined) return fallback;
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 1 || value > MAX_TIMER) {
    throw invalid(DEV && `${name} must be a number of ms from 1 to ${MAX_TIMER} (got ${typeof value === 'number' ? value : typeof value})${why}`);
  }
  return value;
}

export function readOptions<A extends ShareAdapter>(options: ShareControllerOptions<A>) {
  const o = read(DEV && 'createShareController options', () => ({ ...options }));
  const adapter = o.adapter;
  if (typeof adapter !== 'object' || adapter === null || read(DEV && 'the adapter', () => typeof adapter.platform) !== 'string') {
    throw invalid(DEV && 'createShareController needs { adapter }, a ShareAdapter such as createMockAdapter()');
  }
  // Read once: a getter that changes its mind later cannot turn a share into a TypeError.
  const declared = read(DEV && 'adapter.initiation', () => (Array.isArray(adapter.initiation) ? [...adapter.initiation] : []));
  // Asked only for 'app' and 'preset': whatever else an adapter declares never matches.
  const initiation = (i: ShareInitiation) => declared.includes(i);
  return {
    adapter,
    initiation,
    content: o.content,
    presentTimeout: checkTimeout(DEV && 'presentTimeout', o.presentTimeout, 60_000),
    composeTimeout: checkTimeout(DEV && 'composeTimeout', o.composeTimeout, 10_000),
    onListenerError: typeof o.onListenerError === 'function' ? o.onListenerError : logError,
  };
}
