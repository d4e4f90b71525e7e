import { type MenuState, ShareError } from '@sharekit/core';
import { DEV } from './dev';
import type { QQHideableItem, QQHideMenuOptions, QQShareItem, QQShowMenuOptions, QQUpdateMenuOptions } from './types';

// QQ's menu arithmetic, on one page's menu (platform-share-facts.md §3). A page that defines
// onShareAppMessage shows 转发 and 分享到空间 (`qq`, `qzone`: the defaults of hideShareMenu and of
// the button's share-mode). showShareMenu adds the items asked for (default the two) and sets
// withShareTicket, as WeChat's does (QQ is WeChat-compatible); hideShareMenu removes `qq` and/or
// `qzone`, both without hideShareItems; updateShareMenu changes withShareTicket only. Whether
// showShareItems adds or replaces is UNCONFIRMED: adding matches WeChat's `menus`.

/** Every item, in menu order. https://docs.taro.zone/docs/apis/share/showShareMenu */
export const ITEMS: readonly QQShareItem[] = ['qq', 'qzone', 'wechatFriends', 'wechatMoment'];
/** "目前只支持'qq'、'qzone'" https://q.qq.com/wiki/develop/game/API/share/qq.hideShareMenu.html */
export const HIDEABLE: readonly QQHideableItem[] = ['qq', 'qzone'];
const DEFAULT_ITEMS: readonly QQShareItem[] = ['qq', 'qzone'];

const invalid = (detail: string | false) => new ShareError('invalid-argument', detail, { platform: 'qq' });

function checkList(name: string, key: string, list: unknown, allowed: readonly string[]): void {
  if (list !== undefined && (!Array.isArray(list) || list.some((m) => !allowed.includes(m)))) {
    throw invalid(DEV && `${name}: ${key} must be a list of ${allowed.join(' / ')}`);
  }
}

/** Checks the options' types before QQ sees them (QQ ignores what it cannot hide: the menu would be wrong). */
export function checkMenuOptions(name: string, o: QQShowMenuOptions & QQHideMenuOptions & QQUpdateMenuOptions): void {
  if (o.withShareTicket !== undefined && typeof o.withShareTicket !== 'boolean') {
    throw invalid(DEV && `${name}: withShareTicket must be a boolean (got ${typeof o.withShareTicket})`);
  }
  checkList(name, 'showShareItems', o.showShareItems, ITEMS);
  checkList(name, 'hideShareItems', o.hideShareItems, HIDEABLE);
}

function withItems(menu: MenuState, items: readonly string[]): MenuState {
  const list = ITEMS.filter((m) => items.includes(m));
  return { ...menu, visible: list.length > 0, items: list };
}

export const showMenu = (menu: MenuState, o: QQShowMenuOptions): MenuState => ({
  ...withItems(menu, [...menu.items, ...(o.showShareItems ?? DEFAULT_ITEMS)]),
  tickets: o.withShareTicket ?? false,
});

export const hideMenu = (menu: MenuState, o: QQHideMenuOptions): MenuState => {
  const hide: readonly string[] = o.hideShareItems ?? HIDEABLE;
  return withItems(
    menu,
    menu.items.filter((m) => !hide.includes(m)),
  );
};

export const updateMenu = (menu: MenuState, o: QQUpdateMenuOptions): MenuState =>
  o.withShareTicket === undefined ? menu : { ...menu, tickets: o.withShareTicket };

/** A page's menu as QQ makes it: 转发 and 分享到空间 when the page defines onShareAppMessage. */
export function pageMenu(page: object | undefined): MenuState {
  // No page known: the one sharePage wires, which defines onShareAppMessage.
  const share = page === undefined ? pageMenu : (page as Record<string, unknown>).onShareAppMessage;
  const visible = typeof share === 'function';
  return { visible, items: visible ? [...DEFAULT_ITEMS] : [], tickets: false };
}
