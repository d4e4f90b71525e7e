import { ShareError } from '@sharekit/core';
import { createLifecycle, isObject, type Lifecycle } from '../miniprogram';
import { DEFAULT_GROUP, type RuntimeContext } from './context';
import { stableId } from './crypto';
import { initialMenu, type MenuData } from './menu';
import type {
  WxEnterChat,
  WxLaunchInput,
  WxLaunchOptions,
  WxOpenCardInput,
  WxQuery,
  WxShowInput,
} from './types';

/** WeChat's page stack holds at most 10 pages; navigateTo beyond that fails. */
export const MAX_PAGE_STACK = 10;

/** The shared lifecycle with WeChat's launch options, entry chat and per-page menu. */
export type WxLifecycle = Lifecycle<WxLaunchOptions, WxEnterChat, MenuData>;

/** WeChat's entries: scenes, share tickets, and hot starts from cards. Internal. */
export interface WxEntries {
  launch(input: WxLaunchInput): WxLaunchOptions;
  show(input: WxShowInput): WxLaunchOptions;
  openCard(card: WxOpenCardInput): WxLaunchOptions;
}

const copyOptions = (options: WxLaunchOptions): WxLaunchOptions => ({
  ...options,
  query: { ...options.query },
  referrerInfo: { ...options.referrerInfo },
});

function launchOptionsOf(route: string, query: WxQuery, scene: number, shareTicket: string | undefined): WxLaunchOptions {
  const options: WxLaunchOptions = { path: route, query: { ...query }, scene, referrerInfo: {} };
  if (shareTicket !== undefined) options.shareTicket = shareTicket;
  return options;
}

export function createWxLifecycle(ctx: RuntimeContext): WxLifecycle {
  return createLifecycle<WxLaunchOptions, WxEnterChat, MenuData>(ctx, {
    platform: 'WeChat',
    maxPages: MAX_PAGE_STACK,
    initialMenu: (instance) =>
      initialMenu(ctx.gate, {
        share: typeof instance.onShareAppMessage === 'function',
        timeline: typeof instance.onShareTimeline === 'function',
      }),
    copyOptions,
  });
}

export function createWxEntries(ctx: RuntimeContext, life: WxLifecycle): WxEntries {
  function chatOfTicket(ticket: string | undefined): WxEnterChat | undefined {
    const record = ctx.tickets.lookup(ticket, ctx.generation);
    return record ? { type: 'group', openGId: record.openGId } : undefined;
  }

  function launch(input: WxLaunchInput): WxLaunchOptions {
    life.requireStatus('launch', 'not-launched', 'destroyed');
    const { route, query } = life.resolve(input.path, input.query);
    const scene = input.scene ?? (input.shareTicket !== undefined ? 1044 : 1001);
    const options = launchOptionsOf(route, query, scene, input.shareTicket);
    return life.coldStart(route, query, options, input.chat ?? chatOfTicket(input.shareTicket));
  }

  function show(input: WxShowInput): WxLaunchOptions {
    life.requireStatus('show', 'background');
    const top = life.top() as NonNullable<ReturnType<WxLifecycle['top']>>;
    const scene = input.scene ?? (input.shareTicket !== undefined ? 1044 : 1089);
    const options = launchOptionsOf(top.route, top.instance.options, scene, input.shareTicket);
    return life.resume(options, input.chat ?? chatOfTicket(input.shareTicket));
  }

  function openCard(card: WxOpenCardInput): WxLaunchOptions {
    if (!isObject(card)) throw new ShareError('invalid-argument', 'openShareCard needs a card ({ path, chat, ... })');
    const { route, query } = life.resolve(card.path);
    const chat: WxEnterChat =
      card.chat === 'group'
        ? { type: 'group', openGId: card.openGId ?? DEFAULT_GROUP }
        : { type: 'single', roomId: card.roomId ?? stableId('room_', ctx.config.appId, 'single') };
    let shareTicket = card.shareTicket;
    if (shareTicket === undefined && chat.type === 'group' && card.withShareTicket === true) {
      // The opener gets a ticket of its own (not the sharer's), valid in the lifecycle it opens.
      shareTicket = ctx.tickets.issue(chat.openGId, ctx.generation, card.isPrivateMessage === true);
    }
    const scene = shareTicket !== undefined ? 1044 : chat.type === 'group' ? 1008 : 1007;
    const status = life.status();
    if (status === 'not-launched' || status === 'destroyed') {
      return launch({ path: card.path, scene, shareTicket, chat });
    }
    // Hot start from a card: App.onShow, then a reLaunch to the card's page.
    return life.hotOpen(route, query, launchOptionsOf(route, query, scene, shareTicket), chat);
  }

  return { launch, show, openCard };
}
