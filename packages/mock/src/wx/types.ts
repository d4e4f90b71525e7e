/** The menus WeChat can show (2.11.3+). */
export type ShareMenuName = 'shareAppMessage' | 'shareTimeline';

/** What `getSystemInfoSync().platform` says. */
export type WxPlatform = 'ios' | 'android' | 'devtools';

/** Options of {@link createWxRuntime}. Every field is optional. */
export interface WxRuntimeOptions {
  /** Base library version to simulate. Default `'3.4.0'`. Malformed: ShareError `invalid-version`. */
  SDKVersion?: string;
  /** The mini program's AppID, stamped in every watermark. Default `'wxsimulatedappid'`. */
  appId?: string;
  /** `session_key`, base64 of 16 bytes; the key of every `encryptedData`. Default {@link DEFAULT_SESSION_KEY}. */
  sessionKey?: string;
  /** Default `'devtools'`. `'ios'` turns on the iOS `updateShareMenu` ticket bug. */
  platform?: WxPlatform;
  /** The mini program's name: the default share title. Default `'Simulated Mini Program'`. */
  appName?: string;
  /** How long WeChat waits for `onShareAppMessage`'s `promise` field (2.12.0+). Default 3000 ms. */
  promiseTimeout?: number;
  /**
   * Milliseconds every asynchronous wx API takes before its callbacks / Promise settle.
   * Default 0: they settle on a microtask (no fake-timer advancing needed).
   */
  latency?: number;
  /**
   * Order of the share result callbacks (below 2.3.0) and the page's `onShow` when the chat picker
   * closes. WeChat does not document it. Default `'callbacks-first'`.
   */
  resultOrder?: 'callbacks-first' | 'show-first';
  /**
   * Schemas that `wx.canIUse` wrongly answers `false` for below 2.6.2 (WeChat's data was incomplete
   * then). Default none. The functions themselves still exist.
   */
  canIUseGaps?: readonly string[];
  /**
   * The app has WeChat cloud development enabled: only then do `getShareInfo` (2.7.0+) and
   * `getGroupEnterInfo` add a `cloudID`. Default false.
   */
  cloud?: boolean;
}

/** Query parameters as WeChat passes them to `onLoad` (strings). */
export type WxQuery = Record<string, string>;

/** `App.onLaunch` / `App.onShow` options (also `wx.getLaunchOptionsSync()` / `wx.getEnterOptionsSync()`). */
export interface WxLaunchOptions {
  /** The page route, WeChat style: no leading `/` (`pages/article/index`). */
  path: string;
  query: WxQuery;
  /** 1001 main entry, 1007 one-to-one card, 1008 group card, 1044 card with a shareTicket, 1089 recents. */
  scene: number;
  /** Present when opened from a group card shared with `withShareTicket` (scene 1044). */
  shareTicket?: string;
  referrerInfo: Record<string, unknown>;
}

/**
 * The chat the app was entered from. Simulator-only. `getGroupEnterInfo` reports a group entered
 * through a group tool (2.10.4+), a group message card or a group to-do (2.17.3+); default
 * `via: 'card'`. `left`: the user has left the group since (`getGroupEnterInfo` fails, 65206).
 * One-to-one chats have no group: their room ids belong to `getChatToolInfo` (chat-tool mode).
 */
export type WxEnterChat =
  | { type: 'group'; openGId: string; via?: WxGroupEntry; left?: boolean }
  | { type: 'single'; roomId: string };

/** How the app was entered from a group chat. */
export type WxGroupEntry = 'card' | 'tool' | 'todo';

/** Input of `runtime.launch()`. */
export interface WxLaunchInput {
  /** `'/pages/a/index?x=1'` or `'pages/a/index'`. Default: the first page registered. */
  path?: string;
  /** Merged over the query in `path`. */
  query?: WxQuery;
  /** Default 1044 with a `shareTicket`, else 1001. */
  scene?: number;
  shareTicket?: string;
  /** The chat the app was opened from. Default: the group of `shareTicket` when it is valid. */
  chat?: WxEnterChat;
}

/** Input of `runtime.show()` (the user brings the app back from the background). */
export interface WxShowInput {
  /** Default 1089 (recently used list). */
  scene?: number;
  shareTicket?: string;
  chat?: WxEnterChat;
}

