// pages/article/index.js (Alipay): the same shared page as WeChat's. No share tickets on Alipay:
// the shared logic asks supports('tickets') and skips the group. What Alipay adds: a button for
// my.showSharePanel (1.17.0+), whose result is the outcome of share().
import { sharePage } from '@sharekit/alipay';
import { articlePage } from '../../../shared';

const page = articlePage({
  share: () => getApp().globalData.share,
  sharePage,
  extraData: (share) => ({ canSharePanel: share.controller.supports('share') }),
});

Page({ ...page, onSharePanel: page.shareFromPage });
