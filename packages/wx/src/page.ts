import type { ContentSource } from '@sharekit/core';
import { pageHooks } from '@sharekit/core/adapter';
import type { WxPageHooks, WxShare } from './types';

export interface SharePageOptions {
  /**
   * Define `onShareTimeline` (2.11.3+), which puts "分享到朋友圈" in the page's menu. Default
   * false: a timeline share opens the page in WeChat's limited single-page mode, so it is opt-in.
   */
  timeline?: boolean;
}

/**
 * The share handlers of one page, to spread into `Page({ ...sharePage(share, content) })`:
 * `onShareAppMessage`, `onShow` and, with `{ timeline: true }`, `onShareTimeline`. With `content`,
 * the page's content becomes the controller's each time the page shows. A page with its own
 * `onShow` calls this one from it (a later `onShow` key replaces the spread one):
 *
 * ```js
 * const share = sharePage({ adapter, controller }, content);
 * Page({ ...share, onShow() { share.onShow(); ... } });
 * ```
 */
export function sharePage({ adapter, controller }: WxShare, content?: ContentSource, options: SharePageOptions = {}): WxPageHooks {
  const hooks: WxPageHooks = pageHooks(adapter.page, controller, content);
  if (options.timeline) hooks.onShareTimeline = adapter.page.onShareTimeline;
  return hooks;
}
