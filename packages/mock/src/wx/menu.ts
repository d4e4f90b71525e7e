import type { ShareMenuName, WxMenuState, WxPlatform } from './types';
import type { VersionGate } from './versions';

// Pure reducers over one page's share menu: WeChat keeps the menu per page (showShareMenu
// "shows the current page's share button"), so every page starts from its own default.

const MENU_NAMES: readonly ShareMenuName[] = ['shareAppMessage', 'shareTimeline'];

/** A page's menu, minus what depends on the page's handlers (`visible`). */
export type MenuData = Omit<WxMenuState, 'visible'>;

const isMenuName = (value: unknown): value is ShareMenuName => MENU_NAMES.includes(value as ShareMenuName);

/** Keeps the order of MENU_NAMES so states compare equal however they were built. */
function ordered(names: Iterable<ShareMenuName>): ShareMenuName[] {
  const set = new Set(names);
  return MENU_NAMES.filter((name) => set.has(name));
}

/** Valid menu names from an option, or undefined when the option is absent or unsupported. */
function menusOption(gate: VersionGate, schema: string, value: unknown): ShareMenuName[] | undefined {
  // Below 2.11.3 WeChat ignores `menus` (the option does not exist yet).
  if (!gate.has(schema) || !Array.isArray(value)) return undefined;
  return value.filter(isMenuName);
}

/**
 * A fresh page's menu: "转发" shows when the page defines onShareAppMessage; "分享到朋友圈"
 * (2.11.3+) when it also defines onShareTimeline.
 */
export function initialMenu(gate: VersionGate, handlers: { share: boolean; timeline: boolean }): MenuData {
  const menus: ShareMenuName[] = [];
  if (handlers.share) menus.push('shareAppMessage');
  if (handlers.share && handlers.timeline && gate.has('onShareTimeline')) menus.push('shareTimeline');
  return { withShareTicket: false, menus, isUpdatableMessage: false, isPrivateMessage: false, ticketLost: false };
}

/** `wx.showShareMenu`: adds the menus (default `['shareAppMessage']`); sets withShareTicket. */
export function applyShow(menu: MenuData, gate: VersionGate, options: Record<string, unknown>): MenuData {
  const requested = menusOption(gate, 'showShareMenu.object.menus', options.menus) ?? ['shareAppMessage'];
  return {
    ...menu,
    menus: ordered([...menu.menus, ...requested]),
    withShareTicket: options.withShareTicket === true,
    ticketLost: false,
  };
}

/** `wx.hideShareMenu`: removes the menus given (2.11.3+), else all of them. */
export function applyHide(menu: MenuData, gate: VersionGate, options: Record<string, unknown>): MenuData {
  const requested = menusOption(gate, 'hideShareMenu.object.menus', options.menus);
  if (requested === undefined) return { ...menu, menus: [] };
  return { ...menu, menus: menu.menus.filter((name) => !requested.includes(name)) };
}

/**
 * `wx.updateShareMenu`: options newer than the base library are ignored. On iOS,
 * `withShareTicket: true` with `isUpdatableMessage: false` loses the ticket (a WeChat bug).
 */
export function applyUpdate(
  menu: MenuData,
  gate: VersionGate,
  platform: WxPlatform,
  options: Record<string, unknown>,
): MenuData {
  const next: MenuData = { ...menu };
  const supports = (option: string) => gate.has(`updateShareMenu.object.${option}`) && option in options;
  if (supports('withShareTicket')) next.withShareTicket = options.withShareTicket === true;
  if (supports('isUpdatableMessage')) next.isUpdatableMessage = options.isUpdatableMessage === true;
  if (supports('activityId')) {
    if (typeof options.activityId === 'string') next.activityId = options.activityId;
    else delete next.activityId;
  }
  if (supports('templateInfo')) {
    const info = options.templateInfo;
    if (typeof info === 'object' && info !== null) next.templateInfo = { ...(info as Record<string, unknown>) };
    else delete next.templateInfo;
  }
  if (supports('toDoActivityId')) {
    if (typeof options.toDoActivityId === 'string') next.toDoActivityId = options.toDoActivityId;
    else delete next.toDoActivityId;
  }
  if (supports('isPrivateMessage')) next.isPrivateMessage = options.isPrivateMessage === true;
  next.ticketLost =
    platform === 'ios' &&
    supports('withShareTicket') &&
    options.withShareTicket === true &&
    supports('isUpdatableMessage') &&
    options.isUpdatableMessage === false;
  return next;
}

/** The state `runtime.menu` shows. */
export function projectMenu(menu: MenuData, pageDefinesShare: boolean): WxMenuState {
  const state: WxMenuState = {
    visible: pageDefinesShare && menu.menus.includes('shareAppMessage'),
    ...menu,
    menus: [...menu.menus],
  };
  if (menu.templateInfo) state.templateInfo = { ...menu.templateInfo };
  return state;
}

/** The hidden menu of "no page". */
export const NO_MENU: WxMenuState = {
  visible: false,
  withShareTicket: false,
  menus: [],
  isUpdatableMessage: false,
  isPrivateMessage: false,
  ticketLost: false,
};

/** Tickets for a group share: only with withShareTicket, and not after the iOS bug lost it. */
export const sharesTicket = (menu: MenuData): boolean => menu.withShareTicket && !menu.ticketLost;
