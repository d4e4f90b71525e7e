import { isShareError, type ShareContent, ShareError } from '@sharekit/core';
import { DEV } from './dev';

/** Turns an app route (`/pages/a?id=1`) into an absolute URL. May throw a ShareError. */
export type ResolveUrl = (path: string, window: Window) => string | URL;

const invalid = (detail: string | false, cause?: unknown) =>
  new ShareError('invalid-content', detail, { platform: 'web', cause });

/**
 * The default resolver: the route on the page's own origin. A route that would leave the origin
 * (`/\evil.example`, which URL parsing reads as `//evil.example`) is refused rather than shared.
 */
export const resolveOnOrigin: ResolveUrl = (path, win) => {
  const { origin } = win.location;
  const url = new URL(path, origin);
  if (url.origin !== origin) throw invalid(DEV && `path ${JSON.stringify(path)} resolves outside ${origin}; pass a resolveUrl that allows it`);
  return url;
};

/**
 * The one URL a share sends: `url` (relative to the page) wins over `path` (through `resolve`);
 * the current page is the default. Throws `invalid-content` unless the result is http(s).
 */
export function shareUrl(content: ShareContent, win: Window, resolve: ResolveUrl = resolveOnOrigin): string {
  let url: URL;
  try {
    const raw = content.url ?? (content.path === undefined ? win.location.href : resolve(content.path, win));
    url = new URL(String(raw), win.location.href);
  } catch (e) {
    throw isShareError(e) ? e : invalid(DEV && `cannot make an absolute URL of ${JSON.stringify(content.url ?? content.path)}: ${e}`, e);
  }
  if (!/^https?:/.test(url.protocol)) throw invalid(DEV && `only http(s) URLs can be shared (got "${url.protocol}")`);
  return url.href;
}