/** A message card that WeChat sent to one chat. */
export interface WxShareCard {
  chat: 'group' | 'single';
  /** Group cards: the group's openGId. */
  openGId?: string;
  /** One-to-one cards: an opaque room id (`open_single_roomid`). */
  roomId?: string;
  /** Opening the card yields a shareTicket (scene 1044). False when the iOS ticket bug hit. */
  withShareTicket: boolean;
  /** Shared with `updateShareMenu({ isPrivateMessage: true })` (2.13.0+). */
  isPrivateMessage: boolean;
  title: string;
  path: string;
  imageUrl?: string;
}

/** Input of `runtime.openShareCard()`: a card from a report, or one made up by the test. */
export interface WxOpenCardInput {
  /** The card's path (`/pages/article/index?id=42`). */
  path: string;
  /** Default `'single'`. */
  chat?: 'group' | 'single';
  openGId?: string;
  roomId?: string;
  /** Group cards: mint a fresh ticket for `openGId` (scene 1044). */
  withShareTicket?: boolean;
  isPrivateMessage?: boolean;
  /** Hand over exactly this ticket (valid or not), scene 1044. Wins over `withShareTicket`. */
  shareTicket?: string;
  title?: string;
  imageUrl?: string;
}

/** Options of `runtime.issueTicket()`. */
export interface WxIssueTicketOptions {
  /** Default `'tGsimulatedGroup0001'`. */
  openGId?: string;
  /** A private message ticket (`authPrivateMessage` answers `valid: true`). */
  isPrivateMessage?: boolean;
}

/** The share menu of the current page, as WeChat holds it. */
export interface WxMenuState {
  /** The "转发" item is in the menu: `shareAppMessage` is shown and the page defines `onShareAppMessage`. */
  visible: boolean;
  withShareTicket: boolean;
  /** Menu items shown, as requested (`shareTimeline` is tappable only next to `shareAppMessage`). */
  menus: ShareMenuName[];
  isUpdatableMessage: boolean;
  activityId?: string;
  templateInfo?: Record<string, unknown>;
  toDoActivityId?: string;
  isPrivateMessage: boolean;
  /** iOS bug: `updateShareMenu({ withShareTicket: true, isUpdatableMessage: false })` lost the ticket. */
  ticketLost: boolean;
}

/** The button that was tapped, as WeChat passes it in `target` (1.2.4+). */
export interface WxButtonTarget {
  id: string;
  dataset: Record<string, unknown>;
  offsetLeft: number;
  offsetTop: number;
  [key: string]: unknown;
}

/** What `onShareAppMessage` receives. Empty below 1.2.4. */
export interface WxShareAppMessageArgument {
  /** 1.2.4+ */
  from?: 'menu' | 'button';
  /** 1.2.4+, button shares only. */
  target?: WxButtonTarget;
  /** 1.6.4+, when the page shows a `<web-view>`. */
  webViewUrl?: string;
}

/** Result of a share as WeChat passes it to the returned callbacks (below 2.3.0). */
export interface WxShareAppMessageResult {
  errMsg: string;
  /** Group chats with `withShareTicket` only: one per group. */
  shareTickets?: string[];
}

/** What `onShareAppMessage` may return. */
export interface WxShareAppMessageReturn {
  title?: string;
  path?: string;
  /** 1.5.0+ */
  imageUrl?: string;
  /** 2.12.0+: its resolved fields win if it resolves within 3 s. */
  promise?: PromiseLike<{ title?: string; path?: string; imageUrl?: string } | undefined>;
  /** 1.1.0 to below 2.3.0 */
  success?(result: WxShareAppMessageResult): void;
  fail?(result: WxShareAppMessageResult): void;
  complete?(result: WxShareAppMessageResult): void;
}

/** What `onShareTimeline` may return (2.11.3+). */
export interface WxShareTimelineReturn {
  title?: string;
  query?: string;
  imageUrl?: string;
}

/** What `onAddToFavorites` may return (2.10.3+). */
export interface WxAddToFavoritesReturn {
  title?: string;
  imageUrl?: string;
  query?: string;
}

/** A page instance (`this` in page handlers; `getCurrentPages()` items). */
export interface WxPageInstance {
  /** WeChat style: no leading `/`. */
  readonly route: string;
  /** The query the page was opened with. */
  readonly options: WxQuery;
  data: Record<string, unknown>;
  /** Shallow merge into `data` (no rendering); calls `callback` at once. */
  setData(patch: Record<string, unknown>, callback?: () => void): void;
  [key: string]: unknown;
}

