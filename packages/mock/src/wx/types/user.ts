/** The simulated user: taps, chat choices and what each tap did. */
import type { WxShareCard } from './launch';
import type { WxButtonTarget, WxShareAppMessageArgument } from './page';

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
