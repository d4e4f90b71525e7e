/**
 * The baidu adapter's public types. No official typings for `swan` exist on npm: these are
 * structural, written from Baidu's docs (smartprogram.baidu.com, source `swan-team/swan-docs`,
 * snapshot of 2020-04-20), with the doc page next to each field. Baidu may have changed since.
 */
import type { MenuState, ShareAdapter, ShareController, ShareContent } from '@sharekit/core';
import type { ShareInitiation } from '@sharekit/core/adapter';

// No `content.baidu`: every card field Baidu documents (title, content, imageUrl, path) is portable.

/** What a swan callback receives on failure. https://smartprogram.baidu.com/docs/develop/api/open/share_swan-openShare/ */
export interface BaiduCallbackResult {
  /** e.g. `share canceled` (web 态, the only values the docs list). */
  errMsg?: string;
  errCode?: number;
}

/**
 * The card fields `onShareAppMessage` returns and `swan.openShare` takes; all optional.
 * https://smartprogram.baidu.com/docs/develop/framework/app_service_pagefunction/ (onShareAppMessage)
 * https://smartprogram.baidu.com/docs/develop/api/open/share_swan-openShare/ (openShare)
 */
export interface BaiduShareFields {
  /** 分享标题. */
  title?: string;
  /** 分享内容: the card's text (sharekit's `text`). */
  content?: string;
  /** 分享图标. */
  imageUrl?: string;
  /** Page path, "必须是以 / 开头的完整路径"; Chinese in the query must be `encodeURIComponent`-encoded. */
  path?: string;
}

/**
 * The callbacks Baidu calls with the share's result (both the page hook's object and
 * `swan.openShare`). Known bug: base library 1.13.43 on Android calls no `fail` when the user
 * cancels the panel (openShare page, "Bug & Tip").
 * https://smartprogram.baidu.com/docs/develop/api/open/share_swan-openShare/
 */
export interface BaiduShareCallbacks {
  success?: (result?: unknown) => void;
  fail?: (result?: BaiduCallbackResult) => void;
  complete?: (result?: unknown) => void;
}

/** `onShareAppMessage`'s return value. https://smartprogram.baidu.com/docs/develop/framework/app_service_pagefunction/ */
export interface BaiduShareAppMessageContent extends BaiduShareFields, BaiduShareCallbacks {}

/** `swan.openShare`'s argument. https://smartprogram.baidu.com/docs/develop/api/open/share_swan-openShare/ */
export interface BaiduOpenShareOptions extends BaiduShareFields, BaiduShareCallbacks {}

/**
 * `onShareAppMessage`'s argument. https://smartprogram.baidu.com/docs/develop/framework/app_service_pagefunction/
 * and, for `webViewUrl`, https://smartprogram.baidu.com/docs/develop/api/open/share_web-view/
 */
export interface BaiduShareAppMessageOption {
  /** `button` or `menu`. Before a 2018-11 fix it arrived nested (`{ from: { from } }`, changelog); the adapter unwraps it. */
  from?: string | { from?: string };
  /** The `<button open-type="share">` when `from` is `button`. */
  target?: unknown;
  /** The `<web-view>`'s URL when the page holds one. */
  webViewUrl?: string;
}

/** `swan.getSystemInfoSync()`: only what the adapter reads. https://smartprogram.baidu.com/docs/develop/api/device_sys/swan-getSystemInfoSync/ */
export interface BaiduSystemInfo {
  /** 客户端基础库版本. */
  SDKVersion?: string;
  /** 客户端平台, e.g. `ios`, `android`. */
  platform?: string;
}

/** `App.onLaunch` / `App.onShow` options (`shareTicket` is listed there only). https://smartprogram.baidu.com/docs/develop/api/base_app_event/swan-onAppShow/ */
export interface BaiduLaunchOptions {
  scene?: number | string;
  path?: string;
  query?: Record<string, unknown>;
  shareTicket?: string;
}

/**
 * The part of the `swan` object the adapter uses. Every member is optional: a missing one means
 * `unsupported`, never a TypeError.
 */
export interface BaiduLike {
  /** https://smartprogram.baidu.com/docs/develop/api/device_sys/swan-getSystemInfoSync/ */
  getSystemInfoSync?(): BaiduSystemInfo;
  /** https://smartprogram.baidu.com/docs/develop/api/device_sys/swan-canIUse/ */
  canIUse?(schema: string): boolean;
  /** 调起分享面板. Minimum base library not documented. https://smartprogram.baidu.com/docs/develop/api/open/share_swan-openShare/ */
  openShare?(options: BaiduOpenShareOptions): unknown;
}

/** Page handlers bound to one adapter. */
export interface BaiduPageHooks {
  onShareAppMessage(options?: BaiduShareAppMessageOption): BaiduShareAppMessageContent;
  /** Call it from your page's own `onShow`: it hands the controller this page and ends a share Baidu may not report. */
  onShow(): void;
}

/** App hooks bound to one adapter: they feed launch contexts to the controller. */
export interface BaiduAppHooks {
  onLaunch(options?: BaiduLaunchOptions): void;
  onShow(options?: BaiduLaunchOptions): void;
}

export interface BaiduAdapterOptions {
  /** The `swan` object. Default: the global `swan` when there is one; `null`: none (everything `unsupported`). */
  swan?: BaiduLike | null;
  /** `getCurrentPages`, to tell pages apart. Default: the global one; `null`: none. */
  getCurrentPages?: (() => readonly unknown[]) | null;
  /**
   * The card Baidu gets from the page hook when content is not ready synchronously (an async
   * provider: Baidu documents no way to wait) or the provider failed. Default `{}`: Baidu's own
   * defaults. Validated now: invalid content throws a ShareError `invalid-content`.
   */
  defaults?: ShareContent;
}

/** The baidu adapter: a `ShareAdapter` (no menu methods: Baidu documents no menu API) plus its hooks. */
export interface BaiduAdapter extends ShareAdapter {
  readonly platform: 'baidu';
  /** `['user', 'app']`, or `['user']` where `swan.openShare` is missing. */
  readonly initiation: readonly ShareInitiation[];
  readonly initialMenu: MenuState;
  /** The base library version every decision uses (`SDKVersion`, `1.0.0` when unknown). Read once. */
  readonly version: string;
  /** The device platform (`android`, `ios`, …) from `getSystemInfoSync`, `unknown` when not given. */
  readonly os: string;
  share: NonNullable<ShareAdapter['share']>;
  readonly page: BaiduPageHooks;
  readonly app: BaiduAppHooks;
  /** The mini program lifecycle ended (a simulator's destroy): the launch context is gone. */
  destroy(): void;
}

/** An adapter and the controller created over it: what the Page/App helpers work on. */
export interface BaiduShare {
  adapter: BaiduAdapter;
  controller: ShareController<BaiduAdapter>;
}
