// pages/article/index.js of the Baidu smart program: the same shared logic as the WeChat page;
// this file only binds it to Page() and setData(). Baidu has no share menu API and no share
// tickets: the shared logic learns that from supports() and skips them.
import { type BaiduPageHooks, type BaiduShareAppMessageOption, sharePage } from '@sharekit/baidu';
import { type ArticleApp, type ArticlePageData, createArticleApp, pageData } from '../../../shared';

interface Instance {
  article?: ArticleApp;
  hooks?: BaiduPageHooks;
  stop?: () => void;
}

type Data = Partial<ArticlePageData> & { canOpenShare?: boolean };
const initial: Data = { title: '', canShareButton: false, canOpenShare: false, log: [], matrix: [] };

Page({
  data: initial,
  onLoad(query: Record<string, string | undefined>) {
    const self = this as unknown as Instance;
    const { share } = getApp().globalData;
    const article = createArticleApp({ controller: share.controller, articleId: query.id ?? '42' });
    self.article = article;
    self.hooks = sharePage(share, article.content);
    self.stop = article.subscribe((view) => this.setData(pageData(view)));
    // swan.openShare: the app can start a share itself where supports('share').
    this.setData({ ...pageData(article.getView()), canOpenShare: share.controller.supports('share') });
    void article.start();
  },
  onShow() {
    (this as unknown as Instance).hooks?.onShow();
  },
  onUnload() {
    const self = this as unknown as Instance;
    self.stop?.();
    self.article?.dispose();
  },
  onShareAppMessage(options?: BaiduShareAppMessageOption) {
    const hooks = (this as unknown as Instance).hooks ?? sharePage(getApp().globalData.share);
    return hooks.onShareAppMessage(options);
  },
  /** The page's second button: the outcome comes from openShare's own callbacks. */
  openShare() {
    void (this as unknown as Instance).article?.share('api');
  },
});
