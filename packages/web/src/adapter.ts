import { type ShareAdapter, type ShareContent, ShareError, type ShareOutcome, type ShareTrigger } from '@sharekit/core';
import type { ShareSession } from '@sharekit/core/adapter';
import { webCanIUse, webSupports } from './can-i-use';
import type { Channel, IntentData, SheetLabels } from './channels';
import { nativeShare } from './native';
import type { Sheet } from './sheet';
import { type ResolveUrl, shareUrl } from './url';
import { DEV } from './dev';

export interface WebAdapterOptions {
  /** The browser window. Default: the global `window`; none during server rendering. */
  window?: Window;
  /** Turns `content.path` into an absolute URL. Default: {@link resolveOnOrigin}. */
  resolveUrl?: ResolveUrl;
  /** Use navigator.share where the browser has it and accepts the data. Default true. */
  native?: boolean;
  /** Show the fallback sheet where native share is missing or refused. Default true. */
  fallback?: boolean;
  /** The sheet's channels, in order. Default: {@link defaultChannels}. */
  channels?: readonly Channel[];
  /** Texts of the sheet (translations); see {@link defaultLabels}. */
  labels?: Partial<SheetLabels>;
  /**
   * Close the sheet by itself after this many ms, as if the user closed it. Default 0: it stays
   * open until the user closes it.
   */
  timeout?: number;
  /**
   * Where the browser has no navigator.share, load the sheet's chunk when the page is idle (or at
   * the first pointer-down, if sooner), so that the first click shows it at once. Default true;
   * false loads it at the first share.
   */
  prefetch?: boolean;
}

/** The web adapter: app-started shares only; no menus, no share info (those methods are absent). */
export interface WebAdapter extends ShareAdapter {
  readonly platform: 'web';
  readonly initiation: readonly ['app'];
  share(content: ShareContent, trigger?: ShareTrigger, session?: ShareSession): Promise<ShareOutcome>;
  /** Closes the fallback sheet if one is open (or loading); its session ends as closing it would. */
  closeSheet(): void;
}

const error = (code: string, detail: string | false, cause?: unknown) => new ShareError(code, detail, { platform: 'web', cause });
const failed = (e: ShareError): ShareOutcome => ({ status: 'failed', error: e });

/**
 * The browser adapter: navigator.share first, then an accessible share sheet (copy link, a QR
 * code for WeChat, intent links), loaded as its own chunk the first time it is needed.
 * SSR-safe: without a window, shares fail `unsupported`.
 */
export function createWebAdapter(input?: WebAdapterOptions | null): WebAdapter {
  // null is "no options" (JSON configs, `opts ?? null`); anything else that is not an object is a
  // mistake worth hearing about now, not a TypeError or a silently default adapter.
  if (input != null && (typeof input !== 'object' || Array.isArray(input))) {
    throw error('invalid-argument', DEV && `options must be an object or nothing (got ${Array.isArray(input) ? 'an array' : typeof input})`);
  }
  const options: WebAdapterOptions = input ?? {};
  const win = options.window ?? (typeof window === 'undefined' ? undefined : window);
  let sheet: Sheet | undefined;
  let opened = 0; // bumped by every open and closeSheet(): a sheet that loads too late stays shut
  const canSheet = () => options.fallback !== false && typeof (win as typeof globalThis | undefined)?.HTMLDialogElement === 'function';
  const canIUse = (schema: string) => webCanIUse(schema, win, canSheet());
  const closeSheet = () => {
    // Stryker disable next-line UpdateOperator: any change marks older opens stale; -- does as well as ++
    opened++;
    sheet?.close();
  };
  // One load of the sheet chunk, shared by the prefetch and every share; a failed load is retried.
  let sheetChunk: Promise<typeof import('./sheet')> | undefined;
  const loadSheet = () => {
    sheetChunk ??= import('./sheet').catch((e) => {
      sheetChunk = undefined;
      throw e;
    });
    return sheetChunk;
  };
  if (win && options.prefetch !== false && canSheet()) {
    // Optional calls: a window-like object without events (a test double, an odd embed) must not
    // make createWebAdapter throw; it then simply gets no prefetch.
    const prefetch = () => {
      win.removeEventListener?.('pointerdown', prefetch, true);
      // With navigator.share the sheet is the exception (refused data, lost activation).
      if (typeof win.navigator.share !== 'function') loadSheet().catch(() => {});
    };
    win.addEventListener?.('pointerdown', prefetch, true);
    if (typeof win.requestIdleCallback === 'function') win.requestIdleCallback(prefetch, { timeout: 3000 });
    else win.setTimeout?.(prefetch, 200);
  }

  /** The sheet, or `refused` (else `unsupported`) where it cannot open. */
  function present(data: IntentData, session: ShareSession | undefined, refused?: ShareOutcome): Promise<ShareOutcome> {
    if (!canSheet()) return Promise.resolve(refused ?? failed(error('unsupported', DEV && 'no navigator.share for this content and no fallback sheet')));
    closeSheet();
    const id = opened;
    let done = false;
    // The controller ended the session (its timeout, dispose): a sheet must not outlive it. If it
    // ended already (a late NotAllowedError), this runs at once and the sheet never opens.
    session?.onEnd(() => {
      if (!done && id === opened) closeSheet();
    });
    return loadSheet().then(
      ({ openSheet }) => {
        if (id !== opened) return { status: 'cancelled' } as const;
        sheet = openSheet(win!, data, options);
        return sheet.result.then((outcome) => {
          done = true;
          return outcome;
        });
      },
      (e) => failed(error('platform', DEV && `the share sheet did not load (${e}); check the network`, e)),
    );
  }

  return {
    platform: 'web',
    initiation: ['app'],
    supports: (capability) => webSupports(capability, canIUse),
    canIUse,
    // Not async: navigator.share must be called before anything awaits, or activation is lost.
    share(content, _trigger, session) {
      if (!win) return Promise.resolve(failed(error('unsupported', DEV && 'no window: share in the browser, not during server rendering')));
      let url: string;
      try {
        url = shareUrl(content, win, options.resolveUrl);
      } catch (e) {
        // shareUrl throws ShareErrors only: invalid-content, or the resolver's own.
        return Promise.resolve(failed(e as ShareError));
      }
      const title = content.title ?? win.document.title;
      const text = content.text ?? '';
      // The raw imageUrl: the sheet chunk keeps only what other sites can fetch (shareImageUrl).
      const data: IntentData = { url, title, text, imageUrl: content.imageUrl ?? '' };
      // No empty text: share targets would add an empty line (or refuse) for it.
      const native: ShareData = text ? { title, text, url } : { title, url };
      if (content.files?.length) native.files = content.files as File[];
      const pending = options.native === false ? undefined : nativeShare(win, native);
      if (!pending) return present(data, session);
      // NotAllowedError: activation expired or sharing blocked; the sheet needs no activation.
      return pending.then((o) => (o.status === 'failed' && o.error.code === 'not-allowed' ? present(data, session, o) : o));
    },
    closeSheet,
  };
}