/** What `runtime.Page(route, options)` takes: WeChat's `Page({...})` options. */
export interface WxPageOptions {
  data?: Record<string, unknown>;
  onLoad?(query: WxQuery): void;
  onShow?(): void;
  onReady?(): void;
  onHide?(): void;
  onUnload?(): void;
  // biome-ignore lint/suspicious/noConfusingVoidType: handlers that return nothing, as in miniprogram-api-typings
  onShareAppMessage?(argument: WxShareAppMessageArgument): WxShareAppMessageReturn | undefined | void;
  // biome-ignore lint/suspicious/noConfusingVoidType: handlers that return nothing, as in miniprogram-api-typings
  onShareTimeline?(): WxShareTimelineReturn | undefined | void;
  // biome-ignore lint/suspicious/noConfusingVoidType: handlers that return nothing, as in miniprogram-api-typings
  onAddToFavorites?(argument: { webViewUrl?: string }): WxAddToFavoritesReturn | undefined | void;
  [key: string]: unknown;
}

/** The app instance (`getApp()`, `this` in app handlers). */
export interface WxAppInstance {
  globalData?: Record<string, unknown>;
  [key: string]: unknown;
}

/** What `runtime.App(options)` takes: WeChat's `App({...})` options. */
export interface WxAppOptions {
  globalData?: Record<string, unknown>;
  onLaunch?(options: WxLaunchOptions): void;
  onShow?(options: WxLaunchOptions): void;
  onHide?(): void;
  /** Errors thrown by page/app handlers and API callbacks, as a string (message and stack). */
  onError?(error: string): void;
  [key: string]: unknown;
}

/** What the user does in the chat picker. */
export type WxChatChoice = 'group' | 'single' | 'cancel' | 'fail';

/** Options of `user.tapMenuShare()` / `user.tapShareButton()`. */
export interface WxShareTap {
  /** Default `'group'`. */
  choose?: WxChatChoice;
  /** `'group'`: the openGIds of the groups picked (several allowed). Default `['tGsimulatedGroup0001']`. */
  groups?: string[];
  /** `'single'`: the room id of the one-to-one chat. Default derived from the app id. */
  roomId?: string;
  /** `'fail'`: WeChat's detail message. Default `'system error'`. */
  detail?: string;
  /** Milliseconds the user spends in the picker. Default 0. Runs concurrently with the `promise` wait. */
  dwell?: number;
  /** The page shows a `<web-view>` at this URL (passed as `webViewUrl` from 1.6.4). */
  webViewUrl?: string;
}

/** Why a tap did nothing. */
export type WxNotOpenedReason =
  /** No page in the foreground (not launched, in the background, destroyed). */
  | 'not-running'
  /** A share panel is already open. */
  | 'busy'
  /** The page does not define the handler (no menu item; a share button does nothing). */
  | 'no-handler'
  /** The menu item is hidden (`hideShareMenu`, or the page never showed it). */
  | 'menu-hidden'
  /** `<button open-type="share">` needs 1.2.0. */
  | 'button-unsupported'
  /** "Share to Moments" needs 2.11.3. */
  | 'timeline-unsupported'
  /** The timeline item is not shown (needs `shareTimeline` and `shareAppMessage` in the menus). */
  | 'timeline-hidden';

/** What happened to the `promise` field / a returned Promise. */
export type WxPromiseHandling =
  /** No promise involved. */
  | 'none'
  /** Resolved in time with an object: its fields were used. */
  | 'resolved'
  /** Resolved in time with something that is not an object: the synchronous fields were used. */
  | 'empty'
  /** Did not resolve within `promiseTimeout`: the synchronous fields were used. */
  | 'timeout'
  /** Rejected: the synchronous fields were used. */
  | 'rejected'
  /** A `promise` field below 2.12.0: ignored. */
  | 'unsupported'
  /** The handler returned a Promise itself: WeChat does not understand it (default content). */
  | 'returned-promise'
  /** The user cancelled or it failed before the content was needed. */
  | 'not-needed';

/** The content of the card WeChat sent. */
export interface WxDeliveredMessage {
  title: string;
  path: string;
  /** Absent: WeChat's default screenshot (always absent below 1.5.0). */
  imageUrl?: string;
}

export type WxResultCallback = 'success' | 'fail' | 'complete';

