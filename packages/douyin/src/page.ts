import type { ContentSource } from '@sharekit/core';
import { pageHooks } from '@sharekit/core/adapter';
import type { DouyinPageHooks, DouyinShare } from './types';

/**
 * The share handlers of one page, to spread into `Page({ ...sharePage(share, content) })`:
 * `onShareAppMessage` and `onShow`. With `content`, the page's content becomes the controller's
 * each time the page shows. A page with its own `onShow` calls this one from it.
 */
export function sharePage({ adapter, controller }: DouyinShare, content?: ContentSource): DouyinPageHooks {
  return pageHooks(adapter.page, controller, content);
}
