// pages/article/index.js of the Baidu smart program: the same shared page as WeChat's. Baidu has
// no share menu API and no share tickets: the shared logic learns that from supports() and skips
// them. What Baidu adds: a second button for swan.openShare.
import { sharePage } from '@sharekit/baidu';
import { articlePage } from '../../../shared';

const page = articlePage({
  share: () => getApp().globalData.share,
  sharePage,
  // swan.openShare: the app can start a share itself where supports('share').
  extraData: (share) => ({ canOpenShare: share.controller.supports('share') }),
});

Page({
  ...page,
  /** The page's second button: the outcome comes from openShare's own callbacks. */
  openShare: page.shareFromPage,
});
