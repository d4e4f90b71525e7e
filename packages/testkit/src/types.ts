import type { LaunchContext, ShareAdapter, ShareOutcome } from '@sharekit/core';

/** What the platform does with the next share, as the harness scripts it. */
export type ScriptedResult = ShareOutcome['status'];

/**
 * One fresh adapter plus the levers the suite needs to play the platform's and the user's part.
 * Build it over whatever fake the adapter runs on (a simulated runtime, a stubbed navigator).
 */
export interface AdapterHarness {
  adapter: ShareAdapter;
  /**
   * Script the platform's answer to the next share: for app-initiated shares what `share()`
   * ends in, for user-initiated ones what the user does after the tap. Only results listed in
   * `capabilities.outcomes` are asked for.
   */
  next(result: ScriptedResult): void;
  /**
   * User-initiated platforms: the user taps the menu or a share button, and the platform asks
   * for content and completes the share as scripted by `next`. May return a promise.
   */
  tap?(from: 'menu' | 'button'): void | Promise<void>;
  /** Open the app with this launch context (e.g. from a group share card with a ticket). */
  launch?(context: LaunchContext): void | Promise<void>;
  /** A share ticket `getShareInfo` accepts (issued by the fake platform), when shareInfo is supported. */
  validTicket?(): string | Promise<string>;
  /**
   * Optional: the platform stops answering. Menu and share-info calls made from now on get no
   * answer at all (a native bridge that hangs); the dispose check then proves that such calls
   * still end `disposed` at once and leave no timer. Without it the check uses answered calls.
   */
  silence?(): void;
  /** Undo globals, timers, and the like. */
  cleanup?(): void | Promise<void>;
}

/** What the adapter under test can do; the suite tests that and checks the rest is `unsupported`. */
export interface AdapterCapabilities {
  /** `share()` from the app works. */
  appInitiated: boolean;
  /** The platform asks for content when the user taps (needs `tap`). */
  userInitiated: boolean;
  /**
   * User-initiated platforms: the page can render a share button (`button.open-type.share`).
   * Default true. Without it the suite taps only the menu.
   */
  button?: boolean;
  /** showMenu / hideMenu work. */
  menu: boolean;
  /** updateMenu works. */
  updateMenu: boolean;
  /** showMenu({ withShareTicket: true }) works. */
  shareTicket: boolean;
  /** getShareInfo works (needs `launch` and `validTicket`). */
  shareInfo: boolean;
  /** The results the harness can produce through `next`. */
  outcomes: readonly ScriptedResult[];
}

export interface ConformanceOptions {
  /** Describe-block name, e.g. `wx @ 2.3.0`. */
  name: string;
  create(): AdapterHarness | Promise<AdapterHarness>;
  capabilities: AdapterCapabilities;
  /**
   * Milliseconds to wait for an outcome before the suite calls it hung. Default 2000.
   * Sessions the platform never answers are settled through the controller's timeout.
   */
  timeout?: number;
  /** Model-based sequences to run (default 1000, or SHAREKIT_MODEL_RUNS). */
  modelRuns?: number;
  /** Replay a failing model run: fast-check prints the seed. */
  modelSeed?: number;
}
