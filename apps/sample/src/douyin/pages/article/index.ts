// pages/article/index.js for Douyin: the same article page and shared logic as WeChat's; this file
// only binds it to Page() and setData().
import { type DouyinPageHooks, type DouyinShareAppMessageOption, sharePage } from '@sharekit/douyin';
import { type ArticleApp, type ArticlePageData, createArticleApp, pageData } from '../../../shared';

interface Instance {
  article?: ArticleApp;
  hooks?: DouyinPageHooks;
  stop?: () => void;
}

const initial: Partial<ArticlePageData> = { title: '', canShareButton: false, log: [], matrix: [] };

Page({
  data: initial,
  onLoad(query: Record<string, string | undefined>) {
    const self = this as unknown as Instance;
    const { share } = getApp().globalData;
    // No share tickets on Douyin: the shared logic asks supports('tickets') and skips them.
    const article = createArticleApp({ controller: share.controller, articleId: query.id ?? '42' });
    self.article = article;
    self.hooks = sharePage(share, article.content);
    self.stop = article.subscribe((view) => this.setData(pageData(view)));
    this.setData(pageData(article.getView()));
    void article.start();
  },
  onShow() {
    // Douyin reports no share result: the page showing again ends the share, unconfirmed.
    (this as unknown as Instance).hooks?.onShow();
  },
  onUnload() {
    const self = this as unknown as Instance;
    self.stop?.();
    self.article?.dispose();
  },
  // Defined on the page: before base library 2.91.0 Douyin shows 分享 only for pages that have it,
  // and a screenshot share needs it on every version.
  onShareAppMessage(options?: DouyinShareAppMessageOption) {
    const hooks = (this as unknown as Instance).hooks ?? sharePage(getApp().globalData.share);
    return hooks.onShareAppMessage(options);
  },
});
