import { schedule } from '../wx/timers';
import type { Lifecycle } from './lifecycle';
import type { BaiduCard, BaiduPanelAnswer, BaiduShareReport } from './types';

type Callbacks = { success?: unknown; fail?: unknown; complete?: unknown };

export interface SharePanelOptions {
  lifecycle: Lifecycle;
  appName: string;
  silentCancel: boolean;
}

/**
 * Baidu's share panel (分享面板): one at a time, opened by the top-right 分享, a share button
 * (both pull the page's `onShareAppMessage`) or `swan.openShare` (content passed in). The user's
 * answer comes back through the callbacks: `success`, else `fail` (a cancel too), then
 * `complete`, as the docs list them. With `silentCancel` (Android 1.13.43), cancelling an
 * openShare panel calls nothing.
 */
export function createSharePanel(options: SharePanelOptions) {
  const { lifecycle } = options;
  const cards: BaiduCard[] = [];
  let open = false;
  let nextOpenShare: BaiduPanelAnswer = {};

  const fields = (source: unknown, via: BaiduCard['via']): BaiduCard => {
    const o = (typeof source === 'object' && source !== null ? source : {}) as Record<string, unknown>;
    const card: BaiduCard = { via };
    for (const key of ['title', 'content', 'imageUrl', 'path'] as const) if (typeof o[key] === 'string') card[key] = o[key] as string;
    return card;
  };
  /** Baidu's defaults fill what the page left out: the app's name and the current page. */
  const withDefaults = (card: BaiduCard): BaiduCard => {
    const page = lifecycle.top();
    return { ...card, title: card.title ?? options.appName, path: card.path ?? (page ? `/${page.route}` : '/') };
  };

  function answer(callbacks: Callbacks, a: BaiduPanelAnswer, api: string, silent: boolean): Promise<void> {
    return new Promise((resolve) => {
      schedule(a.dwell ?? 0, () => {
        open = false;
        const choice = a.choose ?? 'share';
        const run = (name: keyof Callbacks, result: unknown) => {
          const fn = callbacks[name];
          if (typeof fn !== 'function') return;
          try {
            fn(result);
          } catch (e) {
            lifecycle.errors.push(e);
          }
        };
        if (choice === 'cancel' && silent) return resolve();
        if (choice === 'share') run('success', { errMsg: `${api}:ok` });
        else run('fail', { errMsg: `${api}:fail ${choice === 'cancel' ? 'share canceled' : (a.detail ?? 'system error')}` });
        run('complete', {});
        resolve();
      });
    });
  }

  return {
    cards,
    isOpen: () => open,
    answerNextOpenShare(a: BaiduPanelAnswer) {
      nextOpenShare = a;
    },
    /** A menu or button tap: the page's hook gives the card; the user answers. */
    async tap(via: 'menu' | 'button', target: Record<string, unknown> | undefined, a: BaiduPanelAnswer = {}): Promise<BaiduShareReport> {
      if (!lifecycle.running()) return { opened: false, reason: 'not-running' };
      const page = lifecycle.top();
      if (!page) return { opened: false, reason: 'no-page' };
      if (open) return { opened: false, reason: 'panel-open' };
      open = true;
      const arg = via === 'button' ? { from: 'button', target: { dataset: {}, id: '', ...target } } : { from: 'menu' };
      const { value, thrown } = lifecycle.call(page, 'onShareAppMessage', `/${page.route}`, arg);
      const card = withDefaults(fields(thrown === undefined ? value : undefined, via));
      cards.push(card);
      const report: BaiduShareReport = { opened: true, returned: value, card, choice: a.choose ?? 'share' };
      if (thrown !== undefined) report.handlerError = thrown;
      await answer((value ?? {}) as Callbacks, a, 'onShareAppMessage', false);
      return report;
    },
    /** `swan.openShare(options)`: the card is the options; the scripted answer comes back later. */
    openShare(o: Record<string, unknown>): boolean {
      if (open || !lifecycle.running()) return false;
      open = true;
      cards.push(withDefaults(fields(o, 'openShare')));
      const a = nextOpenShare;
      nextOpenShare = {};
      void answer(o as Callbacks, a, 'openShare', options.silentCancel);
      return true;
    },
  };
}
