import type { ContentSource } from '../contract/content';

interface PageHandlers {
  onShareAppMessage: unknown;
  onShow(): void;
}

/**
 * What every mini program's `sharePage` spreads into `Page({...})`: the adapter's
 * `onShareAppMessage`, and an `onShow` that first makes `content` (when given) the controller's,
 * since the page showing is when it becomes the page in front. `this` is passed on: it is the page
 * when the platform calls the hook, and its route tells pages apart without `getCurrentPages`.
 */
export function pageHooks<H extends PageHandlers>(
  page: H,
  controller: { setContent(content: ContentSource): void },
  content?: ContentSource,
): Pick<H, 'onShareAppMessage' | 'onShow'> {
  return {
    onShareAppMessage: page.onShareAppMessage,
    onShow(this: unknown) {
      if (content !== undefined) controller.setContent(content);
      page.onShow.call(this);
    },
  };
}
