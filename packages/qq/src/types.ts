/**
 * The qq adapter's public types. QQ publishes no typings on npm: these are structural, written
 * from the docs, one link per field. QQ's own mini program pages (q.qq.com/wiki/develop/miniprogram)
 * could not be retrieved; the links are QQ's mini-game pages, mirrors of QQ's docs and Taro's
 * typings, and QQ says its mini programs are WeChat-compatible
 * (http://h5.qianbao.qq.com/wiki/articleH5?id=1237). See the README's "What is confirmed".
 */
import type { MenuState, ShareAdapter, ShareContent, ShareController, ShareInfo, ShareInfoOptions } from '@sharekit/core';
import type { MenuConfirmation } from '@sharekit/core/adapter';

/**
 * The items of QQ's share menu: 转发 (QQ chats), 分享到空间 (Qzone), WeChat friends and Moments.
 * https://docs.taro.zone/docs/apis/share/showShareMenu (Taro's `showShareItems`, QQ only).
 */
export type QQShareItem = 'qq' | 'qzone' | 'wechatFriends' | 'wechatMoment';

/** The items `qq.hideShareMenu` can hide: "目前只支持'qq'、'qzone'" (https://q.qq.com/wiki/develop/game/API/share/qq.hideShareMenu.html). */
export type QQHideableItem = 'qq' | 'qzone';

/** `showMenu` options (`qq.showShareMenu`). */
export interface QQShowMenuOptions {
  /** Items to show. https://docs.taro.zone/docs/apis/share/showShareMenu */
  showShareItems?: QQShareItem[];
  /** Ask for share tickets. https://q.qq.com/wiki/develop/game/frame/open-ability/share.html */
  withShareTicket?: boolean;
}

/** `hideMenu` options (`qq.hideShareMenu`). */
export interface QQHideMenuOptions {
  /** Items to hide; without it both are hidden. https://q.qq.com/wiki/develop/game/API/share/qq.hideShareMenu.html */
  hideShareItems?: QQHideableItem[];
}

/** `updateMenu` options (`qq.updateShareMenu`). */
export interface QQUpdateMenuOptions {
  /** A ticket card goes to one chat only and cannot be forwarded. https://q.qq.com/wiki/develop/game/frame/open-ability/share.html */
  withShareTicket?: boolean;
}

/** What every qq callback receives (WeChat-compatible: http://h5.qianbao.qq.com/wiki/articleH5?id=1237). */
export interface QQCallbackResult {
  errMsg: string;
}

/** The `success` / `fail` pair every asynchronous qq API takes. */
export interface QQCallbacks<R = QQCallbackResult> {
  success?: (result: R) => void;
  fail?: (result: QQCallbackResult) => void;
}

/**
 * What `qq.getShareInfo` gives `success`: "返回群信息" (https://q.qq.com/wiki/develop/game/frame/open-ability/share.html).
 * The field names are WeChat's; QQ's page does not list them (UNCONFIRMED). The adapter checks
 * both are strings.
 */
export interface QQShareInfoResult extends QQCallbackResult {
  /** Encrypted group info, decrypted on the server (https://q.qq.com/wiki/develop/game/frame/open-ability/signature.html). */
  encryptedData: string;
  /** The AES initial vector of `encryptedData` (same page). */
  iv: string;
}

/** `App.onLaunch` / `App.onShow` options. Only what sharing needs. */
export interface QQLaunchOptions {
  scene?: number;
  /** Present when opened from a group card shared with `withShareTicket`. https://q.qq.com/wiki/develop/game/frame/open-ability/share.html */
  shareTicket?: string;
  path?: string;
  query?: Record<string, unknown>;
}

/**
 * The part of the mini program `qq` object the adapter uses. Every member is optional: a missing
 * one means `unsupported`, never a TypeError.
 */
