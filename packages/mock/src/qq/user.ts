import { ShareError } from '@sharekit/core';
import { createSharePanel, isObject, isThenable, type Lifecycle, notOpened, pagePath, type SimContext, sleep } from '../miniprogram';
import type { QQMenuData } from './menu';
import type { QQButtonTarget, QQChoice, QQDeliveredCard, QQLaunchOptions, QQMenuItem, QQShareReport, QQShareTap, QQUser } from './types';

const CHOICES: readonly QQChoice[] = ['group', 'single', 'cancel'];
const DEFAULT_SHARE_MODE: readonly QQMenuItem[] = ['qq', 'qzone'];
export const DEFAULT_GROUP = 'qqSimulatedGroup0001';

const text = (value: unknown): value is string => typeof value === 'string' && value !== '';

/** The card fields QQ reads (WeChat-compatible: http://h5.qianbao.qq.com/wiki/articleH5?id=1237); a Promise is not content. */
function readCard(returned: unknown, defaults: QQDeliveredCard): QQDeliveredCard {
  const value = isObject(returned) && !isThenable(returned) ? returned : {};
  const card: QQDeliveredCard = { title: text(value.title) ? value.title : defaults.title, path: text(value.path) ? value.path : defaults.path };
  if (text(value.imageUrl)) card.imageUrl = value.imageUrl;
  return card;
}

/**
 * The simulated user. QQ asks the page's `onShareAppMessage` synchronously when an item of the
 * menu or a share button is tapped, opens its panel over the page, and reports nothing back:
 * the page simply shows again when the panel closes (QQ documents no result callbacks for a
 * mini program card).
 */
export function createQQUser(
  ctx: SimContext & { appName: string },
  life: Lifecycle<QQLaunchOptions, unknown, QQMenuData>,
): QQUser {
  const panel = createSharePanel(ctx, life);

  async function share(via: 'menu' | 'button', target: QQButtonTarget, tap: QQShareTap): Promise<QQShareReport> {
    const report: QQShareReport = { via, opened: false, delivered: null, withShareTicket: false };
    const item = tap.item ?? 'qq';
    const choose = tap.choose ?? 'group';
    if (!CHOICES.includes(choose)) throw new ShareError('invalid-argument', `choose must be one of ${CHOICES.join(', ')} (got ${JSON.stringify(choose)})`);
    const page = panel.tappable();
    if (typeof page === 'string') return notOpened(report, page);
    const handler = page.instance.onShareAppMessage;
    if (typeof handler !== 'function') return notOpened(report, 'no-handler');
    if (via === 'menu' && !page.menu.items.includes(item)) return notOpened(report, 'menu-hidden');
    if (via === 'button' && !(target.shareMode ?? DEFAULT_SHARE_MODE).includes(item)) return notOpened(report, 'item-unavailable');

    const withShareTicket = page.menu.withShareTicket;
    const generation = ctx.generation;
    const argument: Record<string, unknown> = { from: via };
    if (via === 'button') argument.target = { id: target.id ?? '', dataset: { ...target.dataset } };
    if (tap.webViewUrl !== undefined) argument.webViewUrl = tap.webViewUrl;
    report.opened = true;
    report.argument = argument;
    report.item = item;
    const returned = panel.open(page, handler, report, argument);
    try {
      await sleep(tap.dwell ?? 0);
      if (choose !== 'cancel') {
        report.delivered = readCard(returned, { title: ctx.appName, path: pagePath(page.route, page.instance.options) });
        // Tickets go to group cards in QQ chats only (https://q.qq.com/wiki/develop/game/frame/open-ability/share.html).
        report.withShareTicket = withShareTicket && item === 'qq' && choose === 'group';
      }
    } finally {
      panel.close(page, generation);
    }
    return report;
  }

  return {
    tapMenuShare: (tap = {}) => share('menu', {}, tap),
    tapShareButton: (target = {}, tap = {}) => share('button', target, tap),
  };
}
