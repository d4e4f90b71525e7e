// pages/article/index.js of the QQ mini program: the same shared logic as the WeChat page; only
// the binding to Page() and QQ's own menu option differ.
import { type QQPageHooks, type QQShareAppMessageOption, sharePage } from '@sharekit/qq';
import { type ArticleApp, type ArticlePageData, createArticleApp, pageData } from '../../../shared';

interface Instance {
  article?: ArticleApp;
  hooks?: QQPageHooks;
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
      // No group-id endpoint for QQ here: the sample's server holds a WeChat session key. The page
      // shows that share info arrived; decrypt it with @sharekit/server and your QQ session key.
      // QQ's option for tickets, with its items (转发, 分享到空间, WeChat friends and Moments).
      ticketMenu: { withShareTicket: true, showShareItems: ['qq', 'qzone', 'wechatFriends', 'wechatMoment'] },
    });
    self.article = article;
    self.hooks = sharePage(share, article.content);
    self.stop = article.subscribe((view) => this.setData(pageData(view)));
    this.setData(pageData(article.getView()));
    void article.start();
  },
  onShow() {
    // Settles a share QQ does not report on as unconfirmed: the page is back.
    (this as unknown as Instance).hooks?.onShow();
  },
  onUnload() {
    const self = this as unknown as Instance;
    self.stop?.();
    self.article?.dispose();
  },
  // Defined on the page itself: QQ shows the share items only for pages that have it.
  onShareAppMessage(options?: QQShareAppMessageOption) {
    const hooks = (this as unknown as Instance).hooks ?? sharePage(getApp().globalData.share);
    return hooks.onShareAppMessage(options);
  },
});
