import { ShareError } from '@sharekit/core';
import {
  type Lifecycle,
  type PageRecord,
  type SimContext,
  createSharePanel,
  isObject,
  isThenable,
  notOpened,
  pagePath,
  raceTimeout,
  schedule,
  sleep,
} from '../miniprogram';
import type {
  AlipayDelivered,
  AlipayLaunchOptions,
  AlipayPanelChoice,
  AlipayShareReport,
  AlipayShareTap,
  AlipayUser,
} from './types';

/** A page's share item: on by default on every page ([A1] line 186); `my.hideShareMenu` greys it out. */
export interface AlipayMenu {
  hidden: boolean;
}

export type AlipayLifecycle = Lifecycle<AlipayLaunchOptions, undefined, AlipayMenu>;

export interface AlipayPanelContext extends SimContext {
  readonly appName: string;
  readonly promiseTimeout: number;
  /** Alipay waits for a returned Promise at this version. */
  readonly waitsForPromise: boolean;
}

const CHOICES: readonly AlipayPanelChoice[] = ['share', 'not-shared', 'fail', 'close'];
const FIELDS = ['desc', 'imageUrl', 'content', 'bgImgUrl', 'scImgUrl', 'searchTip'] as const;
const text = (value: unknown): value is string => typeof value === 'string' && value !== '';

/** The card fields this version reads ([A1] lines 297–312), with Alipay's defaults for title and path. */
function readCard(ctx: AlipayPanelContext, value: Record<string, unknown>, page: PageRecord<AlipayMenu>): AlipayDelivered {
  const { gate } = ctx;
  const card: AlipayDelivered = {
    title: text(value.title) ? value.title : ctx.appName,
    path: text(value.path) ? value.path : pagePath(page.route, page.instance.options).slice(1),
  };
  for (const field of FIELDS) {
    if (text(value[field]) && gate.has(`page.onShareAppMessage.return.${field}`)) card[field] = value[field];
  }
  return card;
}

/** The simulated user: the menu, share buttons, and the panel `my.showSharePanel` opens. */
export function createAlipayUser(ctx: AlipayPanelContext, life: AlipayLifecycle) {
  const { gate } = ctx;
  const panel = createSharePanel(ctx, life);
  let answer: AlipayShareTap = {};
  const panels: Array<Promise<AlipayShareReport>> = [];
  const reports: AlipayShareReport[] = [];

  /** The handler Alipay asks: the page's, else `App.onShareAppMessage` ([A2]), else none. */
  function handlerOf(page: PageRecord<AlipayMenu>): { kind: 'page' | 'app' | 'none'; fn?: Function; self?: unknown } {
    if (typeof page.instance.onShareAppMessage === 'function') return { kind: 'page', fn: page.instance.onShareAppMessage };
    const app = life.app();
    if (typeof app?.onShareAppMessage === 'function') return { kind: 'app', fn: app.onShareAppMessage, self: app };
    return { kind: 'none' };
  }

  async function share(via: 'menu' | 'button' | 'code', target: Record<string, unknown>, tap: AlipayShareTap): Promise<AlipayShareReport> {
    const report: AlipayShareReport = { via, opened: false, handler: 'none', promise: 'none', delivered: null, badPath: false, callbacks: [] };
    const choose = tap.choose ?? 'share';
    if (!CHOICES.includes(choose)) {
      throw new ShareError('invalid-argument', `choose must be one of ${CHOICES.join(', ')} (got ${JSON.stringify(choose)})`);
    }
    const page = panel.tappable();
    if (typeof page === 'string') return notOpened(report, page);
    if (via === 'button' && !gate.has('button.open-type.share')) return notOpened(report, 'button-unsupported');
    if (via === 'menu' && page.menu.hidden) return notOpened(report, 'menu-hidden');
    const generation = ctx.generation;
    const { kind, fn, self } = handlerOf(page);
    report.handler = kind;
    report.opened = true;

    const argument: Record<string, unknown> = {};
    if (gate.has('page.onShareAppMessage.object.from')) {
      argument.from = via;
      if (via === 'button') argument.target = target;
    }
    if (tap.webViewUrl !== undefined && gate.has('page.onShareAppMessage.object.webViewUrl')) argument.webViewUrl = tap.webViewUrl;
    report.argument = argument;

    let returned: unknown;
    if (fn) {
      returned = panel.open(page, self === undefined ? fn : (...args: unknown[]) => fn.apply(self, args), report, argument);
    } else {
      // No handler anywhere: Alipay's default share ("未定义该回调，会使用默认分享信息").
      panel.open(page, () => ({}), report);
    }

    try {
      let value: unknown = fn ? returned : {};
      if (isThenable(returned)) {
        if (!ctx.waitsForPromise) {
          report.promise = 'unsupported';
          value = undefined;
        } else {
          const race = await raceTimeout(returned, ctx.promiseTimeout).result;
          report.promise = race.kind;
          value = race.kind === 'resolved' ? race.value : undefined;
        }
      }
      await sleep(tap.dwell ?? 0);
      // A handler that gives no object makes the default share unavailable ([A1] line 192).
      const card = isObject(value) && !isThenable(value) ? readCard(ctx, value, page) : null;
      const callbacks = isObject(value) && gate.has('page.onShareAppMessage.return.success') ? value : {};
      const call = (name: 'success' | 'fail', result: Record<string, unknown>) => {
        const callback = callbacks[name];
        if (typeof callback !== 'function' || generation !== ctx.generation) return;
        report.callbacks.push(name);
        try {
          callback.call(value, result);
        } catch (error) {
          ctx.reportError(error);
        }
      };
      if (card === null) {
        call('fail', { error: 3, errorMessage: 'no share content' });
      } else if (choose === 'share' || choose === 'not-shared') {
        const shared = choose === 'share';
        if (shared) {
          report.delivered = card;
          report.badPath = card.path.startsWith('/');
        }
        call('success', { channelName: tap.channelName ?? 'ALPContact', shareResult: shared });
      } else if (choose === 'fail') {
        call('fail', { error: tap.error ?? 3, errorMessage: tap.errorMessage ?? 'share failed' });
      }
      panel.close(page, generation);
      reports.push(report);
      return report;
    } finally {
      panel.release();
    }
  }

  const user: AlipayUser = {
    tapMenuShare: (tap = {}) => share('menu', {}, tap),
    tapShareButton: (target = {}, tap = {}) => share('button', { id: '', dataset: {}, ...target }, tap),
    answerPanel(tap) {
      answer = { ...tap };
    },
    panels,
    reports,
  };

  /**
   * `my.showSharePanel()`: the panel opens and asks the page with `from: 'code'` ([A4]). It opens
   * after the call returns (on a microtask), as a native panel does.
   */
  function openFromCode() {
    const tap = answer;
    panels.push(new Promise<AlipayShareReport>((resolve, reject) => schedule(0, () => share('code', {}, tap).then(resolve, reject))));
  }

  return { user, openFromCode };
}
