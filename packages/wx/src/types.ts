/**
 * The wx adapter's public types. `WxLike` is structural: the official `WechatMiniprogram.Wx`
 * (miniprogram-api-typings) satisfies it, yet users need not install those typings.
 */
import type { MenuState, ShareAdapter, ShareContent, ShareController, ShareInfo, ShareInfoOptions } from '@sharekit/core';
import type { MenuConfirmation } from '@sharekit/core/adapter';

/** The menus WeChat can show (2.11.3+). */
export type WxMenuName = 'shareAppMessage' | 'shareTimeline';

/** `showMenu` options (`wx.showShareMenu`). */
export interface WxShowMenuOptions {
  /** Ask for share tickets (1.1.0+). */
  withShareTicket?: boolean;
  /** Which menus to show (2.11.3+). Default `['shareAppMessage']`. */
  menus?: WxMenuName[];
}

/** `hideMenu` options (`wx.hideShareMenu`). */
export interface WxHideMenuOptions {
  /** Which menus to hide (2.11.3+). Default: all. */
  menus?: WxMenuName[];
}

/** `updateMenu` options (`wx.updateShareMenu`, 1.2.0+). */
export interface WxUpdateMenuOptions {
  withShareTicket?: boolean;
  /** Dynamic message (2.4.0+). */
  isUpdatableMessage?: boolean;
  activityId?: string;
  templateInfo?: Record<string, unknown>;
  /** 2.11.0+ */
  toDoActivityId?: string;
  /** 2.13.0+ */
  isPrivateMessage?: boolean;
}

/** WeChat-only content, under `content.wx`. */
export interface WxContent {
  /** The timeline card's query (`onShareTimeline`). Default: the query of `path`. */
  query?: string;
}

declare module '@sharekit/core' {
  interface ShareContent {
    /** WeChat-only fields (`@sharekit/wx`); other platforms ignore them. */
    wx?: WxContent;
  }
}

/** What every wx callback receives. */
export interface WxCallbackResult {
  errMsg: string;
}

/** The `success` / `fail` pair every asynchronous wx API takes. */
export interface WxCallbacks<R = WxCallbackResult> {
  success?: (result: R) => void;
  fail?: (result: WxCallbackResult) => void;
}

/** What `wx.getShareInfo` / `wx.getGroupEnterInfo` give `success`. */
export interface WxShareInfoResult extends WxCallbackResult {
  encryptedData: string;
  iv: string;
  /** 2.7.0+ */
  cloudID?: string;
}

/** `App.onLaunch` / `App.onShow` options. Only what sharing needs. */
export interface WxLaunchOptions {
  scene?: number;
  /** Present when opened from a group card shared with `withShareTicket` (scene 1044). */
  shareTicket?: string;
  path?: string;
  query?: Record<string, unknown>;
}

/**
 * The part of the mini program `wx` object the adapter uses. Every member is optional: old base
 * libraries lack most of them, and a missing one means `unsupported`, never a TypeError.
 */
export interface WxLike {
  getSystemInfoSync?(): { SDKVersion?: string };
  /** 2.20.1+; preferred to the deprecated `getSystemInfoSync` when present. */
  getAppBaseInfo?(): { SDKVersion?: string };
  /** 1.1.1+ */
  canIUse?(schema: string): boolean;
  /** 1.1.0+; `menus` 2.11.3+ */
  showShareMenu?(options: { withShareTicket?: boolean; menus?: WxMenuName[] } & WxCallbacks): unknown;
  /** 1.1.0+; `menus` 2.11.3+ */
  hideShareMenu?(options: { menus?: WxMenuName[] } & WxCallbacks): unknown;
  /** 1.2.0+ */
  updateShareMenu?(options: { withShareTicket?: boolean } & WxCallbacks): unknown;
  /** 1.1.0+; `timeout` 1.9.90+ */
  getShareInfo?(options: { shareTicket: string; timeout?: number } & WxCallbacks<WxShareInfoResult>): unknown;
  /**
   * 2.10.4+, callbacks only: the group of the current launch, no ticket (group tools from 2.10.4,
   * group message cards and to-dos from 2.17.3). Fails with error code 40097 (wrong scene) or
   * 65206 (the user left the group).
   */
  getGroupEnterInfo?(options: WxCallbacks<WxShareInfoResult>): unknown;
}

