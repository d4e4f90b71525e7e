import type { SimAppInstance, SimCall, SimLifecycleEvent, SimPageInstance, SimPageOptions, SimQuery, SimStatus } from '../miniprogram';

/** Douyin's share menu items (`menus`, 2.28.0+): 分享 and 拍抖音. */
export type DouyinMenuItem = 'share' | 'record';

/** One page's share menu. */
export interface DouyinMenuState {
  /** The items shown in the page's "更多" panel. */
  readonly items: readonly DouyinMenuItem[];
}

/** `App.onLaunch` / `App.onShow` options, as Douyin passes them. */
export interface DouyinLaunchOptions {
  path: string;
  /** Douyin's scenes are strings of digits (`"011009"`). */
  scene: string;
  query: SimQuery;
  referrerInfo: Record<string, unknown>;
  /** 10: the user opened the mini app's schema; 0: anything else (back from the background). */
  showFrom: number;
}

/** What `runtime.launch()` / `runtime.show()` take. */
export interface DouyinLaunchInput {
  /** Page URL with query (default: the first page registered). */
  path?: string;
  scene?: string;
}

/** What `onShareAppMessage` receives. */
export interface DouyinShareOption {
  from: string;
  channel: string;
  target?: DouyinButtonTarget;
  /** 2.47.0+: the web-view's URL, `""` when the page has none. */
  webviewUrl?: string;
}

/** The tapped `<button open-type="share">`. */
export interface DouyinButtonTarget {
  id: string;
  dataset: Record<string, unknown>;
  offsetTop: number;
  offsetLeft: number;
}

/**
 * What the simulated user does once the share publisher is up: share to a friend, back out, or the
 * publisher fails to open.
 */
export type DouyinChoice = 'friend' | 'cancel' | 'fail';

/** A tap's script. */
export interface DouyinShareTap {
  /** Default `friend`. */
  choose?: DouyinChoice;
  /** The page's `<web-view>` URL, for `webviewUrl`. */
  webviewUrl?: string;
}

/** The card the user shared, as Douyin built it from the page's ShareParam (and its defaults). */
export interface DouyinShareCard {
  title: string;
  desc?: string;
  path: string;
  imageUrl?: string;
  templateId?: string;
  extra?: Record<string, unknown>;
}

/** Why a tap opened nothing. */
export type DouyinNotOpenedReason = 'not-running' | 'busy' | 'menu-hidden' | 'no-handler';

/** What happened on one tap. */
export interface DouyinShareReport {
  opened: boolean;
  reason?: DouyinNotOpenedReason;
  /** What `onShareAppMessage` received. */
  option?: DouyinShareOption;
  /** What it returned (before the defaults). */
  returned?: unknown;
  handlerError?: unknown;
  /** The card, when the user shared it. */
  delivered?: DouyinShareCard;
  /** The callback Douyin called on the returned ShareParam (`success` once the publisher is up). */
  callback?: 'success' | 'fail';
}

/** The simulated user. */
export interface DouyinUser {
  /** 更多 → 分享: `from: 'menu'`. */
  tapMenuShare(tap?: DouyinShareTap): Promise<DouyinShareReport>;
  /** `<button open-type="share" data-channel="...">`: `from: 'button'`, the button's `data-channel` as `channel`. */
  tapShareButton(target?: Partial<DouyinButtonTarget>, tap?: DouyinShareTap): Promise<DouyinShareReport>;
  /** 更多面板 → 分享好友: `from: 'quick_share'`, `channel: 'friend_list'`. */
  tapQuickShare(tap?: DouyinShareTap): Promise<DouyinShareReport>;
  /** A screenshot while the page defines `onShareAppMessage`: `from: 'screenshot'`, `channel: 'qrcode'`. */
  takeScreenshot(tap?: DouyinShareTap): Promise<DouyinShareReport>;
}

export interface DouyinRuntimeOptions {
  /** Base library version. Default `3.50.0`. */
  SDKVersion?: string;
  /** The host app (`getSystemInfoSync().appName`). Default `Douyin`. */
  appName?: string;
  /** Milliseconds every asynchronous `tt` API takes. Default 0 (a microtask). */
  latency?: number;
}

/** A simulated Douyin mini app runtime at one base library version. */
export interface DouyinRuntime {
  readonly tt: Record<string, unknown>;
  readonly SDKVersion: string;
  readonly appName: string;
  App(options: Record<string, unknown>): void;
  Page(route: string, options: SimPageOptions): void;
  getApp(): SimAppInstance | undefined;
  getCurrentPages(): SimPageInstance[];
  launch(input?: DouyinLaunchInput): DouyinLaunchOptions;
  hide(): void;
  show(input?: DouyinLaunchInput): DouyinLaunchOptions;
  destroy(): void;
  navigateTo(url: string): SimPageInstance;
  navigateBack(delta?: number): SimPageInstance;
  readonly user: DouyinUser;
  /** The current page's menu (`{ items: [] }` without a page). */
  readonly menu: DouyinMenuState;
  readonly status: SimStatus;
  readonly calls: readonly SimCall[];
  readonly events: readonly SimLifecycleEvent[];
  readonly errors: readonly unknown[];
  clearRecords(): void;
  /** Installs `tt`, `App`, `Page`, `getApp`, `getCurrentPages` as globals; returns the restore function. */
  install(target?: object): () => void;
}
