// pages/article/index.js: the article page. Everything it decides comes from the shared logic;
// this file only binds it to Page() and setData().
import { sharePage, type WxPageHooks, type WxShareAppMessageOption } from '@sharekit/wx';
import { type ArticleApp, type ArticlePageData, createArticleApp, pageData } from '../../../shared';
import { serverGroupId } from '../../group-id';

/** What each page instance keeps besides its data. */
interface Instance {
  article?: ArticleApp;
  hooks?: WxPageHooks;
  stop?: () => void;
}

const initial: Partial<ArticlePageData> = { title: '', canShareButton: false, log: [], matrix: [] };

Page({
  data: initial,
  onLoad(query: Record<string, string | undefined>) {
    const self = this as unknown as Instance;
    const { share } = getApp().globalData;
    const article = createArticleApp({
      controller: share.controller,
      articleId: query.id ?? '42',
      resolveGroupId: serverGroupId(wx, SAMPLE_API_BASE),
      // WeChat's option for tickets: platform code names it, the shared logic asks supports('tickets').
      ticketMenu: { withShareTicket: true },
    });
    self.article = article;
    // With the content: each time this page shows, its content becomes the controller's again.
    self.hooks = sharePage(share, article.content);
    self.stop = article.subscribe((view) => this.setData(pageData(view)));
    this.setData(pageData(article.getView()));
    void article.start();
  },
  onShow() {
    // Also settles a share WeChat does not report on (2.3.0+) as unconfirmed: the page is back.
    (this as unknown as Instance).hooks?.onShow();
  },
  onUnload() {
    const self = this as unknown as Instance;
    self.stop?.();
    self.article?.dispose();
  },
  // Defined on the page itself: WeChat shows the menu item "转发" only for pages that have it.
  onShareAppMessage(options?: WxShareAppMessageOption) {
    const hooks = (this as unknown as Instance).hooks ?? sharePage(getApp().globalData.share);
    return hooks.onShareAppMessage(options);
  },
});
