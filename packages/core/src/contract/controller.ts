/**
 * The one object an app talks to. Types only.
 */
import type { ShareAdapter } from './adapter';
import type { Capability } from './capability';
import type { ContentSource, ShareTrigger } from './content';
import type { ShareInfo, ShareInfoOptions } from './launch';
import type { MenuState } from './menu';
import type { ShareOutcome } from './outcome';
import type { ShareEvent, ShareState } from './state';

/** A state listener: called after every event with the new state and the event. */
export type ShareListener = (state: ShareState, event: ShareEvent) => void;

/** Options of `createShareController`. */
export interface ShareControllerOptions<A extends ShareAdapter = ShareAdapter> {
  adapter: A;
  /** The content, or a provider called for every share. */
  content?: ContentSource;
  /** A presenting session with no result after this many ms settles `unconfirmed`. Default 60 000. */
  presentTimeout?: number;
  /** An async provider that has not resolved after this many ms fails with `timeout`. Default 10 000. */
  composeTimeout?: number;
  /**
   * Called with whatever a listener throws (the controller carries on). Default: `console.error`.
   * What this handler throws itself is logged, never propagated.
   */
  onListenerError?: (error: unknown) => void;
}

/** The options an adapter's menu method takes (`{}` when it has none). */
export type MenuOptionsOf<A, K extends 'showMenu' | 'hideMenu' | 'updateMenu'> = A extends {
  [P in K]?: (options: infer O) => unknown;
}
  ? O
  : never;

/**
 * The one object an app talks to; the same on every platform, typed by its adapter.
 * @since 2.0.0
 */
export interface ShareController<A extends ShareAdapter = ShareAdapter> {
  readonly platform: string;
  getState(): ShareState;
  /** Listen to every event; returns the unsubscribe function. A throwing listener is isolated. */
  subscribe(listener: ShareListener): () => void;
  /** The portable question: can this platform do it here, now? False for unknown names. */
  supports(capability: Capability): boolean;
  /** The platform's own `canIUse`; false for non-strings and when the adapter throws. */
  canIUse(schema: string): boolean;
  /** Replace the content source (e.g. when another page shows). Preset platforms get it at once. */
  setContent(source: ContentSource): void;
  /**
   * The platform's share menu, with its options (`@sharekit/wx`: `{ withShareTicket, menus }`).
   * Resolves with the confirmed menu of the page it was called on; the state changes only when
   * that page is still the current one. Rejects with a ShareError (`unsupported` without menus).
   */
  showMenu(options?: MenuOptionsOf<A, 'showMenu'>): Promise<MenuState>;
  hideMenu(options?: MenuOptionsOf<A, 'hideMenu'>): Promise<MenuState>;
  updateMenu(options: MenuOptionsOf<A, 'updateMenu'>): Promise<MenuState>;
  /**
   * App-initiated share. Resolves to the outcome, never rejects: `busy`, `unsupported`,
   * `invalid-content` and `disposed` are `failed` outcomes.
   */
  share(trigger?: Partial<ShareTrigger>): Promise<ShareOutcome>;
  /**
   * Share info for the current launch: the group it came from. Rejects with `unsupported` where
   * the platform has none (`supports('tickets')` is false), and `no-ticket` when the app was not
   * opened from a group the platform can tell (WeChat below 2.17.3: a card with a ticket).
   */
  getShareInfo(options?: ShareInfoOptions): Promise<ShareInfo>;
  /**
   * Settles a running session `failed` (`disposed`), rejects every menu and share-info call still
   * waiting for the platform with `disposed`, disconnects the adapter, drops listeners.
   */
  dispose(): void;
}