export interface QQLike {
  /** `SDKVersion`: the base library version (WeChat-compatible; UNCONFIRMED for QQ). */
  getSystemInfoSync?(): { SDKVersion?: string };
  /** WeChat-compatible `canIUse` (UNCONFIRMED for QQ): asked only for schemas outside {@link qqFeatures}. */
  canIUse?(schema: string): boolean;
  /** https://docs.taro.zone/docs/apis/share/showShareMenu, https://www.tencentcloud.com/zh/document/product/1219/57769 (same names) */
  showShareMenu?(options: { showShareItems?: QQShareItem[]; withShareTicket?: boolean } & QQCallbacks): unknown;
  /** https://q.qq.com/wiki/develop/game/API/share/qq.hideShareMenu.html */
  hideShareMenu?(options: { hideShareItems?: QQHideableItem[] } & QQCallbacks): unknown;
  /** https://q.qq.com/wiki/develop/game/frame/open-ability/share.html */
  updateShareMenu?(options: { withShareTicket?: boolean } & QQCallbacks): unknown;
  /** https://q.qq.com/wiki/develop/game/frame/open-ability/share.html */
  getShareInfo?(options: { shareTicket: string } & QQCallbacks<QQShareInfoResult>): unknown;
}

/** `onShareAppMessage`'s argument, as WeChat's (http://h5.qianbao.qq.com/wiki/articleH5?id=1237; UNCONFIRMED for QQ). */
export interface QQShareAppMessageOption {
  /** `button` or `menu`. */
  from?: string;
  /** The `<button open-type="share">` tapped. */
  target?: unknown;
  /** The page's `<web-view>` URL. */
  webViewUrl?: string;
}

/**
 * `onShareAppMessage`'s return value, the WeChat-compatible fields
 * (http://h5.qianbao.qq.com/wiki/articleH5?id=1237). QQ uses it for chats and Qzone alike.
 */
export interface QQShareAppMessageContent {
  title?: string;
  /** The page to open, with its leading `/`. uni-app's docs say QQ reads `query` instead: UNCONFIRMED, see the README. */
  path?: string;
  /** 5:4 (https://q.qq.com/wiki/develop/game/frame/open-ability/share.html). */
  imageUrl?: string;
}

/** Page handlers bound to one adapter. */
export interface QQPageHooks {
  onShareAppMessage(options?: QQShareAppMessageOption): QQShareAppMessageContent;
  /**
   * Call it from your page's own `onShow` when the page has one: it hands the controller this
   * page's share menu and ends a share QQ does not report.
   */
  onShow(): void;
}

/** App hooks bound to one adapter: they feed launch contexts (and their tickets) to the controller. */
export interface QQAppHooks {
  onLaunch(options?: QQLaunchOptions): void;
  onShow(options?: QQLaunchOptions): void;
}

export interface QQAdapterOptions {
  /** The `qq` object. Default: the global `qq` when there is one; `null`: none (everything `unsupported`). */
  qq?: QQLike | null;
  /**
   * `getCurrentPages`, to tell pages apart (each page has its own share menu). Default: the global
   * one; `null`: none (pages are told apart by route, when the page's `onShow` runs with the page as `this`).
   */
  getCurrentPages?: (() => readonly unknown[]) | null;
  /**
   * The card QQ gets when content is not ready synchronously (QQ documents no way to wait) or the
   * provider failed. Default `{}`: QQ's own defaults. Validated now: invalid content throws a
   * ShareError `invalid-content`.
   */
  defaults?: ShareContent;
}

/** The qq adapter: a `ShareAdapter` plus the Page/App hooks it needs from the mini program. */
export interface QQAdapter extends ShareAdapter {
  readonly platform: 'qq';
  readonly initiation: readonly ['user'];
  /** The menu of the page in front (QQ keeps one per page). */
  readonly initialMenu: MenuState;
  showMenu(options?: QQShowMenuOptions): Promise<MenuConfirmation>;
  hideMenu(options?: QQHideMenuOptions): Promise<MenuConfirmation>;
  updateMenu(options?: QQUpdateMenuOptions): Promise<MenuConfirmation>;
  getShareInfo(shareTicket: string | undefined, options?: ShareInfoOptions): Promise<ShareInfo>;
  /** The base library version every decision uses (`SDKVersion`, `1.0.0` when unknown). Read once. */
  readonly version: string;
  readonly page: QQPageHooks;
  readonly app: QQAppHooks;
  /** The mini program lifecycle ended (a simulator's destroy): the launch context and its ticket are gone. */
  destroy(): void;
}

/** An adapter and the controller created over it: what the Page/App helpers work on. */
export interface QQShare {
  adapter: QQAdapter;
  controller: ShareController<QQAdapter>;
}
