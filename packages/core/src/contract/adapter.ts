/**
 * What a platform provides, and what the controller gives it back. Types only; adapter authors
 * find the helpers in `@sharekit/core/adapter`.
 */
import type { ShareError } from '../errors';
import type { Capability, ShareInitiation } from './capability';
import type { ShareContent, ShareTrigger } from './content';
import type { LaunchContext, ShareInfo, ShareInfoOptions } from './launch';
import type { MenuConfirmation, MenuState } from './menu';
import type { ShareOutcome } from './outcome';
import type { RequestOptions } from './state';

/**
 * A platform adapter. Methods reject (or return outcomes) with `ShareError`s. A capability the
 * platform lacks is a missing method (the controller answers `unsupported`), or a `ShareError`
 * `unsupported` where it depends on options or versions; never a TypeError.
 * @since 2.0.0
 */
export interface ShareAdapter {
  /** A short platform name (`wx`, `web`, `mock`); copied onto errors. */
  readonly platform: string;
  /** The ways a share starts on this platform (see {@link ShareInitiation}). */
  readonly initiation: readonly ShareInitiation[];
  /** Portable answer for this runtime, now. Never throws. */
  supports(capability: Capability): boolean;
  /** The platform's own `canIUse`, in its own schema language. Never throws. */
  canIUse(schema: string): boolean;
  /** The current page's menu when the adapter is created. Default: hidden. */
  readonly initialMenu?: MenuState;
  /** Show the menu with the platform's options; resolves with the menu of the page it was called on. */
  showMenu?(options: object): Promise<MenuConfirmation>;
  hideMenu?(options: object): Promise<MenuConfirmation>;
  updateMenu?(options: object): Promise<MenuConfirmation>;
  /**
   * Share info for the current launch. `shareTicket` is the launch's ticket, undefined when it had
   * none: a platform that reads the group without a ticket (WeChat's `getGroupEnterInfo`) still
   * answers; one that needs a ticket rejects with `no-ticket`.
   */
  getShareInfo?(shareTicket: string | undefined, options: ShareInfoOptions): Promise<ShareInfo>;
  /**
   * App-initiated share (`initiation` has `app`): present validated content. Call the platform
   * synchronously when you can: the web's user activation does not survive an `await`.
   */
  share?(content: ShareContent, trigger: ShareTrigger, session: ShareSession): Promise<ShareOutcome>;
  /** Preset platforms (`initiation` has `preset`): hand the platform this content now; called on every change. */
  preset?(content: ShareContent): void;
  /** Called once by each controller; return a disconnect function. */
  connect?(host: ShareHost): () => void;
}

/** What the controller gives an adapter in `connect`. */
export interface ShareHost {
  /**
   * The platform asks for content now (the user tapped the menu or a share button, or an
   * app-started panel pulls). Runs the provider at once; when it is synchronous, `content` is
   * ready before this returns. The session presents when this returns: only the platform's
   * result, `resume` or the present timeout ends it.
   */
  request(trigger: ShareTrigger, options?: RequestOptions): HostedShare;
  /** A new launch or show context (replaces the previous one). */
  launch(context: LaunchContext): void;
  /** The page is visible again: a presenting session settles `unconfirmed` (a composing one goes on). */
  resume(channel?: string): void;
  /** The app lifecycle ended: the launch context (and its ticket) is gone. */
  destroy(): void;
  /** Another page is current now, with this menu. */
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

/** One platform pull, from the adapter's side. */
export interface HostedShare {
  readonly id: number;
  /** Validated content, when the provider was synchronous and succeeded (or the joined session's). */
  readonly content?: ShareContent;
  /**
   * When the provider is async: its validated content. Rejects with a ShareError (also reported
   * as a `warning`; the session goes on with the platform's defaults).
   */
  readonly pending?: Promise<ShareContent>;
  /**
   * Why there is no content: the provider failed (a `warning` too; the platform shares its
   * defaults and the session still ends with the platform's result), or the request was refused
   * (`busy`, `disposed`: already settled). Either way, hand the platform defaults.
   */
  readonly error?: ShareError;
  /** The pull joined the running app session (`request(trigger, { join: true })`): `id` and `content` are that session's. */
  readonly joined?: true;
  /** Report the platform's result. Late or repeated reports are ignored. */
  settle(outcome: ShareOutcome): void;
}
