import { type MenuState, ShareError } from '@sharekit/core';
import { compareVersion } from '@sharekit/core';
import type { DouyinMenuName, DouyinShowMenuOptions } from './types';
import { DEV } from './dev';

// Douyin's menu arithmetic on one page's menu (…/mini-app/develop/api/open-interface/retweet/tt-show-share-menu):
// show adds its `menus` (default ["record", "share"]); hide hides the whole menu. The menu shows
// while 分享 (`share`) is on.

const NAMES: readonly DouyinMenuName[] = ['share', 'record'];
/** Douyin's default `menus` for `tt.showShareMenu`. */
const SHOWN_BY_DEFAULT: readonly DouyinMenuName[] = ['record', 'share'];
/** From this version a page without `onShareAppMessage` still shows 分享 (the home page): …/mini-app/develop/api/retweet/logic */
export const DEFAULT_SHARE_SINCE = '2.91.0';

const invalid = (detail: string | false) => new ShareError('invalid-argument', detail, { platform: 'douyin' });

/** Checks the options before Douyin sees them. */
export function checkMenuOptions(name: string, o: object): void {
  const menus = (o as DouyinShowMenuOptions).menus;
  if (name === 'hideShareMenu' && menus !== undefined) {
    throw new ShareError('unsupported', DEV && "tt.hideShareMenu's menus is not documented by Douyin; call hideMenu() to hide the whole share menu", {
      platform: 'douyin',
    });
  }
  if (menus !== undefined && (!Array.isArray(menus) || menus.some((m) => !NAMES.includes(m)))) {
    throw invalid(DEV && `${name}: menus must be a list of ${NAMES.join(' / ')}`);
  }
}

function withItems(menu: MenuState, items: readonly string[]): MenuState {
  const list = NAMES.filter((m) => items.includes(m));
  return { ...menu, visible: list.includes('share'), items: list };
}

export const showMenu = (menu: MenuState, o: DouyinShowMenuOptions): MenuState => withItems(menu, [...menu.items, ...(o.menus ?? SHOWN_BY_DEFAULT)]);

export const hideMenu = (menu: MenuState): MenuState => ({ ...menu, visible: false, items: [] });

/**
 * A page's menu as Douyin makes it: 分享 when the page defines `onShareAppMessage`, and on every
 * page from 2.91.0. 拍抖音 is another hook's (`onUploadDouyinVideo`): tracked only once shown.
 */
export function pageMenu(page: object | undefined, version: string): MenuState {
  // No page known: the one sharePage wires, which defines onShareAppMessage.
  const share = (page ?? { onShareAppMessage: pageMenu }) as Record<string, unknown>;
  const visible = typeof share.onShareAppMessage === 'function' || compareVersion(version, DEFAULT_SHARE_SINCE) >= 0;
  return { visible, items: visible ? ['share'] : [], tickets: false };
}
