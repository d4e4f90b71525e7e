import type { Capability, LaunchContext, ShareAdapter, ShareContent, ShareInitiation, ShareOutcome, ShareTrigger } from '@sharekit/core';
import type { HostedShare, MenuConfirmation, ShareHost, ShareSession } from '@sharekit/core/adapter';

/**
 * What the platform does with one share: an outcome (optionally after `delay` ms), or never
 * answering (`hang`), or throwing from the platform call (`throw`, app-initiated shares only).
 */
export type MockStep = (ShareOutcome & { delay?: number }) | { status: 'hang' } | { status: 'throw'; error: unknown };

/** Adapter methods whose next call can be scripted to fail. */
export type MockMethod = 'showMenu' | 'hideMenu' | 'updateMenu' | 'getShareInfo' | 'share';

/** One recorded call into the adapter. */
export interface MockCall {
  method: MockMethod | 'canIUse' | 'supports' | 'tap' | 'pull' | 'preset';
  args: unknown[];
}

/** The mock's menu options: a generic platform's menu items and tickets. */
export interface MockMenuOptions {
  /** The items to show or hide. Default: `['share']` to show, every item to hide. */
  items?: string[];
  /** Ask for tickets (`supports('tickets')` only). Show resets it to false when not given. */
  tickets?: boolean;
}

export interface MockAdapterOptions {
  /** Platform name copied onto errors. Default `'mock'`. */
  platform?: string;
  /** How shares start. Default `['user', 'app']`. */
  initiation?: readonly ShareInitiation[];
  /**
   * What `supports()` answers; the adapter behaves accordingly (no `menu`: no menu methods; no
   * `tickets`: no share info and no ticket menus; no `result`: every share ends `unconfirmed`;
   * no `button`: button taps are refused). Default: everything but `timeline` and `files`, and
   * `share` when `initiation` has `app`.
   */
  supports?: Partial<Record<Capability, boolean>>;
  /** The platform's own `canIUse`. Default: false for everything. */
  canIUse?: (schema: string) => boolean;
  /** The step used when the queue is empty. Default `{ status: 'shared' }`. */
  fallback?: MockStep;
  /** A user pull while a user session runs supersedes it (one share panel). Default true. */
  supersede?: boolean;
}

/** What a simulated tap produced. */
export interface MockTap {
  /** The controller's view of the share: content, pending content or the error. */
  hosted: HostedShare;
  /** What the platform shared (awaits an async provider): the content, or `{}` for its defaults. */
  content: Promise<ShareContent>;
}

export interface MockAdapter extends ShareAdapter {
  readonly initiation: readonly ShareInitiation[];
  /** Present when `initiation` has `app`. */
  share?(content: ShareContent, trigger: ShareTrigger, session?: ShareSession): Promise<ShareOutcome>;
  showMenu?(options?: MockMenuOptions): Promise<MenuConfirmation>;
  hideMenu?(options?: MockMenuOptions): Promise<MenuConfirmation>;
  updateMenu?(options?: MockMenuOptions): Promise<MenuConfirmation>;
  connect(host: ShareHost): () => void;
  /** Every call, in order. */
  readonly calls: readonly MockCall[];
  /** Script the next shares, in order. */
  queue(...steps: MockStep[]): void;
  /** Make the next call of `method` fail with this error (a ShareError `platform` by default). */
  failNext(method: MockMethod, error?: unknown): void;
  /** User-initiated: the user taps the menu or a share button. Needs a connected controller. */
  tap(from: 'menu' | 'button', options?: Omit<ShareTrigger, 'from'>): MockTap;
  /**
   * An app-started panel pulls its content (Alipay's `onShareAppMessage` with `from: 'code'`):
   * joins the running app session; with none, it is a user session of its own.
   */
  pull(options?: Omit<ShareTrigger, 'from'>): MockTap;
  /** The card the platform made of the last share: without `image` / `text` those fields are dropped, without `async` a pending provider gives the defaults (`{}`). */
  readonly delivered: ShareContent | undefined;
  /** Preset platforms: what the platform holds now (undefined before the first push). */
  readonly presetContent: ShareContent | undefined;
  /** A new launch context (e.g. opened from a group card with `issueTicket()`). */
  launch(context: LaunchContext): void;
  /** The page shows again. */
  resume(channel?: string): void;
  /** The lifecycle ends: issued tickets become invalid. */
  destroy(): void;
  /** A ticket `getShareInfo` accepts, bound to a fake group id. */
  issueTicket(openGId?: string): string;
  /** Is a controller connected? */
  readonly connected: boolean;
}
