// pages/article/index.js for Douyin: the same shared page as WeChat's. No share tickets and no
// share result on Douyin: the shared logic asks supports() and skips them; the page showing again
// ends a share, unconfirmed. onShareAppMessage is on the page (the binding defines it): before base
// library 2.91.0 Douyin shows 分享 only for pages that have it, and a screenshot share needs it.
import { sharePage } from '@sharekit/douyin';
import { articlePage } from '../../../shared';

Page(articlePage({ share: () => getApp().globalData.share, sharePage }));
