/**
 * The share state machine's state and events. Types only.
 */
import type { ShareError } from '../errors';
import type { ShareContent, ShareTrigger } from './content';
import type { LaunchContext } from './launch';
import type { MenuState } from './menu';
import type { ShareOutcome } from './outcome';

/** Who started a running session: the app (`share()`) or the user through the platform. */
export type ShareInitiator = 'app' | 'user';

/** One session of the share state machine: `idle -> composing -> presenting -> idle`. */
export type SessionState =
  | { phase: 'idle' }
  | { phase: 'composing'; id: number; trigger: ShareTrigger; initiator: ShareInitiator }
  | { phase: 'presenting'; id: number; trigger: ShareTrigger; initiator: ShareInitiator; content: ShareContent };

/** The last settlement, so every request's outcome can be read from state. */
export interface Settlement {
  id: number;
  outcome: ShareOutcome;
}

/** Everything the controller knows. Immutable: every change makes a new object. */
export interface ShareState {
  session: SessionState;
  /** The current page's menu, as the adapter last confirmed it. */
  menu: MenuState;
  launch: LaunchContext | null;
  /** The most recent settled request (including requests rejected as `busy`). */
  settled: Settlement | null;
  /** Preset platforms (`initiation` has `preset`): the content the platform holds now. */
  preset: ShareContent | null;
  /** The id the next request gets. */
  nextId: number;
  disposed: boolean;
}

/**
 * How a user request meets a running session (the adapter says, per request):
 * - `supersede`: the platform has one share panel, so a new pull ends a running user session
 *   `unconfirmed` (WeChat);
 * - `join`: the pull comes from the app-started panel of the running app session (Alipay's
 *   `from: 'code'`) and joins it instead of being refused as `busy`.
 * Anything else while a session runs is `busy`.
 */
export interface RequestOptions {
  supersede?: boolean;
  join?: boolean;
}

/** Events the state machine understands. */
export type ShareEvent =
  | ({ type: 'request'; trigger: ShareTrigger; initiator: ShareInitiator } & RequestOptions)
  | { type: 'composed'; id: number; content: ShareContent }
  | { type: 'settle'; id: number; outcome: ShareOutcome }
  | { type: 'timeout'; id: number }
  | { type: 'resume'; channel?: string }
  /** The adapter confirmed the current page's menu: after a menu call (`show`, `hide`, `update`) or a page change (`page`). */
  | { type: 'menu'; op: 'show' | 'hide' | 'update' | 'page'; menu: MenuState }
  /** Preset platforms: this content was pushed to the platform. */
  | { type: 'preset'; content: ShareContent }
  | { type: 'launch'; context: LaunchContext }
  | { type: 'destroy' }
  | { type: 'warning'; error: ShareError }
  | { type: 'dispose' };
