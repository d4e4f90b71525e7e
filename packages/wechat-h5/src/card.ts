import { isShareError, type ShareContent, ShareError } from '@sharekit/core';
import { DEV } from './dev';
import type { AppMessageCard } from './sdk';

/** Turns an app route (`/article/42`) into an absolute URL on a JS-SDK safe domain. May throw a ShareError. */
export type ResolveLink = (path: string, window: Window) => string | URL;

const invalid = (detail: string | false, cause?: unknown) => new ShareError('invalid-content', detail, { platform: 'wechat-h5', cause });

/** The default: the route on the page's own origin (which must be a JS安全域名 for config to pass). */
export const linkOnOrigin: ResolveLink = (path, win) => new URL(path, win.location.origin);

/**
 * The JS-SDK card for this content (platform-share-facts.md 6.2: exactly `{ title, desc, link,
 * imgUrl }`). `link` is `url`, else `path` through `resolve`, else the page itself (the SDK's own
 * default is `location.href`); it must be http(s) and, for WeChat, on a JS安全域名 of the account.
 * `title` defaults to the document's title (the SDK's default too). Throws `invalid-content`.
 */
export function toCard(content: ShareContent, win: Window, resolve: ResolveLink = linkOnOrigin): AppMessageCard {
  let link: URL;
  let image: string | undefined;
  try {
    const raw = content.url ?? (content.path === undefined ? win.location.href : resolve(content.path, win));
    link = new URL(String(raw), win.location.href);
    // WeChat fetches the image itself: a page-relative path becomes absolute.
    if (content.imageUrl !== undefined) image = new URL(content.imageUrl, win.location.href).href;
  } catch (e) {
    throw isShareError(e) ? e : invalid(DEV && `cannot make an absolute link of ${JSON.stringify(content.url ?? content.path)}: ${e}`, e);
  }
  if (!/^https?:/.test(link.protocol)) throw invalid(DEV && `the card's link must be http(s) (got "${link.protocol}")`);
  const card: AppMessageCard = { title: content.title ?? win.document.title, link: link.href };
  if (content.text !== undefined) card.desc = content.text;
  if (image !== undefined) card.imgUrl = image;
  return card;
}
