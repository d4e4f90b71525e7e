/** Types of the simulated Alipay runtime. */
import type { SimAppInstance, SimCall, SimLifecycleEvent, SimPageInstance, SimQuery, SimStatus } from '../miniprogram';

/** Options of {@link createAlipayRuntime}. Every field is optional. */
export interface AlipayRuntimeOptions {
  /** Base library version to simulate. Default `'2.9.0'`. Malformed: ShareError `invalid-version`. */
  SDKVersion?: string;
  /** The mini program's name: the default share title. Default `'Simulated Alipay Mini Program'`. */
  appName?: string;
  /** Milliseconds every asynchronous `my` API takes. Default 0 (a microtask). */
  latency?: number;
  /**
   * How long the panel waits for a returned Promise (where Alipay waits for one). Alipay documents
   * no limit; default 3000 ms, after which the share is not possible (as for a non-object).
   */
  promiseTimeout?: number;
}

/** `App.onLaunch` / `App.onShow` options (`my.getLaunchOptionsSync()` shape, the part sharing needs). */
export interface AlipayLaunchOptions {
  query: SimQuery;
  /** Simulator default 1000 (a cold start); 1007/1008 when opened from a shared card. */
  scene: number;
  path: string;
  referrerInfo: Record<string, unknown>;
}

/** What the user does in the share panel. */
export type AlipayPanelChoice =
  /** Picks a channel and shares: `success({ channelName, shareResult: true })`. */
  | 'share'
  /** Picks a channel, then the share does not happen: `success({ channelName, shareResult: false })`. */
  | 'not-shared'
  /** The share fails: `fail({ error, errorMessage })`. */
  | 'fail'
  /** Closes the panel; Alipay documents no callback for it, so none is called (simulator choice). */
  | 'close';

/** Options of a tap, or of the panel the app opens. */
export interface AlipayShareTap {
  /** Default `'share'`. */
  choose?: AlipayPanelChoice;
  /** The channel picked. Default `'ALPContact'` (Alipay documents no names; simulator choice). */
  channelName?: string;
  /** `'fail'`: Alipay's error code and message. Default 3 / 'share failed'. */
  error?: number;
  errorMessage?: string;
  /** Milliseconds the user spends in the panel. Default 0. */
  dwell?: number;
  /** The page shows a `<web-view>` at this URL (passed as `webViewUrl` from 1.6.0). */
  webViewUrl?: string;
}

/** Why a tap did nothing. */
export type AlipayNotOpenedReason = 'not-running' | 'busy' | 'menu-hidden' | 'button-unsupported';

/** The card Alipay made. */
export interface AlipayDelivered {
  title: string;
  path: string;
  desc?: string;
  imageUrl?: string;
  content?: string;
  bgImgUrl?: string;
  scImgUrl?: string;
  searchTip?: string;
}

/** What one share did. */
export interface AlipayShareReport {
  via: 'menu' | 'button' | 'code';
  opened: boolean;
  reason?: AlipayNotOpenedReason;
  /** Which handler Alipay asked: the page's, the app's (`App.onShareAppMessage`), or none (defaults). */
  handler: 'page' | 'app' | 'none';
  argument?: Record<string, unknown>;
  returned?: unknown;
  handlerError?: unknown;
  /** What happened to a returned Promise. */
  promise: 'none' | 'resolved' | 'rejected' | 'timeout' | 'unsupported';
  /**
   * The card, or null: nothing shared (cancelled, failed, closed), or the handler returned no
   * object ("若定义该回调，但未返回对象类型，会导致默认分享不可用", [A1]).
   */
  delivered: AlipayDelivered | null;
  /** The card's path starts with `/`, which Alipay refuses ([A3]): opening it fails. */
  badPath: boolean;
  /** The result callbacks called, in order. */
  callbacks: Array<'success' | 'fail'>;
}

/** The simulated user. */
export interface AlipayUser {
  tapMenuShare(tap?: AlipayShareTap): Promise<AlipayShareReport>;
  tapShareButton(target?: Record<string, unknown>, tap?: AlipayShareTap): Promise<AlipayShareReport>;
  /** What the user does in the panels the app opens with `my.showSharePanel` from now on (default: share). */
  answerPanel(tap: AlipayShareTap): void;
  /** Reports of the panels the app opened, in order (each settles when the user is done). */
  readonly panels: ReadonlyArray<Promise<AlipayShareReport>>;
  /** Every share that opened a panel and is done (taps and app-opened panels), in order. */
  readonly reports: readonly AlipayShareReport[];
}

/** The simulated `my`: the part of Alipay's API the simulator provides, by version. */
export interface AlipayMy {
  readonly SDKVersion: string;
  canIUse(schema: string): boolean;
  getSystemInfoSync(): { SDKVersion: string; platform: string; app: 'alipay' };
  /** 1.7.0+ */
  hideShareMenu?(options?: Record<string, unknown>): Promise<unknown> | undefined;
  /** 1.17.0+ */
  showSharePanel?(): void;
}

export interface AlipayRuntime {
  readonly my: AlipayMy;
  readonly SDKVersion: string;
  readonly appName: string;
  App(options: Record<string, unknown>): void;
  Page(route: string, options: Record<string, unknown>): void;
  getApp(): SimAppInstance | undefined;
  getCurrentPages(): SimPageInstance[];
  /** Cold start (default: the first page registered). */
  launch(input?: { path?: string; query?: SimQuery; scene?: number }): AlipayLaunchOptions;
  hide(): void;
  show(input?: { scene?: number }): AlipayLaunchOptions;
  destroy(): void;
  navigateTo(url: string): SimPageInstance;
  redirectTo(url: string): SimPageInstance;
  navigateBack(delta?: number): SimPageInstance;
  reLaunch(url: string): SimPageInstance;
  readonly user: AlipayUser;
  /** The current page's share item: shown unless `my.hideShareMenu` hid it. */
  readonly menu: { visible: boolean };
  readonly status: SimStatus;
  readonly calls: readonly SimCall[];
  readonly events: readonly SimLifecycleEvent[];
  readonly errors: readonly unknown[];
  clearRecords(): void;
  /** Sets `my`, `App`, `getApp`, `getCurrentPages` on `target` (default globalThis); returns the undo. */
  install(target?: object): () => void;
}
