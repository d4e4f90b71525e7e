import type { QQMenuItem, QQMenuState } from './types';

// Pure reducers over one page's QQ share menu (platform-share-facts.md §3). A page defining
// onShareAppMessage starts with 转发 (`qq`) and 分享到空间 (`qzone`); showShareMenu adds the
// `showShareItems` asked for (default those two; adding, as WeChat's `menus`: UNCONFIRMED) and
// sets withShareTicket; hideShareMenu removes `qq` / `qzone` ("目前只支持'qq'、'qzone'"; other
// names are ignored), both without `hideShareItems`; updateShareMenu sets withShareTicket.

/** https://docs.taro.zone/docs/apis/share/showShareMenu */
export const MENU_ITEMS: readonly QQMenuItem[] = ['qq', 'qzone', 'wechatFriends', 'wechatMoment'];
const DEFAULT_ITEMS: readonly QQMenuItem[] = ['qq', 'qzone'];
/** https://q.qq.com/wiki/develop/game/API/share/qq.hideShareMenu.html */
const HIDEABLE: readonly QQMenuItem[] = ['qq', 'qzone'];

/** A page's menu, minus what depends on the page's handler (`visible`). */
export type QQMenuData = Omit<QQMenuState, 'visible'>;

const ordered = (items: Iterable<unknown>): QQMenuItem[] => {
  const set = new Set(items);
  return MENU_ITEMS.filter((item) => set.has(item));
};

export const initialMenu = (share: boolean): QQMenuData => ({ items: share ? [...DEFAULT_ITEMS] : [], withShareTicket: false });

export function applyShow(menu: QQMenuData, options: Record<string, unknown>): QQMenuData {
  const asked = Array.isArray(options.showShareItems) ? options.showShareItems : DEFAULT_ITEMS;
  return { items: ordered([...menu.items, ...asked]), withShareTicket: options.withShareTicket === true };
}

export function applyHide(menu: QQMenuData, options: Record<string, unknown>): QQMenuData {
  const asked = Array.isArray(options.hideShareItems) ? options.hideShareItems.filter((i) => HIDEABLE.includes(i)) : HIDEABLE;
  return { ...menu, items: menu.items.filter((item) => !asked.includes(item)) };
}

export const applyUpdate = (menu: QQMenuData, options: Record<string, unknown>): QQMenuData =>
  'withShareTicket' in options ? { ...menu, withShareTicket: options.withShareTicket === true } : menu;

export const projectMenu = (menu: QQMenuData, pageDefinesShare: boolean): QQMenuState => ({
  visible: pageDefinesShare && menu.items.length > 0,
  items: [...menu.items],
  withShareTicket: menu.withShareTicket,
});
