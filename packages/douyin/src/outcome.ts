import type { ShareOutcome } from '@sharekit/core';
import { platformFailure } from '@sharekit/core/adapter';

/**
 * The outcome of a ShareParam `success` / `fail` callback. Douyin's samples call `success` once
 * the share publisher is up, and document no payload (UNCONFIRMED): that is no word that the user
 * shared, so `unconfirmed`. `fail`: the publisher did not open, `failed` with Douyin's errMsg.
 */
export function shareOutcome(result: unknown, ok: boolean, channel: string | undefined): ShareOutcome {
  // The controller drops an undefined channel.
  if (ok) return { status: 'unconfirmed', channel };
  return { status: 'failed', error: platformFailure('douyin', 'onShareAppMessage', result) };
}
