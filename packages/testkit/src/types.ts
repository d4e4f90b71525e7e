import type { LaunchContext, ShareAdapter, ShareContent, ShareOutcome } from '@sharekit/core';

/** What the platform does with the next share, as the harness scripts it. */
export type ScriptedResult = ShareOutcome['status'];

/** One menu operation with this platform's options (the suite cannot know a platform's option names). */
export interface MenuCall {
  op: 'show' | 'hide' | 'update';
  options: object;
}

/**
 * One fresh adapter plus the levers the suite needs to play the platform's and the user's part.
 * Build it over whatever fake the adapter runs on (a simulated runtime, a stubbed navigator).
 * What the adapter can do is read from `adapter.initiation` and `adapter.supports()`: the suite
 * checks that those answers are true.
 */
export interface AdapterHarness {
  adapter: ShareAdapter;
  /**
   * Script the platform's answer to the next share: for app-initiated shares what `share()`
   * ends in, for user-initiated ones what the user does after the tap. Only results listed in
   * `outcomes` are asked for.
   */
  next(result: ScriptedResult): void;
  /** User-initiated platforms: the user taps the menu or a share button. May return a promise. */
  tap?(from: 'menu' | 'button'): void | Promise<void>;
  /**
   * Platforms whose app-started panel pulls content (Alipay): the panel of the running app
   * session asks for its content now. The suite checks the pull joins that session.
   */
  pull?(): void | Promise<void>;
  /** Preset platforms: the content the platform holds now. */
  presetContent?(): ShareContent | undefined;
  /**
   * Optional: the card the platform made of the last share (title, text, imageUrl as the platform
   * received them). With it the suite checks that `supports('image' | 'text' | 'async')` tell
   * the truth.
   */
  delivered?(): Partial<ShareContent> | undefined;
  /** Open the app with this launch context (e.g. from a group share card with a ticket). */
  launch?(context: LaunchContext): void | Promise<void>;
  /** A share ticket `getShareInfo` accepts (issued by the fake platform), when `supports('tickets')`. */
  validTicket?(): string | Promise<string>;
  /**
   * Menu operations with this platform's options, for the menu checks and the model. `tickets`:
   * one that asks for tickets (needed when `supports('tickets')` and `supports('menu')`).
   * Default: `showMenu({})` and `hideMenu({})`.
   */
  menu?: { calls?: readonly MenuCall[]; tickets?: object };
  /**
   * Optional, for platforms with a page stack (mini programs): `open()` opens a new page of the
   * route the harness launched (`navigateTo`), `back()` returns to the page before it
   * (`navigateBack`). With them the suite checks that each page keeps its own menu, also two pages
   * of the same route: where the first page starts with a visible menu that can be hidden, the new
   * page starts with the menu the first one started with, and going back finds it hidden.
   */
  pages?: { open(): void | Promise<void>; back(): void | Promise<void> };
  /**
   * Optional: the platform stops answering. Menu and share-info calls made from now on get no
   * answer at all (a native bridge that hangs); the dispose check then proves that such calls
   * still end `disposed` at once and leave no timer. Without it the check uses answered calls.
   */
  silence?(): void;
  /**
   * Optional: what the platform caught from the adapter's hooks and callbacks so far (a simulated
   * runtime's record of app errors). The suite checks it stays empty: whatever the controller
   * does, the adapter never throws into the platform.
   */
  errors?(): readonly unknown[];
  /**
   * Optional: the platform's own `canIUse` and the schemas it answers (its share surface, and
   * APIs outside the adapter's table). The suite checks the adapter's `canIUse` agrees on each.
   */
  platformCanIUse?: { schemas: readonly string[]; canIUse(schema: string): boolean };
  /** Undo globals, timers, and the like. */
  cleanup?(): void | Promise<void>;
}

export interface ConformanceOptions {
  /** Describe-block name, e.g. `wx @ 2.3.0`. */
  name: string;
  create(): AdapterHarness | Promise<AdapterHarness>;
  /**
   * The results the harness can script through `next`. Default all four. Where
   * `supports('result')` is false, a scripted `shared` or `cancelled` must end `unconfirmed`.
   */
  outcomes?: readonly ScriptedResult[];
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

/** What the suite reads from the adapter once, before its checks. */
export interface Traits {
  app: boolean;
  user: boolean;
  preset: boolean;
  button: boolean;
  menu: boolean;
  tickets: boolean;
  result: boolean;
  image: boolean;
  text: boolean;
  async: boolean;
  outcomes: readonly ScriptedResult[];
}
