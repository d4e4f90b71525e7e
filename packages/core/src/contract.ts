/**
 * The platform-neutral contract. Types only: every adapter implements {@link ShareAdapter},
 * every app talks to a {@link ShareController}.
 */
import type { ShareError } from './errors';

/** A file to share (the web's `File` fits this shape). Web only. */
export interface ShareFile {
  readonly name: string;
  readonly type: string;
  readonly size: number;
}

/**
 * What to share, said once for every platform. Every field is optional: a platform fills in
 * its own defaults (WeChat: the app's name and the current page).
 */
export interface ShareContent {
  /** Card title (WeChat) or share title (web). */
  title?: string;
  /**
   * App route, must start with `/`, e.g. `/pages/article/index?id=42`.
   * WeChat shares it as the card's path; the web adapter resolves it to an absolute `url`.
   */
  path?: string;
  /**
   * Card image. WeChat: base library 1.5.0+ (ignored before), local, package or network path.
   * Web: shown in the fallback sheet.
   */
  imageUrl?: string;
  /** Body text. Web only. */
  text?: string;
  /** Absolute `http(s)` URL. Web only; wins over `path` there. */
  url?: string;
  /** Files for `navigator.share`. Web only, where `navigator.canShare({ files })` accepts them. */
  files?: readonly ShareFile[];
}

/** Where a share request came from. */
export type ShareFrom = 'menu' | 'button' | 'api';

/** The context a content provider is called with. */
export interface ShareTrigger {
  /** `menu`: the platform's share menu; `button`: a share button; `api`: the app called `share()`. */
  from: ShareFrom;
  /** The element that was tapped (WeChat 1.2.4+: the `open-type="share"` button). */
  target?: unknown;
  /** The current `<web-view>` URL (WeChat 1.6.4+). */
  webViewUrl?: string;
}

/** Produces the content for one share; may be async (see each adapter for what async costs). */
export type ContentProvider = (trigger: ShareTrigger) => ShareContent | undefined | Promise<ShareContent | undefined>;

/** Static content or a provider. */
export type ContentSource = ShareContent | ContentProvider;

/**
 * How one share session ended. Every session ends with exactly one outcome.
 * - `shared`: the platform confirmed it. `tickets`: WeChat share tickets (below 2.3.0, group chats only).
 * - `cancelled`: the user backed out.
 * - `failed`: see `error.code`.
 * - `unconfirmed`: handed to the platform, which does not say what happened
 *   (WeChat 2.3.0+, an intent link opened in a new tab, or the session timed out while presenting).
 */
export type ShareOutcome =
  | { status: 'shared'; channel?: string; tickets: string[] }
  | { status: 'cancelled'; channel?: string }
  | { status: 'failed'; error: ShareError }
  | { status: 'unconfirmed'; channel?: string };

/** The menus WeChat can show (2.11.3+). */
export type ShareMenuName = 'shareAppMessage' | 'shareTimeline';

/** Options of `showMenu` (WeChat `showShareMenu`). */
export interface ShowMenuOptions {
  /** Ask for share tickets (WeChat 1.1.0+). */
  withShareTicket?: boolean;
  /** Which menus to show (WeChat 2.11.3+). Default `['shareAppMessage']`. */
  menus?: ShareMenuName[];
}

/** Options of `hideMenu` (WeChat `hideShareMenu`). */
export interface HideMenuOptions {
  /** Which menus to hide (WeChat 2.11.3+). Default: all. */
  menus?: ShareMenuName[];
}

