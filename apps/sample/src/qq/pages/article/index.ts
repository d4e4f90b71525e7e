// pages/article/index.js of the QQ mini program: the same shared page as WeChat's; only QQ's own
// menu option differs. QQ reports no outcome: a share ends unconfirmed when the page shows again.
import { sharePage } from '@sharekit/qq';
import { articlePage } from '../../../shared';

Page(
  articlePage({
    share: () => getApp().globalData.share,
    sharePage,
    // No group-id endpoint for QQ here: the sample's server holds a WeChat session key. The page
    // shows that share info arrived; decrypt it with @sharekit/server and your QQ session key.
    // QQ's option for tickets, with its items (转发, 分享到空间, WeChat friends and Moments).
    options: () => ({ ticketMenu: { withShareTicket: true, showShareItems: ['qq', 'qzone', 'wechatFriends', 'wechatMoment'] } }),
  }),
);