/** What one share tap did, as WeChat would have done it. */
export interface WxShareReport {
  via: 'menu' | 'button';
  /** The handler was called and the chat picker opened. False: nothing happened, see `reason`. */
  opened: boolean;
  reason?: WxNotOpenedReason;
  /** What `onShareAppMessage` received. */
  argument?: WxShareAppMessageArgument;
  /** What it returned (raw). */
  returned?: unknown;
  /** What it threw (then the defaults were shared). */
  handlerError?: unknown;
  promise: WxPromiseHandling;
  /** What the user did; null when not opened. */
  chat: WxChatChoice | null;
  /** The card content sent; null when cancelled, failed or not opened. */
  delivered: WxDeliveredMessage | null;
  /** One card per chat (per group for group shares). */
  cards: WxShareCard[];
  /** The result WeChat reported to the returned callbacks (1.1.0 to below 2.3.0 only). */
  errMsg?: string;
  /** Tickets in the success result (below 2.3.0, group chats, `withShareTicket`). */
  shareTickets?: string[];
  /** The returned callbacks WeChat called, in order. */
  callbacks: WxResultCallback[];
}

/** Options of `user.tapTimelineShare()`. */
export interface WxTimelineTap {
  /** Default `'post'`. */
  choose?: 'post' | 'cancel';
  dwell?: number;
}

export interface WxTimelineMessage {
  title: string;
  /** Query string without `?`. */
  query: string;
  /** Absent: the app logo. */
  imageUrl?: string;
}

export interface WxTimelineReport {
  via: 'timeline';
  opened: boolean;
  reason?: WxNotOpenedReason;
  returned?: unknown;
  handlerError?: unknown;
  chat: 'post' | 'cancel' | null;
  delivered: WxTimelineMessage | null;
}

export interface WxFavoritesReport {
  via: 'favorites';
  opened: boolean;
  reason?: WxNotOpenedReason;
  argument?: { webViewUrl?: string };
  returned?: unknown;
  handlerError?: unknown;
  /** Title, query and image of the favorite. */
  delivered: WxTimelineMessage | null;
}

/** wx APIs whose result is the user's choice. */
export type WxUserDrivenApi = 'showShareImageMenu' | 'shareFileMessage' | 'shareVideoMessage';

/** The user's answer to the next call of a {@link WxUserDrivenApi}. Default `ok`. */
export type WxApiResponse = { choose: 'ok' } | { choose: 'cancel' } | { choose: 'fail'; detail: string };

/** The simulated user. */
export interface WxUser {
  /** Taps "转发" in the top-right menu. */
  tapMenuShare(tap?: WxShareTap): Promise<WxShareReport>;
  /** Taps a `<button open-type="share">` (1.2.0+). `target` is merged over `{ id: '', dataset: {}, offsetLeft: 0, offsetTop: 0 }`. */
  tapShareButton(target?: Partial<WxButtonTarget>, tap?: WxShareTap): Promise<WxShareReport>;
  /** Taps "分享到朋友圈" (2.11.3+). */
  tapTimelineShare(tap?: WxTimelineTap): Promise<WxTimelineReport>;
  /** Taps "收藏". Synchronous: no panel. */
  tapAddToFavorites(options?: { webViewUrl?: string }): WxFavoritesReport;
  /** Runs `handler` as a tap handler: APIs that need a TAP gesture work inside it (synchronously). */
  tap<T>(handler: () => T): T;
  /** Scripts the user's answer to the next call of `api`. */
  respondNext(api: WxUserDrivenApi, response: WxApiResponse): void;
}

/** One recorded wx call. `result` is filled in when the call settles. */
export interface WxCall {
  api: string;
  args: unknown[];
  result?: unknown;
}

/** One lifecycle hook the runtime fired (whether or not the app defined it). */
export interface WxLifecycleEvent {
  target: 'app' | 'page';
  hook: string;
  /** Page events: the page route (no leading `/`). */
  route?: string;
  arg?: unknown;
}

/** Where the runtime is. */
export type WxRuntimeStatus = 'not-launched' | 'foreground' | 'background' | 'destroyed';

/** Result object of every wx API: `errMsg` is `${api}:ok` or `${api}:fail ${detail}`. */
export interface WxResult {
  errMsg: string;
  [key: string]: unknown;
}

export interface WxCallbacks<R extends WxResult = WxResult> {
  success?(result: R): void;
  fail?(result: WxResult): void;
  complete?(result: R | WxResult): void;
}

