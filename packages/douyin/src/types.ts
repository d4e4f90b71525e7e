/**
 * The douyin adapter's public types. `TtLike` is structural: the official `tt` of
 * `@douyin-microapp/typings` satisfies it, yet users need not install those typings.
 */
import type { MenuState, ShareAdapter, ShareContent, ShareController } from '@sharekit/core';
import type { MenuConfirmation } from '@sharekit/core/adapter';

/** The items of Douyin's share menu (`menus`, 2.28.0+): 分享 and 拍抖音. */
export type DouyinMenuName = 'share' | 'record';

/** `showMenu` options (`tt.showShareMenu`). */
export interface DouyinShowMenuOptions {
  /** Which items to show (2.28.0+). Default, as Douyin's: `['record', 'share']`. */
  menus?: DouyinMenuName[];
}

/**
 * `hideMenu` options (`tt.hideShareMenu`): none. Whether it takes `menus` is not documented
 * (UNCONFIRMED), so the adapter hides the whole menu and refuses `menus`.
 */
export type DouyinHideMenuOptions = {};

/** Douyin-only content, under `content.douyin`. */
export interface DouyinContent {
  /** A share template created and approved in Douyin's console (运营 → 流量配置 → 分享设置). */
  templateId?: string;
  /** Douyin's `extra` (e.g. `videoPath`, `videoTopics` for video shares), passed through as it is. */
  extra?: Record<string, unknown>;
}

declare module '@sharekit/core' {
  interface ShareContent {
    /** Douyin-only fields (`@sharekit/douyin`); other platforms ignore them. */
    douyin?: DouyinContent;
  }
}

/** What every tt callback receives. */
export interface DouyinCallbackResult {
  errMsg: string;
  errNo?: number;
}

/** The `success` / `fail` pair every asynchronous tt API takes. */
export interface DouyinCallbacks {
  success?: (result: { errMsg: string }) => void;
  fail?: (result: DouyinCallbackResult) => void;
}

/** `App.onLaunch` / `App.onShow` options. Douyin's scene is a string (`"011009"`). */
export interface DouyinLaunchOptions {
  scene?: string | number;
  path?: string;
  query?: object;
}

/**
 * The part of the mini app `tt` object the adapter uses. Every member is optional: old base
 * libraries lack most of them, and a missing one means `unsupported`, never a TypeError.
 */
export interface TtLike {
  getSystemInfoSync?(): { SDKVersion?: string };
  /** 1.35.0+ */
  canIUse?(schema: string): boolean;
  /** 1.5.0+; `menus` 2.28.0+ */
  showShareMenu?(options: { menus?: DouyinMenuName[] } & DouyinCallbacks): unknown;
  /** 1.5.0+ */
  hideShareMenu?(options: DouyinCallbacks): unknown;
}

/**
 * `onShareAppMessage`'s argument: `from` is `menu`, `button`, `quick_share`, `quick_share_more`,
 * `screenshot` or `live_share`; `channel` `''`, `video`, `token`, `article`, `friend_list`,
 * `qrcode`, `live_share`; `webviewUrl` (lower-case v, 2.47.0+).
 */
export interface DouyinShareAppMessageOption {
  from?: string;
  channel?: string;
  target?: unknown;
  webviewUrl?: string;
}

/** The ShareParam fields this adapter fills from ShareContent. */
export interface DouyinShareParamFields {
  title?: string;
  desc?: string;
  path?: string;
  imageUrl?: string;
  templateId?: string;
  extra?: Record<string, unknown>;
}

/** `onShareAppMessage`'s return value (ShareParam) as this adapter builds it. */
export interface DouyinShareParam extends DouyinShareParamFields {
  /**
   * Douyin calls it once the share publisher is up, which does not mean the user shared
   * (payload UNCONFIRMED): the outcome is `unconfirmed`.
   */
  success?: (result?: unknown) => void;
  /** The publisher could not open: the outcome is `failed`. */
  fail?: (result?: unknown) => void;
}

/** Page handlers bound to one adapter. */
export interface DouyinPageHooks {
  onShareAppMessage(options?: DouyinShareAppMessageOption): DouyinShareParam;
  /**
   * Call it from your page's own `onShow` when the page has one: it hands the controller this
   * page's share menu and ends the share Douyin does not report.
   */
  onShow(): void;
}

/** App hooks bound to one adapter: they feed launch contexts to the controller. */
export interface DouyinAppHooks {
  onLaunch(options?: DouyinLaunchOptions): void;
  onShow(options?: DouyinLaunchOptions): void;
}

export interface DouyinAdapterOptions {
  /** The `tt` object. Default: the global `tt` when there is one; `null`: none (everything `unsupported`). */
  tt?: TtLike | null;
  /** Douyin's `getCurrentPages` (each page has its own share menu). Default: the global one; `null`: none. */
  getCurrentPages?: (() => readonly unknown[]) | null;
  /**
   * The card Douyin gets when content is not ready synchronously (async content, a provider that
   * failed). Default `{}`: Douyin's own defaults (the mini app's name, the current page, its icon).
   * Validated now: invalid content throws a ShareError `invalid-content`.
   */
  defaults?: ShareContent;
}

/** The douyin adapter: a `ShareAdapter` plus the Page/App hooks it needs from the mini app. */
export interface DouyinAdapter extends ShareAdapter {
  readonly platform: 'douyin';
  readonly initiation: readonly ['user'];
  readonly initialMenu: MenuState;
  showMenu(options?: DouyinShowMenuOptions): Promise<MenuConfirmation>;
  hideMenu(options?: DouyinHideMenuOptions): Promise<MenuConfirmation>;
  /** The base library version every decision uses (`SDKVersion`, `1.0.0` when unknown). Read once. */
  readonly version: string;
  readonly page: DouyinPageHooks;
  readonly app: DouyinAppHooks;
  /** The mini app lifecycle ended (a simulator's destroy): the launch context is gone. */
  destroy(): void;
}

/** An adapter and the controller created over it: what the Page/App helpers work on. */
export interface DouyinShare {
  adapter: DouyinAdapter;
  controller: ShareController<DouyinAdapter>;
}
