import { asTap, createSharePanel, isObject, isThenable, type Lifecycle, notOpened, type PageRecord, pagePath, type SimContext, sleep } from '../miniprogram';
import type {
  DouyinButtonTarget,
  DouyinChoice,
  DouyinLaunchOptions,
  DouyinMenuState,
  DouyinShareCard,
  DouyinShareOption,
  DouyinShareReport,
  DouyinShareTap,
  DouyinUser,
} from './types';

type Page = PageRecord<DouyinMenuState>;
type Via = { from: string; channel: string; target?: DouyinButtonTarget; needsMenu: boolean; needsHandler: boolean };

const CHOICES: readonly DouyinChoice[] = ['friend', 'cancel', 'fail'];
const text = (value: unknown): value is string => typeof value === 'string' && value !== '';

/** The card Douyin builds from a ShareParam: its defaults are the mini app's name and the current page. */
function card(returned: unknown, page: Page, appName: string): DouyinShareCard {
  // An async handler returns a promise: whether Douyin waits for it is not documented
  // (UNCONFIRMED), so the simulator shares the defaults.
  const r = isObject(returned) && !isThenable(returned) ? returned : {};
  const out: DouyinShareCard = { title: text(r.title) ? r.title : appName, path: text(r.path) ? r.path : pagePath(page.route, page.instance.options) };
  if (text(r.desc)) out.desc = r.desc;
  if (text(r.imageUrl)) out.imageUrl = r.imageUrl;
  if (text(r.templateId)) out.templateId = r.templateId;
  if (isObject(r.extra)) out.extra = { ...r.extra };
  return out;
}

/**
 * The simulated user and Douyin's share publisher. Shares are user-triggered only
 * (…/tutorial/open-capabilities/general-capabilities/share): the menu's 分享, the quick-share
 * panel, a share button, a screenshot (only when the page defines `onShareAppMessage`). The page's
 * handler is asked synchronously; the ShareParam's `success` runs once the publisher is up (the
 * official sample's meaning: not that the user shared), `fail` when it cannot open. The user's
 * choice is never reported. The page shows again when the publisher closes.
 */
export function createUser(ctx: SimContext, life: Lifecycle<DouyinLaunchOptions, undefined, DouyinMenuState>, appName: string): DouyinUser {
  const panel = createSharePanel(ctx, life);

  async function share(via: Via, tap: DouyinShareTap = {}): Promise<DouyinShareReport> {
    const report: DouyinShareReport = { opened: true };
    const choice = tap.choose ?? 'friend';
    if (!CHOICES.includes(choice)) throw new TypeError(`choose must be one of ${CHOICES.join(', ')}`);
    const page = panel.tappable();
    if (typeof page === 'string') return notOpened(report, page);
    const handler = page.instance.onShareAppMessage;
    if (via.needsMenu && !page.menu.items.includes('share')) return notOpened(report, 'menu-hidden');
    if (via.needsHandler && typeof handler !== 'function') return notOpened(report, 'no-handler');
    const option: DouyinShareOption = { from: via.from, channel: via.channel };
    if (via.target) option.target = via.target;
    if (ctx.gate.has('onShareAppMessage.object.webviewUrl')) option.webviewUrl = tap.webviewUrl ?? '';
    report.option = option;
    const generation = ctx.generation;
    // From 2.91.0 a page without the handler shares the home page's defaults (…/api/retweet/logic).
    const ask = typeof handler === 'function' ? handler : () => undefined;
    const returned = asTap(ctx, () => panel.open(page, ask, report, { ...option }));
    const param = isObject(returned) && !isThenable(returned) ? returned : {};
    await sleep(0);
    const callback = choice === 'fail' ? 'fail' : 'success';
    const fn = param[callback];
    report.callback = callback;
    if (typeof fn === 'function') {
      try {
        fn.call(param, choice === 'fail' ? { errMsg: 'shareAppMessage:fail publisher unavailable' } : { errMsg: 'shareAppMessage:ok' });
      } catch (error) {
        ctx.reportError(error);
      }
    }
    if (choice === 'friend') report.delivered = card(returned, page, appName);
    await sleep(0);
    panel.close(page, generation);
    return report;
  }

  return {
    tapMenuShare: (tap) => share({ from: 'menu', channel: '', needsMenu: true, needsHandler: false }, tap),
    tapShareButton(target = {}, tap) {
      const full: DouyinButtonTarget = { id: '', dataset: {}, offsetTop: 0, offsetLeft: 0, ...target };
      // `data-channel` on the button sets `channel` (…/api/retweet/share/share-option).
      const channel = typeof full.dataset.channel === 'string' ? full.dataset.channel : '';
      return share({ from: 'button', channel, target: full, needsMenu: false, needsHandler: false }, tap);
    },
    tapQuickShare: (tap) => share({ from: 'quick_share', channel: 'friend_list', needsMenu: true, needsHandler: false }, tap),
    takeScreenshot: (tap) => share({ from: 'screenshot', channel: 'qrcode', needsMenu: false, needsHandler: true }, tap),
  };
}
