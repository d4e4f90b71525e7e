import type { HostedShare, LaunchContext, ShareAdapter, ShareContent, ShareHost, ShareOutcome, ShareSession, ShareTrigger } from '@sharekit/core';

/**
 * What the platform does with one share: an outcome (optionally after `delay` ms), or never
 * answering (`hang`), or throwing from the platform call (`throw`, app-initiated shares only).
 */
export type MockStep =
  | (ShareOutcome & { delay?: number })
  | { status: 'hang' }
  | { status: 'throw'; error: unknown };

/** Adapter methods whose next call can be scripted to fail. */
export type MockMethod = 'showMenu' | 'hideMenu' | 'updateMenu' | 'getShareInfo' | 'share';

/** One recorded call into the adapter. */
export interface MockCall {
  method: MockMethod | 'canIUse' | 'tap';
  args: unknown[];
}

export interface MockAdapterOptions {
  /** WeChat base library version whose `canIUse` table the mock follows. Default `'3.4.0'`. */
  version?: string;
  /** Platform name copied onto errors. Default `'mock'`. */
  platform?: string;
  /** Which ways a share can start. Default: both. */
  initiation?: { app?: boolean; user?: boolean };
  /** The step used when the queue is empty. Default `{ status: 'shared', tickets: [] }`. */
  fallback?: MockStep;
}

/** What a simulated tap produced. */
export interface MockTap {
  /** The controller's view of the share: content, pending content or the error. */
  hosted: HostedShare;
  /** What the platform shared (awaits an async provider): the content, or `{}` for its defaults. */
  content: Promise<ShareContent>;
}

export interface MockAdapter extends ShareAdapter {
  /** Always present: rejects with `unsupported` when app initiation is off. */
  share(content: ShareContent, trigger: ShareTrigger, session?: ShareSession): Promise<ShareOutcome>;
  connect(host: ShareHost): () => void;
  /** Every call, in order. */
  readonly calls: readonly MockCall[];
  /** Script the next shares, in order. */
  queue(...steps: MockStep[]): void;
  /** Make the next call of `method` fail with this error (a ShareError `platform` by default). */
  failNext(method: MockMethod, error?: unknown): void;
  /** User-initiated: the user taps the menu or a share button. Needs a connected controller. */
  tap(from: 'menu' | 'button', options?: Omit<ShareTrigger, 'from'>): MockTap;
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
