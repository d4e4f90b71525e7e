/** Pages and the app: their handlers, what WeChat passes them and what they return; the share menu. */
import type { WxLaunchOptions, WxQuery } from './launch';
import type { ShareMenuName } from './options';

/** The share menu of the current page, as WeChat holds it. */
export interface WxMenuState {
  /** The "转发" item is in the menu: `shareAppMessage` is shown and the page defines `onShareAppMessage`. */
  visible: boolean;
  withShareTicket: boolean;
  /** Menu items shown, as requested (`shareTimeline` is tappable only next to `shareAppMessage`). */
  menus: ShareMenuName[];
  isUpdatableMessage: boolean;
  activityId?: string;
  templateInfo?: Record<string, unknown>;
  toDoActivityId?: string;
  isPrivateMessage: boolean;
  /** iOS bug: `updateShareMenu({ withShareTicket: true, isUpdatableMessage: false })` lost the ticket. */
  ticketLost: boolean;
}

/** The button that was tapped, as WeChat passes it in `target` (1.2.4+). */
export interface WxButtonTarget {
  id: string;
  dataset: Record<string, unknown>;
  offsetLeft: number;
  offsetTop: number;
  [key: string]: unknown;
}

/** What `onShareAppMessage` receives. Empty below 1.2.4. */
export interface WxShareAppMessageArgument {
  /** 1.2.4+ */
  from?: 'menu' | 'button';
  /** 1.2.4+, button shares only. */
  target?: WxButtonTarget;
  /** 1.6.4+, when the page shows a `<web-view>`. */
  webViewUrl?: string;
}

/** Result of a share as WeChat passes it to the returned callbacks (below 2.3.0). */
export interface WxShareAppMessageResult {
  errMsg: string;
  /** Group chats with `withShareTicket` only: one per group. */
  shareTickets?: string[];
}

/** What `onShareAppMessage` may return. */
export interface WxShareAppMessageReturn {
  title?: string;
  path?: string;
  /** 1.5.0+ */
  imageUrl?: string;
  /** 2.12.0+: its resolved fields win if it resolves within 3 s. */
  promise?: PromiseLike<{ title?: string; path?: string; imageUrl?: string } | undefined>;
  /** 1.1.0 to below 2.3.0 */
  success?(result: WxShareAppMessageResult): void;
  fail?(result: WxShareAppMessageResult): void;
  complete?(result: WxShareAppMessageResult): void;
}

/** What `onShareTimeline` may return (2.11.3+). */
export interface WxShareTimelineReturn {
  title?: string;
  query?: string;
  imageUrl?: string;
}

/** What `onAddToFavorites` may return (2.10.3+). */
export interface WxAddToFavoritesReturn {
  title?: string;
  imageUrl?: string;
  query?: string;
}

/** A page instance (`this` in page handlers; `getCurrentPages()` items). */
export interface WxPageInstance {
  /** WeChat style: no leading `/`. */
  readonly route: string;
  /** The query the page was opened with. */
  readonly options: WxQuery;
  data: Record<string, unknown>;
  /** Shallow merge into `data` (no rendering); calls `callback` at once. */
  setData(patch: Record<string, unknown>, callback?: () => void): void;
  [key: string]: unknown;
}

/** What `runtime.Page(route, options)` takes: WeChat's `Page({...})` options. */
export interface WxPageOptions {
  data?: Record<string, unknown>;
  onLoad?(query: WxQuery): void;
  onShow?(): void;
  onReady?(): void;
  onHide?(): void;
  onUnload?(): void;
  // biome-ignore lint/suspicious/noConfusingVoidType: handlers that return nothing, as in miniprogram-api-typings
  onShareAppMessage?(argument: WxShareAppMessageArgument): WxShareAppMessageReturn | undefined | void;
  // biome-ignore lint/suspicious/noConfusingVoidType: handlers that return nothing, as in miniprogram-api-typings
  onShareTimeline?(): WxShareTimelineReturn | undefined | void;
  // biome-ignore lint/suspicious/noConfusingVoidType: handlers that return nothing, as in miniprogram-api-typings
  onAddToFavorites?(argument: { webViewUrl?: string }): WxAddToFavoritesReturn | undefined | void;
  [key: string]: unknown;
}

/** The app instance (`getApp()`, `this` in app handlers). */
export interface WxAppInstance {
  globalData?: Record<string, unknown>;
  [key: string]: unknown;
}

/** What `runtime.App(options)` takes: WeChat's `App({...})` options. */
export interface WxAppOptions {
  globalData?: Record<string, unknown>;
  onLaunch?(options: WxLaunchOptions): void;
  onShow?(options: WxLaunchOptions): void;
  onHide?(): void;
  /** Errors thrown by page/app handlers and API callbacks, as a string (message and stack). */
  onError?(error: string): void;
  [key: string]: unknown;
}
