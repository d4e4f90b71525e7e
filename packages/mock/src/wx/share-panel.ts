import { ShareError } from '@sharekit/core';
import {
  asTap,
  createSharePanel,
  isObject,
  isThenable,
  notOpened,
  type PageRecord,
  pagePath,
  raceTimeout,
  sleep,
  stringifyQuery,
} from '../miniprogram';
import { DEFAULT_GROUP, type RuntimeContext } from './context';
import { stableId } from './crypto';
import type { WxLifecycle } from './lifecycle';
import { type MenuData, sharesTicket } from './menu';
import type {
  WxButtonTarget,
  WxChatChoice,
  WxDeliveredMessage,
  WxFavoritesReport,
  WxPromiseHandling,
  WxResultCallback,
  WxShareAppMessageArgument,
  WxShareAppMessageResult,
  WxShareCard,
  WxShareReport,
  WxShareTap,
  WxTimelineReport,
  WxTimelineTap,
  WxUser,
  WxUserDrivenApi,
} from './types';
import type { VersionGate } from './versions';
import type { ResponseQueues } from './wx-api';

type Fields = Partial<WxDeliveredMessage>;
type Page = PageRecord<MenuData>;

const CHOICES: readonly WxChatChoice[] = ['group', 'single', 'cancel', 'fail'];
const USER_DRIVEN: readonly WxUserDrivenApi[] = ['showShareImageMenu', 'shareFileMessage', 'shareVideoMessage'];
const DEFAULT_TARGET: WxButtonTarget = { id: '', dataset: {}, offsetLeft: 0, offsetTop: 0 };

const text = (value: unknown): value is string => typeof value === 'string' && value !== '';

/** What `onShareAppMessage` receives at this version: `{}` below 1.2.4, then `from` / `target`, then `webViewUrl`. */
export function shareArgument(
  gate: VersionGate,
  via: 'menu' | 'button',
  target: WxButtonTarget,
  webViewUrl: string | undefined,
): WxShareAppMessageArgument {
  const argument: WxShareAppMessageArgument = {};
  if (gate.has('onShareAppMessage.object.from')) {
    argument.from = via;
    if (via === 'button') argument.target = target;
  }
  if (webViewUrl !== undefined && gate.has('onShareAppMessage.object.webViewUrl')) argument.webViewUrl = webViewUrl;
  return argument;
}

/**
 * The content fields WeChat reads from a returned object at this version. A Promise (or any
 * thenable) is not content: WeChat reads no fields from it. `imageUrl` counts from 1.5.0.
 */
export function readFields(gate: VersionGate, value: unknown): Fields {
  if (!isObject(value) || isThenable(value)) return {};
  const fields: Fields = {};
  if (text(value.title)) fields.title = value.title;
  if (text(value.path)) fields.path = value.path;
  if (text(value.imageUrl) && gate.has('onShareAppMessage.return.imageUrl')) fields.imageUrl = value.imageUrl;
  return fields;
}

/** Fills in WeChat's defaults: the app name, the current page. */
export function deliveredMessage(fields: Fields, defaults: { title: string; path: string }): WxDeliveredMessage {
  const message: WxDeliveredMessage = { title: fields.title ?? defaults.title, path: fields.path ?? defaults.path };
  if (fields.imageUrl !== undefined) message.imageUrl = fields.imageUrl;
  return message;
}

/** The result callbacks WeChat will call: 1.1.0 to below 2.3.0 only, from a returned object. */
export function resultCallbacks(
  gate: VersionGate,
  returned: unknown,
): Partial<Record<WxResultCallback, (result: WxShareAppMessageResult) => void>> {
  const callbacks: Partial<Record<WxResultCallback, (result: WxShareAppMessageResult) => void>> = {};
  if (!isObject(returned) || isThenable(returned)) return callbacks;
  for (const name of ['success', 'fail', 'complete'] as const) {
    const callback = returned[name];
    if (typeof callback === 'function' && gate.has(`onShareAppMessage.return.${name}`)) {
      callbacks[name] = callback as (result: WxShareAppMessageResult) => void;
    }
  }
  return callbacks;
}

