import type { ContentSource } from '@sharekit/core';
import { pageHooks } from '@sharekit/core/adapter';
import type { QQPageHooks, QQShare } from './types';

/**
 * The share handlers of one page, to spread into `Page({ ...sharePage(share, content) })`:
 * `onShareAppMessage` and `onShow`. With `content`, the page's content becomes the controller's
 * each time the page shows. A page with its own `onShow` calls this one from it:
 *
 * ```js
 * const share = sharePage({ adapter, controller }, content);
 * Page({ ...share, onShow() { share.onShow(); ... } });
 * ```
 */
export function sharePage({ adapter, controller }: QQShare, content?: ContentSource): QQPageHooks {
  return pageHooks(adapter.page, controller, content);
}
