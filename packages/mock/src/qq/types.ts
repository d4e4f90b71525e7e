/** Types of the simulated QQ runtime (`@sharekit/mock/qq`). */
import type { SimAppInstance, SimCall, SimLifecycleEvent, SimPageInstance, SimPageOptions, SimStatus } from '../miniprogram';

/** The items of QQ's share menu (https://docs.taro.zone/docs/apis/share/showShareMenu). */
export type QQMenuItem = 'qq' | 'qzone' | 'wechatFriends' | 'wechatMoment';

/** The current page's share menu. */
export interface QQMenuState {
  /** The page defines onShareAppMessage and at least one item shows. */
  visible: boolean;
  items: QQMenuItem[];
  withShareTicket: boolean;
}

/** `App.onLaunch` / `App.onShow` options (WeChat-compatible; QQ's scene numbers UNCONFIRMED: WeChat's used). */
export interface QQLaunchOptions {
  path: string;
  query: Record<string, string>;
  scene: number;
  shareTicket?: string;
}

export interface QQLaunchInput {
  /** Default: the first page registered. May carry a query. */
  path?: string;
  query?: Record<string, string>;
  scene?: number;
  shareTicket?: string;
}

export interface QQShowInput {
  scene?: number;
  shareTicket?: string;
}

/** A card someone else shared, opened by this user. */
export interface QQOpenCardInput {
  path?: string;
  /** Default `'group'`. */
  chat?: 'group' | 'single';
  openGId?: string;
  /** The sharer asked for tickets: a group card gives the opener one. */
  withShareTicket?: boolean;
}

/** What the user does after tapping a share item. */
export type QQChoice = 'group' | 'single' | 'cancel';

/** Options of `user.tapMenuShare()` / `user.tapShareButton()`. */
export interface QQShareTap {
  /** Which item of the menu (or of the button's share-mode). Default `'qq'`. */
  item?: QQMenuItem;
  /** For `qq` / `wechatFriends`: the chat picked, or cancel. Qzone / Moments: anything but cancel posts. Default `'group'`. */
  choose?: QQChoice;
  /** `'group'`: the group picked. Default `'qqSimulatedGroup0001'`. */
  openGId?: string;
  /** Milliseconds the user spends in QQ's panel. Default 0. */
  dwell?: number;
  webViewUrl?: string;
}

/** A `<button open-type="share">` as the user taps it. */
export interface QQButtonTarget {
  id?: string;
  dataset?: Record<string, unknown>;
  /** The button's `share-mode`. Default `['qq', 'qzone']`. */
  shareMode?: QQMenuItem[];
}

export type QQNotOpenedReason = 'not-running' | 'busy' | 'no-handler' | 'menu-hidden' | 'item-unavailable';

/** The card QQ made (defaults filled in: the app's name, the current page). */
export interface QQDeliveredCard {
  title: string;
  path: string;
  imageUrl?: string;
}

/** What one tap did. QQ reports nothing back to the page: this is for the test. */
export interface QQShareReport {
  via: 'menu' | 'button';
  opened: boolean;
  reason?: QQNotOpenedReason;
  /** What `onShareAppMessage` received. */
  argument?: Record<string, unknown>;
  item?: QQMenuItem;
  /** The card, when the user went through with it. */
  delivered: QQDeliveredCard | null;
  /** A group card carries a ticket when the menu asked for it (the opener gets one: `openShareCard`). */
  withShareTicket: boolean;
  handlerError?: unknown;
}

export interface QQUser {
  tapMenuShare(tap?: QQShareTap): Promise<QQShareReport>;
  tapShareButton(target?: QQButtonTarget, tap?: QQShareTap): Promise<QQShareReport>;
}

export interface QQRuntimeOptions {
  /** Base library version. Default `'1.15.0'`. */
  SDKVersion?: string;
  /** Default `'1110000000'` (QQ AppIDs are numbers). */
  appId?: string;
  appName?: string;
  /** base64 of 16 bytes; the key open data is encrypted with. */
  sessionKey?: string;
  /** Milliseconds every asynchronous API takes. Default 0. */
  latency?: number;
  /** Omit `getShareInfo` (QQ before 8.0.5 on Android / 8.0.6 on iOS has no share tickets). */
  noShareTickets?: boolean;
}

/** The simulated `qq`: functions exist only where the base library has them. */
export type QQApi = Record<string, unknown> & {
  getSystemInfoSync(): { SDKVersion: string; platform: string };
};

export interface QQRuntime {
  readonly qq: QQApi;
  readonly SDKVersion: string;
  readonly appId: string;
  readonly appName: string;
  readonly sessionKey: string;
  App(options: Record<string, unknown> & ThisType<SimAppInstance>): void;
  Page(route: string, options: SimPageOptions & ThisType<SimPageInstance>): void;
  getApp(): SimAppInstance | undefined;
  getCurrentPages(): SimPageInstance[];
  launch(input?: QQLaunchInput): QQLaunchOptions;
  hide(): void;
  show(input?: QQShowInput): QQLaunchOptions;
  destroy(): void;
  navigateTo(url: string): SimPageInstance;
  navigateBack(delta?: number): SimPageInstance;
  reLaunch(url: string): SimPageInstance;
  /** Opens a card someone shared (cold or hot start). */
  openShareCard(card?: QQOpenCardInput): QQLaunchOptions;
  /** A ticket `qq.getShareInfo` accepts in this lifecycle, for `openGId`. */
  issueTicket(openGId?: string): string;
  readonly user: QQUser;
  readonly menu: QQMenuState;
  readonly status: SimStatus;
  readonly calls: SimCall[];
  readonly events: SimLifecycleEvent[];
  readonly errors: unknown[];
  clearRecords(): void;
  /** Defines `qq`, `App`, `getApp`, `getCurrentPages` on `target`; returns the restore function. */
  install(target?: object): () => void;
}
