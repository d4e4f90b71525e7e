import type { SimAppInstance, SimCall, SimLifecycleEvent, SimPageInstance } from '../miniprogram';

/**
 * The simulated Baidu smart program runtime's types. Behaviour follows Baidu's docs (swan-docs
 * snapshot of 2020-04-20, platform-share-facts.md §4); each simulated API names its doc page.
 */

/** The device platform `swan.getSystemInfoSync().platform` reports. */
export type BaiduPlatform = 'ios' | 'android';

export interface BaiduRuntimeOptions {
  /** Base library version. Default `3.140.1`. */
  SDKVersion?: string;
  /** Default `ios`. Android at 1.13.43 has the documented silent-cancel bug. */
  platform?: BaiduPlatform;
  /** Shown as the default card title. Default `Demo App`. */
  appName?: string;
  /** `swan.openShare` exists. Default true (its minimum version is not documented). */
  openShare?: boolean;
  /**
   * The documented bug ("基础库 1.13.43 版本 Android 手机中，点击分享面板的取消时，不会执行 fail 回调",
   * openShare page): cancelling the openShare panel calls no callback. Default: on exactly at
   * Android 1.13.43.
   */
  silentCancel?: boolean;
}

/** What the user does in the share panel. */
export type BaiduPanelChoice = 'share' | 'cancel' | 'fail';

export interface BaiduPanelAnswer {
  /** Default `share`. */
  choose?: BaiduPanelChoice;
  /** `fail`: the errMsg detail. Default `system error`. */
  detail?: string;
  /** Milliseconds the user spends in the panel. Default 0. */
  dwell?: number;
}

/** The card Baidu made of one share. */
export interface BaiduCard {
  via: 'menu' | 'button' | 'openShare';
  title?: string;
  content?: string;
  imageUrl?: string;
  path?: string;
}

/** What a menu or button tap did. */
export interface BaiduShareReport {
  /** The panel opened. False: nothing happened, see `reason`. */
  opened: boolean;
  reason?: 'panel-open' | 'not-running';
  /** What `onShareAppMessage` returned (raw), undefined without a hook. */
  returned?: unknown;
  /** What the hook threw (then Baidu's defaults were shared). */
  handlerError?: unknown;
  card?: BaiduCard;
  choice?: BaiduPanelChoice;
}

/** One call of a simulated swan API. */
export type BaiduCall = SimCall;

export interface BaiduLaunchInput {
  /** Page path with an optional query, e.g. `/pages/article/index?id=42`. Default: the first registered page. */
  path?: string;
  scene?: number | string;
  shareTicket?: string;
}

export interface BaiduLaunchOptions {
  path: string;
  query: Record<string, string>;
  scene: number | string;
  shareTicket?: string;
}

/** A page instance: the Page options plus `route`, `options` (the query), `data`, `setData`. */
export type BaiduPageInstance = SimPageInstance;

/** The simulated `swan`: the share surface and what sharekit reads. */
export interface BaiduSwan {
  /** https://smartprogram.baidu.com/docs/develop/api/device_sys/swan-getSystemInfoSync/ */
  getSystemInfoSync(): { SDKVersion: string; platform: BaiduPlatform; host: string };
  /** https://smartprogram.baidu.com/docs/develop/api/device_sys/swan-canIUse/ */
  canIUse(schema: string): boolean;
  /** https://smartprogram.baidu.com/docs/develop/api/open/share_swan-openShare/ (absent with `openShare: false`). */
  openShare?(options: Record<string, unknown>): boolean;
}

export interface BaiduUser {
  /** Taps the top-right 分享: Baidu calls the page's `onShareAppMessage({ from: 'menu' })`. */
  tapMenuShare(answer?: BaiduPanelAnswer): Promise<BaiduShareReport>;
  /** Taps a `<button open-type="share">`: `onShareAppMessage({ from: 'button', target })`. */
  tapShareButton(target?: Record<string, unknown>, answer?: BaiduPanelAnswer): Promise<BaiduShareReport>;
  /** What the user does in the next panel `swan.openShare` opens (default: shares). */
  answerNextOpenShare(answer: BaiduPanelAnswer): void;
}

export interface BaiduRuntime {
  readonly swan: BaiduSwan;
  readonly SDKVersion: string;
  readonly platform: BaiduPlatform;
  /** `App({...})`, once per runtime. */
  App(options: Record<string, unknown>): void;
  /** `Page({...})` with its route (`/pages/article/index`). */
  Page(route: string, options: Record<string, unknown>): void;
  /** The app instance of the running lifecycle; undefined when not running. */
  getApp(): SimAppInstance | undefined;
  getCurrentPages(): BaiduPageInstance[];
  /** Cold start: App.onLaunch, App.onShow, then the page's onLoad and onShow. */
  launch(input?: BaiduLaunchInput): BaiduLaunchOptions;
  /** To the background: page onHide, App.onHide. */
  hide(): void;
  /** Back: App.onShow, page onShow. */
  show(input?: Omit<BaiduLaunchInput, 'path'>): BaiduLaunchOptions;
  /** The smart program is destroyed. */
  destroy(): void;
  navigateTo(url: string): BaiduPageInstance;
  navigateBack(delta?: number): BaiduPageInstance;
  readonly user: BaiduUser;
  /** Every card Baidu made, in order. */
  readonly cards: readonly BaiduCard[];
  /** Every swan call, in order. */
  readonly calls: readonly BaiduCall[];
  /** Every lifecycle hook fired, in order. */
  readonly events: readonly SimLifecycleEvent[];
  /** Everything app code threw (reported to App.onError when the app has one). */
  readonly errors: readonly unknown[];
  /** Empties `calls`, `events` and `errors`. */
  clearRecords(): void;
  /** Sets `swan`, `App`, `getApp` and `getCurrentPages` on `target` (default `globalThis`); returns the restore function. */
  install(target?: object): () => void;
  /** A share panel is open now. */
  readonly panelOpen: boolean;
}
