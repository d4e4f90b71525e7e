import { ShareError } from '@sharekit/core';
import { createSharePanel, isObject, type Lifecycle, notOpened, type SimContext, schedule } from '../miniprogram';
import type { BaiduCard, BaiduLaunchOptions, BaiduPanelAnswer, BaiduPanelChoice, BaiduShareReport } from './types';

type Callbacks = Partial<Record<'success' | 'fail' | 'complete', unknown>>;
const CHOICES: readonly BaiduPanelChoice[] = ['share', 'cancel', 'fail'];

export interface BaiduPanelOptions {
  appName: string;
  /** Cancelling an openShare panel calls nothing (Android 1.13.43). */
  silentCancel: boolean;
}

/** The card fields Baidu reads (the page hook's return value, or openShare's options). */
function cardOf(source: unknown, via: BaiduCard['via']): BaiduCard {
  const card: BaiduCard = { via };
  if (!isObject(source)) return card;
  for (const key of ['title', 'content', 'imageUrl', 'path'] as const) {
    const value = source[key];
    if (typeof value === 'string' && value !== '') card[key] = value;
  }
  return card;
}

/**
 * Baidu's share panel (分享面板) on the shared machinery's panel: one at a time over the page in
 * front. The top-right 分享 and `<button open-type="share">` pull the page's `onShareAppMessage`;
 * `swan.openShare` brings its own content. The user's answer comes back through `success`, else
 * `fail` (a cancel too, errMsg `share canceled` as the docs list it for the web version), then
 * `complete`; then the page shows again. With `silentCancel`, cancelling an openShare panel calls
 * no callback at all (the documented Android 1.13.43 bug).
 */
export function createBaiduPanel(ctx: SimContext, life: Lifecycle<BaiduLaunchOptions, undefined, null>, options: BaiduPanelOptions) {
  const panel = createSharePanel(ctx, life);
  const cards: BaiduCard[] = [];
  let nextOpenShare: BaiduPanelAnswer = {};

  const check = (a: BaiduPanelAnswer): BaiduPanelChoice => {
    const choose = a.choose ?? 'share';
    if (!CHOICES.includes(choose)) throw new ShareError('invalid-argument', `choose must be one of ${CHOICES.join(', ')} (got ${JSON.stringify(choose)})`);
    return choose;
  };
  /** Baidu's defaults fill what the page left out: the app's name and the current page. */
  const withDefaults = (card: BaiduCard, route: string): BaiduCard => ({ ...card, title: card.title ?? options.appName, path: card.path ?? `/${route}` });

  /** The user answers after `dwell`; the callbacks run, then the page shows again. */
  function answer(page: NonNullable<ReturnType<typeof life.top>>, callbacks: Callbacks, a: BaiduPanelAnswer, api: string, silent: boolean): Promise<void> {
    const choose = check(a);
    const generation = ctx.generation;
    return new Promise((resolve) => {
      schedule(a.dwell ?? 0, () => {
        const run = (name: keyof Callbacks, result: unknown) => {
          const fn = callbacks[name];
          if (typeof fn !== 'function' || generation !== ctx.generation) return;
          try {
            fn(result);
          } catch (error) {
            ctx.reportError(error);
          }
        };
        panel.release();
        if (!(choose === 'cancel' && silent)) {
          if (choose === 'share') run('success', { errMsg: `${api}:ok` });
          else run('fail', { errMsg: `${api}:fail ${choose === 'cancel' ? 'share canceled' : (a.detail ?? 'system error')}` });
          run('complete', {});
        }
        panel.close(page, generation);
        resolve();
      });
    });
  }

  return {
    cards,
    answerNextOpenShare(a: BaiduPanelAnswer) {
      check(a);
      nextOpenShare = a;
    },
    /** A menu or button tap: the page's hook gives the card; the user answers. */
    async tap(via: 'menu' | 'button', target: Record<string, unknown> | undefined, a: BaiduPanelAnswer = {}): Promise<BaiduShareReport> {
      check(a);
      const report: BaiduShareReport = { opened: true };
      const page = panel.tappable();
      if (page === 'not-running') return notOpened(report, 'not-running');
      if (page === 'busy') return notOpened(report, 'panel-open');
      const hook = page.instance.onShareAppMessage;
      const argument = via === 'button' ? { from: 'button', target: { id: '', dataset: {}, ...target } } : { from: 'menu' };
      const returned = typeof hook === 'function' ? panel.open(page, hook, report, argument) : panel.open(page, () => undefined, report);
      const card = withDefaults(report.handlerError === undefined ? cardOf(returned, via) : { via }, page.route);
      cards.push(card);
      report.card = card;
      report.choice = a.choose ?? 'share';
      await answer(page, isObject(returned) ? returned : {}, a, 'onShareAppMessage', false);
      return report;
    },
    /** `swan.openShare(options)`: opens the panel with the options' card; false when it cannot. */
    openShare(o: Record<string, unknown>): boolean {
      const page = panel.tappable();
      if (page === 'not-running' || page === 'busy') return false;
      panel.open(page, () => o, {});
      const card = withDefaults(cardOf(o, 'openShare'), page.route);
      cards.push(card);
      const a = nextOpenShare;
      nextOpenShare = {};
      void answer(page, o, a, 'openShare', options.silentCancel);
      return true;
    },
    isOpen: () => panel.tappable() === 'busy',
  };
}
