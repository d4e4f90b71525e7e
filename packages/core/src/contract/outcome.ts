/**
 * How a share session ends. Types only.
 */
import type { ShareError } from '../errors';

/**
 * How one share session ended; every session ends with exactly one.
 * - `shared`: the platform confirmed it. `tickets` only where the platform gives them (WeChat
 *   below 2.3.0, group chats, with a menu that asked for tickets).
 * - `cancelled`: the user backed out.
 * - `failed`: see `error.code`.
 * - `unconfirmed`: handed to the platform, which does not say what happened (WeChat 2.3.0+, the
 *   JS-SDK, an intent link, or the session timed out while presenting). Never `shared` without
 *   the platform's word.
 * @since 2.0.0
 */
export type ShareOutcome =
  | { status: 'shared'; channel?: string; tickets?: readonly string[] }
  | { status: 'cancelled'; channel?: string }
  | { status: 'failed'; error: ShareError }
  | { status: 'unconfirmed'; channel?: string };