/** `onShareAppMessage`'s argument (`from` / `target` 1.2.4+, `webViewUrl` 1.6.4+). */
export interface WxShareAppMessageOption {
  from?: string;
  target?: unknown;
  webViewUrl?: string;
}

/** The card fields WeChat reads from `onShareAppMessage`'s return value. */
export interface WxShareAppMessageFields {
  title?: string;
  path?: string;
  /** 1.5.0+ */
  imageUrl?: string;
}

/** `onShareAppMessage`'s return value as this adapter builds it for the runtime's version. */
export interface WxShareAppMessageContent extends WxShareAppMessageFields {
  /** 2.12.0+, async content: WeChat waits up to 3 s, then uses the fields above. Never rejects. */
  promise?: Promise<WxShareAppMessageFields>;
  /**
   * 1.1.0 to 2.2.x only: WeChat reports the result. The parameter is optional so the object fits
   * uni-app's `CustomShareContent` (`success?: () => void`) as it is; WeChat always passes it.
   */
  success?: (result?: { errMsg: string; shareTickets?: string[] }) => void;
  fail?: (result?: WxCallbackResult) => void;
}

/** `onShareTimeline`'s return value (2.11.3+): the timeline opens the current page with `query`. */
export interface WxShareTimelineContent {
  title?: string;
  query?: string;
  imageUrl?: string;
}

/** Page handlers bound to one adapter. */
export interface WxPageHooks {
  onShareAppMessage(options?: WxShareAppMessageOption): WxShareAppMessageContent;
  /** Only with `sharePage(..., { timeline: true })`. */
  onShareTimeline?(): WxShareTimelineContent;
  /**
   * Call it from your page's own `onShow` when the page has one (see the README): it hands the
   * controller this page's share menu and ends a share WeChat does not report.
   */
  onShow(): void;
}

/** App hooks bound to one adapter: they feed launch contexts (and their tickets) to the controller. */
export interface WxAppHooks {
  onLaunch(options?: WxLaunchOptions): void;
  onShow(options?: WxLaunchOptions): void;
}

export interface WxAdapterOptions {
  /** The `wx` object. Default: the global `wx` when there is one; `null`: none (everything `unsupported`). */
  wx?: WxLike | null;
  /**
   * WeChat's `getCurrentPages`, to tell pages apart (each page has its own share menu). Default:
   * the global one when there is one; `null`: none (pages are told apart by route, when the
   * page's `onShow` runs with the page as `this`).
   */
  getCurrentPages?: (() => readonly unknown[]) | null;
  /**
   * The card WeChat gets when content is not ready synchronously: async content below 2.12.0 (or
   * later than WeChat's 3 s on 2.12.0+), and a provider that failed. Default `{}`: WeChat's own
   * defaults (the app's name and the current page). Validated now: invalid content throws a
   * ShareError `invalid-content`.
   */
  defaults?: ShareContent;
}

/** The wx adapter: a `ShareAdapter` plus the Page/App hooks it needs from the mini program. */
export interface WxAdapter extends ShareAdapter {
  readonly platform: 'wx';
  readonly initiation: readonly ['user'];
  /** The menu of the page in front (WeChat keeps one per page). */
  readonly initialMenu: MenuState;
  showMenu(options?: WxShowMenuOptions): Promise<MenuConfirmation>;
  hideMenu(options?: WxHideMenuOptions): Promise<MenuConfirmation>;
  updateMenu(options?: WxUpdateMenuOptions): Promise<MenuConfirmation>;
  getShareInfo(shareTicket: string | undefined, options?: ShareInfoOptions): Promise<ShareInfo>;
  /** The base library version every decision uses (`SDKVersion`, `1.0.0` when unknown). Read once. */
  readonly version: string;
  /** The page handlers; `sharePage` spreads them. */
  readonly page: Required<WxPageHooks>;
  /** The app hooks; `shareApp` returns them. */
  readonly app: WxAppHooks;
  /** The mini program lifecycle ended (a simulator's destroy): the launch context and its ticket are gone. */
  destroy(): void;
}

/** An adapter and the controller created over it: what the Page/App helpers work on. */
export interface WxShare {
  adapter: WxAdapter;
  controller: ShareController<WxAdapter>;
}