/** A Promise (2.10.2+, no callbacks given) or nothing. */
export type WxAsyncReturn<R extends WxResult = WxResult> = Promise<R> | undefined;

export interface WxShowShareMenuOptions extends WxCallbacks {
  withShareTicket?: boolean;
  /** 2.11.3+; ignored before. */
  menus?: ShareMenuName[];
}

export interface WxHideShareMenuOptions extends WxCallbacks {
  /** 2.11.3+; ignored before (everything is hidden). */
  menus?: ShareMenuName[];
}

/** `wx.updateShareMenu` options. */
export interface WxUpdateShareMenuOptions extends WxCallbacks {
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

export interface WxShareInfoResult extends WxResult {
  encryptedData: string;
  iv: string;
  /** Only for apps with cloud development (`cloud: true`); `getShareInfo` 2.7.0+. */
  cloudID?: string;
}

export interface WxGetShareInfoOptions extends WxCallbacks<WxShareInfoResult> {
  shareTicket: string;
  /** ms, 1.9.90+ */
  timeout?: number;
}

export interface WxAuthPrivateMessageResult extends WxResult {
  valid: boolean;
  encryptedData: string;
  iv: string;
}

export interface WxSystemInfo {
  brand: string;
  model: string;
  platform: WxPlatform;
  system: string;
  /** WeChat's own version. */
  version: string;
  language: string;
  pixelRatio: number;
  screenWidth: number;
  screenHeight: number;
  windowWidth: number;
  windowHeight: number;
  /** 1.1.0+ */
  SDKVersion?: string;
}

export interface WxAccountInfo {
  miniProgram: { appId: string; envVersion: 'develop' | 'trial' | 'release'; version: string };
}

/**
 * The simulated `wx` object. A function is present only from the base library version it appeared
 * in: check with `typeof wx.x === 'function'` exactly as on WeChat.
 */
export interface WxApi {
  getSystemInfoSync(): WxSystemInfo;
  getSystemInfo(options?: WxCallbacks<WxSystemInfo & WxResult>): WxAsyncReturn<WxSystemInfo & WxResult>;
  /** 1.1.1+ */
  canIUse?(schema: string): boolean;
  /** 1.1.0+ */
  showShareMenu?(options?: WxShowShareMenuOptions): WxAsyncReturn;
  /** 1.1.0+ */
  hideShareMenu?(options?: WxHideShareMenuOptions): WxAsyncReturn;
  /** 1.2.0+ */
  updateShareMenu?(options?: WxUpdateShareMenuOptions): WxAsyncReturn;
  /** 1.1.0+ */
  /** Callbacks only (no Promise style). Unmaintained since 2.17.3: `getGroupEnterInfo` succeeds it. */
  getShareInfo?(options: WxGetShareInfoOptions): undefined;
  /**
   * 2.10.4+, callbacks only. The group the app was entered from, no ticket needed: group tools
   * from 2.10.4, group message cards and to-dos from 2.17.3. Fails with `errCode` 40097 (wrong
   * scene) or 65206 (the user left the group).
   */
  getGroupEnterInfo?(options?: WxCallbacks<WxShareInfoResult>): undefined;
  /** 2.13.0+ */
  authPrivateMessage?(
    options: { shareTicket: string } & WxCallbacks<WxAuthPrivateMessageResult>,
  ): WxAsyncReturn<WxAuthPrivateMessageResult>;
  /** 2.14.3+ */
  showShareImageMenu?(options: { path: string } & WxCallbacks): WxAsyncReturn;
  /** 2.16.1+, from a tap only. */
  shareFileMessage?(options: { filePath: string; fileName?: string } & WxCallbacks): WxAsyncReturn;
  /** 2.16.1+, from a tap only. */
  shareVideoMessage?(options: { videoPath: string; thumbPath?: string } & WxCallbacks): WxAsyncReturn;
  /** 2.1.2+ */
  getLaunchOptionsSync?(): WxLaunchOptions;
  /** 2.9.4+ */
  getEnterOptionsSync?(): WxLaunchOptions;
  /** 2.1.2+ */
  onAppShow?(listener: (options: WxLaunchOptions) => void): void;
  offAppShow?(listener?: (options: WxLaunchOptions) => void): void;
  onAppHide?(listener: () => void): void;
  offAppHide?(listener?: () => void): void;
  /** 2.2.2+ */
  getAccountInfoSync?(): WxAccountInfo;
}

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
