/**
 * The alipay adapter's public types. `MyLike` is structural: the official `my` of
 * `@mini-types/alipay` satisfies it, yet users need not install those typings.
 */
import type { MenuState, ShareAdapter, ShareContent, ShareController } from '@sharekit/core';
import type { MenuConfirmation } from '@sharekit/core/adapter';

/**
 * Alipay-only card fields, under `content.alipay` (opendocs page-detail, onShareAppMessage return
 * object; platform-share-facts.md §1.3).
 */
export interface AlipayContent {
  /** Big preview image, 750x825, a network URL (1.9.0+). */
  bgImgUrl?: string;
  /** Image for sharing to Alipay friends, 376x330, network URL only (2.7.13+). */
  scImgUrl?: string;
  /** Custom 吱口令 text, at most 28 characters (1.7.0+). */
  content?: string;
  /** Adds "支付宝搜 <keyword>" to the share image, at most 5 characters. */
  searchTip?: string;
}

declare module '@sharekit/core' {
  interface ShareContent {
    /** Alipay-only fields (`@sharekit/alipay`); other platforms ignore them. */
    alipay?: AlipayContent;
  }
}

/** What Alipay's failing callbacks receive: an error code and message (no `errMsg`). */
export interface MyFailure {
  error?: number;
  errorMessage?: string;
}

/**
 * The part of the mini program `my` object the adapter uses. Every member is optional: old base
 * libraries lack most of them, and a missing one means `unsupported`, never a TypeError.
 */
export interface MyLike {
  /** The base library version (`my.SDKVersion`). */
  readonly SDKVersion?: string;
  canIUse?(schema: string): boolean;
  /** 1.17.0+ (client 10.1.60+): opens the share panel; the page's hook then gets `from: 'code'`. */
  showSharePanel?(): void;
  /** 1.7.0+ (client 10.1.10+): greys out the page's share item. */
  hideShareMenu?(options?: { success?(data: {}): void; fail?(error: MyFailure): void }): unknown;
}

/** `onShareAppMessage`'s argument (`from` / `target` 1.10.0+, `webViewUrl` 1.6.0+). */
export interface AlipayShareAppMessageOption {
  /** `menu`, `button`, or `code` (opened by `my.showSharePanel`). */
  from?: string;
  target?: unknown;
  webViewUrl?: string;
}

/** What Alipay passes `success` after a share (1.4.0+). */
export interface AlipayShareResult {
  /** The channel the user chose (values not documented). */
  channelName?: string;
  /** Whether sharing succeeded. */
  shareResult?: boolean;
}

/** The card fields Alipay reads from `onShareAppMessage`'s return value. */
export interface AlipayShareAppMessageFields extends AlipayContent {
  title?: string;
  /** The card's description (sharekit `text`). */
  desc?: string;
  /** A page path without the leading `/` (Alipay refuses it). */
  path?: string;
  /** 1.4.0+ */
  imageUrl?: string;
}

/** `onShareAppMessage`'s return value as this adapter builds it for the runtime's version. */
export interface AlipayShareAppMessageContent extends AlipayShareAppMessageFields {
  /** 1.4.0+: Alipay reports the result. */
  success?: (result?: AlipayShareResult) => void;
  fail?: (result?: MyFailure) => void;
}

/** Page handlers bound to one adapter. */
export interface AlipayPageHooks {
  /** The card, or (where Alipay waits for it) a promise of it. */
  onShareAppMessage(options?: AlipayShareAppMessageOption): AlipayShareAppMessageContent | Promise<AlipayShareAppMessageContent>;
  /** Call it from your page's own `onShow` when the page has one. */
  onShow(): void;
}

/** `App.onLaunch` / `App.onShow` options. Only what sharing needs. */
export interface AlipayLaunchOptions {
  scene?: number;
  path?: string;
  query?: Record<string, unknown>;
}

/**
 * App hooks bound to one adapter: the launch context, and `App.onShareAppMessage`, the card
 * Alipay uses for every page that has no `onShareAppMessage` of its own.
 */
export interface AlipayAppHooks {
  onLaunch(options?: AlipayLaunchOptions): void;
  onShow(options?: AlipayLaunchOptions): void;
  onShareAppMessage(options?: AlipayShareAppMessageOption): AlipayShareAppMessageContent | Promise<AlipayShareAppMessageContent>;
}

export interface AlipayAdapterOptions {
  /** The `my` object. Default: the global `my` when there is one; `null`: none (everything `unsupported`). */
  my?: MyLike | null;
  /** `getCurrentPages`, to tell pages apart (each page has its own share menu). Default: the global one. */
  getCurrentPages?: (() => readonly unknown[]) | null;
  /**
   * The card Alipay gets when content is not ready synchronously and Alipay cannot wait (below
   * 1.24.13, and 2.0.0 to 2.6.6), and when a provider failed. Default `{}`: Alipay's own defaults.
   */
  defaults?: ShareContent;
}

/** The alipay adapter: a `ShareAdapter` plus the Page/App hooks it needs from the mini program. */
export interface AlipayAdapter extends ShareAdapter {
  readonly platform: 'alipay';
  /** `user`, plus `app` where `my.showSharePanel` exists (1.17.0+). */
  readonly initiation: readonly ('user' | 'app')[];
  readonly initialMenu: MenuState;
  /** `my.hideShareMenu` (1.7.0+). There is no show: Alipay documents no way to bring the item back. */
  hideMenu(options?: object): Promise<MenuConfirmation>;
  /** The base library version every decision uses (`my.SDKVersion`, `1.0.0` when unknown). Read once. */
  readonly version: string;
  readonly page: AlipayPageHooks;
  readonly app: AlipayAppHooks;
  /** The mini program lifecycle ended (a simulator's destroy). */
  destroy(): void;
}

/** An adapter and the controller created over it: what the Page/App helpers work on. */
export interface AlipayShare {
  adapter: AlipayAdapter;
  controller: ShareController<AlipayAdapter>;
}
