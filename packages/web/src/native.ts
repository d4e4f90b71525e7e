import { type ShareOutcome, ShareError } from '@sharekit/core';
import { DEV } from './dev';

/** What to do about a rejection, by its code (development messages only). */
function hint(code: string, name: string): string {
  if (code === 'not-allowed') return 'share from a click, before any await, or enable the fallback';
  if (code === 'busy') return 'wait for the open share';
  if (code === 'invalid-content') return 'check url, title, text and files';
  return name === 'DataError' ? 'the share target failed' : 'see cause';
}

/** navigator.canShare's answer; false when it throws. */
export function canShare(nav: Navigator, data: ShareData): boolean {
  // Browsers with share() but no canShare() (Safari 12-13) cannot share files.
  if (typeof nav.canShare !== 'function') return !data.files;
  try {
    return nav.canShare(data);
  } catch {
    return false;
  }
}

/** The outcome of a rejected navigator.share; the DOMException is kept as cause. */
export function rejection(e: unknown): ShareOutcome {
  const name = String((e as { name?: unknown } | null)?.name);
  if (name === 'AbortError') return { status: 'cancelled', channel: 'system' };
  const message = e instanceof Error ? `${e.name}: ${e.message}` : String(e);
  // What each rejection means. The browser found the data unusable (TypeError: nothing to share,
  // a bad URL): that is the content's fault. A DataError (the share target failed) and anything
  // unknown are `platform`.
  const code = name === 'NotAllowedError' ? 'not-allowed' : name === 'InvalidStateError' ? 'busy' : name === 'TypeError' ? 'invalid-content' : 'platform';
  return {
    status: 'failed',
    error: new ShareError(code, DEV && `navigator.share failed (${message}); ${hint(code, name)}`, { platform: 'web', platformMessage: message, cause: e }),
  };
}

/**
 * Calls navigator.share at once (synchronously: user activation does not survive an await).
 * Undefined when the browser cannot share this data natively.
 *
 * Some browsers never settle the promise (the share UI gone, the target app chosen): once the
 * user presses a key or a pointer on the page again, the share UI is gone, and the outcome is
 * `unconfirmed` from the system sheet instead of a session that blocks every click as `busy`.
 */
export function nativeShare(win: Window, data: ShareData): Promise<ShareOutcome> | undefined {
  const nav = win.navigator;
  if (!nav || typeof nav.share !== 'function' || !canShare(nav, data)) return undefined;
  let pending: Promise<void>;
  try {
    pending = Promise.resolve(nav.share(data));
  } catch (e) {
    pending = Promise.reject(e);
  }
  const settled = pending.then((): ShareOutcome => ({ status: 'shared', channel: 'system' }), rejection);
  let back!: () => void;
  const returned = new Promise<ShareOutcome>((resolve) => {
    back = () => resolve({ status: 'unconfirmed', channel: 'system' });
  });
  const events = ['pointerdown', 'keydown'] as const;
  for (const type of events) win.addEventListener?.(type, back, true);
  return Promise.race([settled, returned]).finally(() => {
    for (const type of events) win.removeEventListener?.(type, back, true);
  });
}
