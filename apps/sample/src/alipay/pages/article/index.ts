// pages/article/index.js (Alipay): the same article page as WeChat's, from the same shared logic;
// this file only binds it to Alipay's Page() and setData().
import { type AlipayPageHooks, type AlipayShareAppMessageOption, sharePage } from '@sharekit/alipay';
import { type ArticleApp, type ArticlePageData, createArticleApp, pageData } from '../../../shared';

interface Instance {
  article?: ArticleApp;
  hooks?: AlipayPageHooks;
  stop?: () => void;
}

type Data = Partial<ArticlePageData> & { canSharePanel?: boolean };

const initial: Data = { title: '', canShareButton: false, canSharePanel: false, log: [], matrix: [] };

Page({
  data: initial,
  onLoad(query: Record<string, string | undefined>) {
    const self = this as unknown as Instance;
    const { share } = getApp().globalData;
    // No share tickets on Alipay: the shared logic asks supports('tickets') and skips the group.
    const article = createArticleApp({ controller: share.controller, articleId: query.id ?? '42' });
    self.article = article;
    self.hooks = sharePage(share, article.content);
    const render = () => this.setData({ ...pageData(article.getView()), canSharePanel: share.controller.supports('share') });
    self.stop = article.subscribe(render);
    render();
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
  onSharePanel() {
    void (this as unknown as Instance).article?.share('api');
  },
  onShareAppMessage(options?: AlipayShareAppMessageOption) {
    const hooks = (this as unknown as Instance).hooks ?? sharePage(getApp().globalData.share);
    return hooks.onShareAppMessage(options);
  },
});
