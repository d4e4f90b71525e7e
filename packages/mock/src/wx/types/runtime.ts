/** The simulated runtime. */
import type { WxApi, WxCall, WxLifecycleEvent, WxRuntimeStatus } from './api';
import type { WxIssueTicketOptions, WxLaunchInput, WxLaunchOptions, WxOpenCardInput, WxShowInput } from './launch';
import type { WxPlatform } from './options';
import type { WxAppInstance, WxAppOptions, WxMenuState, WxPageInstance, WxPageOptions } from './page';
import type { WxUser } from './user';

/** The simulated runtime: WeChat's globals, the lifecycle, the user, and records for assertions. */
export interface WxRuntime {
  /** The simulated `wx`. */
  readonly wx: WxApi;
  readonly SDKVersion: string;
  readonly appId: string;
  readonly appName: string;
  readonly platform: WxPlatform;
  /** The session key (base64), for decrypting `encryptedData` in tests. */
  readonly sessionKey: string;

  /** WeChat's `App({...})`. Once per runtime. `this` in handlers is the app instance. */
  App(options: WxAppOptions & ThisType<WxAppInstance>): void;
  /**
   * WeChat's `Page({...})`, with the route WeChat takes from the file path
   * (`'/pages/article/index'` or `'pages/article/index'`). Once per route. `this` in handlers is
   * the page instance.
   */
  Page(route: string, options: WxPageOptions & ThisType<WxPageInstance>): void;
  /** The app instance of the running lifecycle; undefined when not running. */
  getApp(): WxAppInstance | undefined;
  /** The page stack, bottom first. */
  getCurrentPages(): WxPageInstance[];

  /** Cold start: App.onLaunch, App.onShow, then the page's onLoad, onShow, onReady. */
  launch(input?: WxLaunchInput): WxLaunchOptions;
  /** The app goes to the background: page onHide, App.onHide. */
  hide(): void;
  /** Back from the background: App.onShow, page onShow. */
  show(input?: WxShowInput): WxLaunchOptions;
  /** WeChat destroys the mini program (after onHide if shown): tickets become invalid. */
  destroy(): void;
  navigateTo(url: string): WxPageInstance;
  redirectTo(url: string): WxPageInstance;
  navigateBack(delta?: number): WxPageInstance;
  reLaunch(url: string): WxPageInstance;
  /**
   * Someone opens a shared card: a cold start if not running, else (after hiding if shown)
   * App.onShow and a reLaunch to the card's page. Scene 1044 with a ticket, 1008 group, 1007 one-to-one.
   */
  openShareCard(card: WxOpenCardInput): WxLaunchOptions;
  /** A ticket valid in the current lifecycle, bound to a group. */
  issueTicket(options?: WxIssueTicketOptions): string;
  /** Would `getShareInfo` accept this ticket now? */
  isTicketValid(ticket: string): boolean;

  readonly user: WxUser;
  /** The current page's share menu (hidden when there is no page). A copy. */
  readonly menu: WxMenuState;
  readonly status: WxRuntimeStatus;
  /** Options of the last cold start (cleared by destroy). */
  readonly launchOptions: WxLaunchOptions | undefined;
  /** Options of the last launch or show. */
  readonly enterOptions: WxLaunchOptions | undefined;
  /** Every wx call, in order. */
  readonly calls: readonly WxCall[];
  /** Every lifecycle hook fired, in order. */
  readonly events: readonly WxLifecycleEvent[];
  /** Everything app code threw (handlers, callbacks). */
  readonly errors: readonly unknown[];
  /** Empties `calls`, `events` and `errors`. */
  clearRecords(): void;
  /**
   * Sets `wx`, `App`, `getApp` and `getCurrentPages` on `target` (default `globalThis`);
   * returns a function that restores the previous values. `Page` is not installed: it needs a route.
   */
  install(target?: object): () => void;
}