/** The simulated user: taps on the menu, share buttons, and answers to user-driven APIs. */
export function createUser(ctx: RuntimeContext, life: WxLifecycle, responses: ResponseQueues): WxUser {
  const { gate, config } = ctx;
  const panel = createSharePanel(ctx, life);

  async function shareAppMessage(via: 'menu' | 'button', target: WxButtonTarget, tap: WxShareTap): Promise<WxShareReport> {
    const report: WxShareReport = {
      via,
      opened: false,
      promise: 'none',
      chat: null,
      delivered: null,
      cards: [],
      callbacks: [],
    };
    const choose = tap.choose ?? 'group';
    if (!CHOICES.includes(choose)) {
      throw new ShareError('invalid-argument', `choose must be one of ${CHOICES.join(', ')} (got ${JSON.stringify(choose)})`);
    }
    const groups = tap.groups ?? [DEFAULT_GROUP];
    if (!Array.isArray(groups) || groups.length === 0 || !groups.every(text)) {
      throw new ShareError('invalid-argument', 'groups must be a non-empty array of openGId strings');
    }

    const page = panel.tappable();
    if (typeof page === 'string') return notOpened(report, page);
    // Below 1.2.0 an open-type="share" button is a plain button: tapping it does nothing.
    if (via === 'button' && !gate.has('button.open-type.share')) return notOpened(report, 'button-unsupported');
    const handler = page.instance.onShareAppMessage;
    if (typeof handler !== 'function') return notOpened(report, 'no-handler');
    if (via === 'menu' && !page.menu.menus.includes('shareAppMessage')) return notOpened(report, 'menu-hidden');

    // The menu settings in force when the user taps.
    const withTicket = sharesTicket(page.menu);
    const isPrivateMessage = page.menu.isPrivateMessage;
    const generation = ctx.generation;

    const argument = shareArgument(gate, via, target, tap.webViewUrl);
    report.opened = true;
    report.argument = argument;
    report.chat = choose;
    // WeChat asks for the content synchronously, then opens the chat picker over the page.
    const returned = panel.open(page, handler, report, argument);

    const syncFields = readFields(gate, returned);
    const callbacks = resultCallbacks(gate, returned);
    let content: Promise<{ fields: Fields; handling: WxPromiseHandling }> | undefined;
    let cancelWait = () => {};
    let handling: WxPromiseHandling = 'none';
    if (isThenable(returned)) {
      handling = 'returned-promise';
    } else if (isObject(returned) && isThenable(returned.promise)) {
      if (gate.has('onShareAppMessage.return.promise')) {
        // The timer starts at the tap, so the user's time in the picker counts against it.
        const race = raceTimeout(returned.promise, config.promiseTimeout);
        cancelWait = race.cancel;
        content = race.result.then((result) => {
          if (result.kind !== 'resolved') return { fields: syncFields, handling: result.kind };
          if (!isObject(result.value) || isThenable(result.value)) return { fields: syncFields, handling: 'empty' };
          // "以 resolve 结果为准": the resolved object is the content; fields it lacks get defaults.
          return { fields: readFields(gate, result.value), handling: 'resolved' };
        });
      } else {
        handling = 'unsupported';
      }
    }

    try {
      await sleep(tap.dwell ?? 0);
      const defaults = { title: config.appName, path: pagePath(page.route, page.instance.options) };
      let result: WxShareAppMessageResult;
      if (choose === 'cancel' || choose === 'fail') {
        cancelWait();
        report.promise = content ? 'not-needed' : handling;
        result = { errMsg: `shareAppMessage:fail ${choose === 'cancel' ? 'cancel' : (tap.detail ?? 'system error')}` };
      } else {
        const settled = content ? await content : { fields: syncFields, handling };
        report.promise = settled.handling;
        const message = deliveredMessage(settled.fields, defaults);
        report.delivered = message;
        result = { errMsg: 'shareAppMessage:ok' };
        if (choose === 'group') {
          report.cards = groups.map((openGId) => ({
            chat: 'group',
            openGId,
            withShareTicket: withTicket,
            isPrivateMessage,
            ...message,
          }));
          // One ticket per group, handed to the sharer in success (1.1.0 to below 2.3.0).
          if (withTicket && gate.has('shareAppMessage.success.shareTickets')) {
            result.shareTickets = groups.map((openGId) => ctx.tickets.issue(openGId, generation, isPrivateMessage));
          }
        } else {
          const card: WxShareCard = {
            chat: 'single',
            roomId: tap.roomId ?? stableId('room_', config.appId, 'single'),
            withShareTicket: false,
            isPrivateMessage,
            ...message,
          };
          report.cards = [card];
        }
      }

      // From 2.3.0 WeChat reports nothing: no errMsg, no callbacks, no tickets.
      const reportsResult = gate.has('onShareAppMessage.return.success');
      if (reportsResult) {
        report.errMsg = result.errMsg;
        if (result.shareTickets) report.shareTickets = [...result.shareTickets];
      }
      const fireCallbacks = () => {
        if (!reportsResult || generation !== ctx.generation) return;
        for (const name of [result.errMsg === 'shareAppMessage:ok' ? 'success' : 'fail', 'complete'] as const) {
          const callback = callbacks[name];
          if (!callback) continue;
          report.callbacks.push(name);
          try {
            callback({ ...result });
          } catch (error) {
            ctx.reportError(error);
          }
        }
      };
      if (config.resultOrder === 'show-first') {
        panel.close(page, generation);
        fireCallbacks();
      } else {
        panel.release();
        fireCallbacks();
        panel.close(page, generation);
      }
      return report;
    } finally {
      panel.release();
    }
  }

  async function shareTimeline(tap: WxTimelineTap): Promise<WxTimelineReport> {
    const report: WxTimelineReport = { via: 'timeline', opened: false, chat: null, delivered: null };
    const choose = tap.choose ?? 'post';
    if (choose !== 'post' && choose !== 'cancel') {
      throw new ShareError('invalid-argument', `choose must be "post" or "cancel" (got ${JSON.stringify(choose)})`);
    }
    const page = panel.tappable();
    if (typeof page === 'string') return notOpened(report, page);
    if (!gate.has('onShareTimeline')) return notOpened(report, 'timeline-unsupported');
    const handler = page.instance.onShareTimeline;
    if (typeof handler !== 'function') return notOpened(report, 'no-handler');
    // "Share to Moments" needs "send to chat" too: the page must allow both.
    const menus = page.menu.menus;
    if (
      !menus.includes('shareTimeline') ||
      !menus.includes('shareAppMessage') ||
      typeof page.instance.onShareAppMessage !== 'function'
    ) {
      return notOpened(report, 'timeline-hidden');
    }
    const generation = ctx.generation;
    report.opened = true;
    report.chat = choose;
    const returned = panel.open(page, handler, report);
    try {
      await sleep(tap.dwell ?? 0);
      if (choose === 'post') report.delivered = timelineMessage(returned, page);
      panel.close(page, generation);
      return report;
    } finally {
      panel.release();
    }
  }

  /** Timeline and favorites content: title, query (no `?`), imageUrl; defaults app name, page query. */
  function timelineMessage(returned: unknown, page: Page) {
    const value = isObject(returned) && !isThenable(returned) ? returned : {};
    const message: { title: string; query: string; imageUrl?: string } = {
      title: text(value.title) ? value.title : config.appName,
      query: typeof value.query === 'string' ? value.query : stringifyQuery(page.instance.options),
    };
    if (text(value.imageUrl)) message.imageUrl = value.imageUrl;
    return message;
  }

  function addToFavorites(options: { webViewUrl?: string }): WxFavoritesReport {
    const report: WxFavoritesReport = { via: 'favorites', opened: false, delivered: null };
    const page = panel.tappable();
    if (typeof page === 'string') return notOpened(report, page);
    report.opened = true;
    const handler = page.instance.onAddToFavorites;
    // Below 2.10.3 the favorite is made without asking the page.
    if (typeof handler === 'function' && gate.has('onAddToFavorites')) {
      const argument: { webViewUrl?: string } = {};
      if (options.webViewUrl !== undefined) argument.webViewUrl = options.webViewUrl;
      report.argument = argument;
      try {
        report.returned = handler.call(page.instance, argument);
      } catch (error) {
        report.handlerError = error;
        ctx.reportError(error);
      }
    }
    report.delivered = timelineMessage(report.returned, page);
    return report;
  }

  return {
    tapMenuShare: (tap = {}) => shareAppMessage('menu', DEFAULT_TARGET, tap),
    tapShareButton: (target = {}, tap = {}) =>
      shareAppMessage('button', { ...DEFAULT_TARGET, dataset: {}, ...target }, tap),
    tapTimelineShare: (tap = {}) => shareTimeline(tap),
    tapAddToFavorites: (options = {}) => addToFavorites(options),
    tap: (handler) => asTap(ctx, handler),
    respondNext(api, response) {
      if (!USER_DRIVEN.includes(api)) {
        throw new ShareError('invalid-argument', `respondNext scripts ${USER_DRIVEN.join(', ')} (got ${JSON.stringify(api)})`);
      }
      const queue = responses.get(api) ?? [];
      queue.push(response);
      responses.set(api, queue);
    },
  };
}
