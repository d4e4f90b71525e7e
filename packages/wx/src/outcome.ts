import type { ShareOutcome } from '@sharekit/core';
import { platformFailure } from '@sharekit/core/adapter';

/** The outcome of an `onShareAppMessage` `success` / `fail` callback (base library below 2.3.0). */
export function shareOutcome(result: unknown, ok: boolean): ShareOutcome {
  const channel = 'shareAppMessage';
  if (ok) {
    const tickets = (result as { shareTickets?: unknown } | undefined)?.shareTickets;
    // Core keeps the strings of a list (outcome.ts): no second filter here.
    return { status: 'shared', channel, tickets: Array.isArray(tickets) ? (tickets as string[]) : [] };
  }
  const errMsg = (result as { errMsg?: unknown } | undefined)?.errMsg;
  return typeof errMsg === 'string' && / cancel$/.test(errMsg)
    ? { status: 'cancelled', channel }
    : { status: 'failed', error: platformFailure('wx', channel, result) };
}
