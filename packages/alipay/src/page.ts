import type { ContentSource } from '@sharekit/core';
import { pageHooks } from '@sharekit/core/adapter';
import type { AlipayPageHooks, AlipayShare } from './types';

/**
 * The share handlers of one page, to spread into `Page({ ...sharePage(share, content) })`:
 * `onShareAppMessage` and `onShow`. With `content`, the page's content becomes the controller's
 * each time the page shows. A page with its own `onShow` calls this one from it.
 */
export function sharePage({ adapter, controller }: AlipayShare, content?: ContentSource): AlipayPageHooks {
  return pageHooks(adapter.page, controller, content);
}