/** Options of `updateMenu` (WeChat `updateShareMenu`, 1.2.0+). */
export interface UpdateMenuOptions {
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

/** The share menu as the platform last confirmed it. */
export interface MenuState {
  visible: boolean;
  withShareTicket: boolean;
  menus: ShareMenuName[];
}

/** The latest launch or show context (WeChat `App.onLaunch` / `App.onShow` options). */
export interface LaunchContext {
  /** WeChat scene number; 1044 = opened from a group share card that carries a ticket. */
  scene?: number;
  /** Present when opened from a group card shared with `withShareTicket`. */
  shareTicket?: string;
  /** The page route the app was opened at. */
  path?: string;
  query?: Record<string, string>;
}

/** Encrypted share information; decrypt it on your server (`@sharekit/server`). */
export interface ShareInfo {
  /** Which platform API produced it: decrypt `getGroupEnterInfo` data with `decryptGroupEnterInfo`. */
  source: 'getShareInfo' | 'getGroupEnterInfo';
  encryptedData: string;
  iv: string;
  /** WeChat 2.7.0+, for cloud functions. */
  cloudID?: string;
}

/** Options of `getShareInfo`. */
export interface ShareInfoOptions {
  /** Milliseconds (WeChat 1.9.90+). */
  timeout?: number;
}

/** One session of the share state machine. */
export type SessionState =
  | { phase: 'idle' }
  | { phase: 'composing'; id: number; trigger: ShareTrigger; initiator: ShareInitiator }
  | { phase: 'presenting'; id: number; trigger: ShareTrigger; initiator: ShareInitiator; content: ShareContent };

/** Who started a share: the app (`share()` in a click handler) or the user through the platform. */
export type ShareInitiator = 'app' | 'user';

/** The last settlement, so every request's outcome can be read from state. */
export interface Settlement {
  id: number;
  outcome: ShareOutcome;
}

/** Everything the controller knows. Immutable: every change makes a new object. */
export interface ShareState {
  session: SessionState;
  menu: MenuState;
  launch: LaunchContext | null;
  /** The most recent settled request (including requests rejected as `busy`). */
  settled: Settlement | null;
  /** The id the next request gets. */
  nextId: number;
  disposed: boolean;
}

/**
 * What the controller gives an adapter that supports user-initiated shares, in `connect`.
 */
export interface ShareHost {
  /**
   * The platform asks for content now (the user tapped the menu or a share button). Runs the
   * provider at once; when it is synchronous, `content` is ready before this returns. The
   * session is presenting when this returns: the platform shares whatever the adapter hands it
   * (the content, or its defaults), so only the platform's result (or `resume`, or the timeout)
   * ends it.
   */
  request(trigger: ShareTrigger): HostedShare;
  /** A new launch or show context (replaces the previous one). */
  launch(context: LaunchContext): void;
  /** The page is visible again: a presenting session settles as `unconfirmed` (a composing one goes on). */
  resume(channel?: string): void;
  /** The app lifecycle ended: the launch context (and its ticket) is gone. */
  destroy(): void;
  /** The menu as the controller last confirmed it. */
  getMenu(): MenuState;
  /**
   * The platform's menu is now this, without an app call: WeChat keeps one menu per page, so
   * when another page shows, its own menu is the one that counts.
   */
  syncMenu(menu: MenuState): void;
  /** Something the app should know but that is not an outcome (e.g. async content ignored). */
  warn(error: ShareError): void;
}

/** An app-initiated session, from the adapter's side. */
export interface ShareSession {
  readonly id: number;
  /**
   * Called once when the session ends, whoever ended it: the adapter's own result, the
   * controller's timeout, or dispose; at once when it has ended already. Close whatever UI the
   * share still shows.
   */
  onEnd(listener: () => void): void;
}

/** One user-initiated share, from the adapter's side. */
export interface HostedShare {
  readonly id: number;
  /** Validated content, when the provider was synchronous and succeeded. */
  readonly content: ShareContent | undefined;
  /**
   * When the provider is async: its validated content. Rejects with a ShareError (also reported
   * as a `warning`; the session goes on with the platform's defaults).
   */
  readonly pending: Promise<ShareContent> | undefined;
  /**
   * Why there is no content: the provider failed (also reported as a `warning`; the platform
   * shares its defaults and the session still ends with the platform's result), or the request
   * was refused (`busy`, `disposed`: already settled). Either way, hand the platform defaults.
   */
  readonly error: ShareError | undefined;
  /** Report the platform's result. Late or repeated reports are ignored. */
  settle(outcome: ShareOutcome): void;
}

/**
 * What a platform provides. Methods reject (or return outcomes) with {@link ShareError}s; a
 * capability the platform lacks is a `ShareError` with code `unsupported`, never a TypeError.
 */
export interface ShareAdapter {
  /** A short platform name (`wx`, `web`, `mock`); copied onto errors. */
  readonly platform: string;
  /** Which ways a share can start on this platform. */
  readonly initiation: { readonly app: boolean; readonly user: boolean };
  /** The menu as it is when the adapter is created. Default: hidden. */
  readonly initialMenu?: MenuState;
  /** Is this capability usable here, now? Uses WeChat's schema names. Never throws. */
  canIUse(schema: string): boolean;
  showMenu(options: ShowMenuOptions): Promise<void>;
  hideMenu(options: HideMenuOptions): Promise<void>;
  updateMenu(options: UpdateMenuOptions): Promise<void>;
  /**
   * Share info for the current launch. `shareTicket` is the launch's ticket, undefined when it had
   * none: a platform that can read the group without a ticket (WeChat's `getGroupEnterInfo`) still
   * answers; one that needs a ticket rejects with `no-ticket`.
   */
  getShareInfo(shareTicket: string | undefined, options: ShareInfoOptions): Promise<ShareInfo>;
  /**
   * App-initiated share (`initiation.app`): present validated content. Call the platform
   * synchronously when you can: the web's user activation does not survive an `await`.
   */
  share?(content: ShareContent, trigger: ShareTrigger, session: ShareSession): Promise<ShareOutcome>;
  /** Called once by the controller; return a disconnect function. */
  connect?(host: ShareHost): () => void;
}

/** Events the state machine understands. */
export type ShareEvent =
  | { type: 'request'; trigger: ShareTrigger; initiator: ShareInitiator }
  | { type: 'composed'; id: number; content: ShareContent }
  | { type: 'settle'; id: number; outcome: ShareOutcome }
  | { type: 'timeout'; id: number }
  | { type: 'resume'; channel?: string }
  | { type: 'menu'; op: 'show'; options: ShowMenuOptions }
  | { type: 'menu'; op: 'hide'; options: HideMenuOptions }
  | { type: 'menu'; op: 'update'; options: UpdateMenuOptions }
  | { type: 'menu'; op: 'sync'; menu: MenuState }
  | { type: 'launch'; context: LaunchContext }
  | { type: 'destroy' }
  | { type: 'warning'; error: ShareError }
  | { type: 'dispose' };

/** A state listener: called after every event with the new state and the event. */
export type ShareListener = (state: ShareState, event: ShareEvent) => void;

/** Options of `createShareController`. */
export interface ShareControllerOptions {
  adapter: ShareAdapter;
  /** The content, or a provider called for every share. */
  content?: ContentSource;
  /** A presenting session with no result after this many ms settles `unconfirmed`. Default 60 000. */
  presentTimeout?: number;
  /** An async provider that has not resolved after this many ms fails with `timeout`. Default 10 000. */
  composeTimeout?: number;
  /**
   * Called with whatever a listener throws (the controller carries on). Default: `console.error`.
   * What this handler throws itself is logged with `console.error`, never propagated.
   */
  onListenerError?: (error: unknown) => void;
}

/** The one object an app talks to. */
export interface ShareController {
  readonly platform: string;
  getState(): ShareState;
  /** Listen to every event; returns the unsubscribe function. A throwing listener is isolated. */
  subscribe(listener: ShareListener): () => void;
  /** The adapter's answer; false for non-strings and when the adapter throws. */
  canIUse(schema: string): boolean;
  /** Replace the content source (e.g. when another page shows). */
  setContent(source: ContentSource): void;
  /** Rejects with a ShareError; the menu state changes only once the platform confirms. */
  showMenu(options?: ShowMenuOptions): Promise<void>;
  hideMenu(options?: HideMenuOptions): Promise<void>;
  updateMenu(options: UpdateMenuOptions): Promise<void>;
  /**
   * App-initiated share. Resolves to the outcome, never rejects: `busy`, `unsupported`,
   * `invalid-content` and `disposed` are `failed` outcomes.
   */
  share(trigger?: Partial<ShareTrigger>): Promise<ShareOutcome>;
  /**
   * Share info for the current launch: the group it came from. Rejects with `no-ticket` when the
   * app was not opened from a group chat the platform can tell (WeChat below 2.17.3: a card with
   * a ticket; from 2.17.3 also cards without one, group to-dos and group tools).
   */
  getShareInfo(options?: ShareInfoOptions): Promise<ShareInfo>;
  /**
   * Settles a running session as failed (`disposed`), rejects every menu and share-info call
   * still waiting for the platform with `disposed`, disconnects the adapter, drops listeners.
   */
  dispose(): void;
}
