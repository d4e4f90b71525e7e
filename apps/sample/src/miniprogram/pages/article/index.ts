// pages/article/index.js: the article page. Everything it decides comes from the shared logic and
// its shared Page() binding; this file names WeChat's own parts.
import { sharePage } from '@sharekit/wx';
import { articlePage } from '../../../shared';
import { serverGroupId } from '../../group-id';

Page(
  articlePage({
    share: () => getApp().globalData.share,
    sharePage,
    options: () => ({
      resolveGroupId: serverGroupId(wx, SAMPLE_API_BASE),
      // WeChat's option for tickets: platform code names it, the shared logic asks supports('tickets').
      ticketMenu: { withShareTicket: true },
    }),
  }),
);
