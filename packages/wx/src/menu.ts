import { type MenuState, ShareError } from '@sharekit/core';
import type { WxHideMenuOptions, WxMenuName, WxShowMenuOptions, WxUpdateMenuOptions } from './types';
import { DEV } from './dev';

// WeChat's menu arithmetic, on one page's menu: show adds menus (default the app-message item)
// and sets withShareTicket (WeChat resets it to false); hide removes them (all without `menus`);
// update changes withShareTicket only. The menu shows while the app-message item is on: the
// timeline item needs it.

const NAMES: readonly WxMenuName[] = ['shareAppMessage', 'shareTimeline'];

const invalid = (detail: string | false) => new ShareError('invalid-argument', detail, { platform: 'wx' });

/** Checks the options' types before WeChat sees them; returns the menus asked for. */
export function checkMenuOptions(name: string, o: WxShowMenuOptions & WxUpdateMenuOptions): void {
  if (o.withShareTicket !== undefined && typeof o.withShareTicket !== 'boolean') {
    throw invalid(DEV && `${name}: withShareTicket must be a boolean (got ${typeof o.withShareTicket})`);
  }
  if (o.menus !== undefined && (!Array.isArray(o.menus) || o.menus.some((m) => !NAMES.includes(m)))) {
    throw invalid(DEV && `${name}: menus must be a list of ${NAMES.join(' / ')}`);
  }
}

function withItems(menu: MenuState, items: readonly string[]): MenuState {
  const list = NAMES.filter((m) => items.includes(m));
  return { ...menu, visible: list.includes('shareAppMessage'), items: list };
}

export const showMenu = (menu: MenuState, o: WxShowMenuOptions): MenuState => ({
  ...withItems(menu, [...menu.items, ...(o.menus ?? ['shareAppMessage'])]),
  tickets: o.withShareTicket ?? false,
});

export const hideMenu = (menu: MenuState, o: WxHideMenuOptions): MenuState => {
  const hide = o.menus;
  // Stryker disable next-line ArrayDeclaration: withItems keeps only WeChat's item names, so any list without them is the same
  return withItems(menu, hide ? menu.items.filter((m) => !hide.includes(m as WxMenuName)) : []);
};

export const updateMenu = (menu: MenuState, o: WxUpdateMenuOptions): MenuState =>
  o.withShareTicket === undefined ? menu : { ...menu, tickets: o.withShareTicket };

/**
 * A page's menu as WeChat makes it: "转发" when the page defines onShareAppMessage, plus the
 * timeline item when it also defines onShareTimeline (2.11.3+).
 */
export function pageMenu(page: object | undefined, timeline: boolean): MenuState {
  // No page known: the one sharePage wires, which defines onShareAppMessage.
  const { onShareAppMessage: share, onShareTimeline: feed } = (page ?? { onShareAppMessage: pageMenu }) as Record<string, unknown>;
  const visible = typeof share === 'function';
  const items: string[] = visible ? ['shareAppMessage'] : [];
  if (visible && typeof feed === 'function' && timeline) items.push('shareTimeline');
  return { visible, items, tickets: false };
}
