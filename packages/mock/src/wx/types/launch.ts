/** Launches, shows, share cards and tickets. */
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
