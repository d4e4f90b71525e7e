import type { ShareOutcome } from './contract/outcome';
import { isShareError, ShareError } from './errors';
import { fieldsOf } from './fields';
import { DEV } from './dev';

const channelOf = (value: unknown): { channel?: string } => (typeof value === 'string' ? { channel: value } : {});

/**
 * Copies an adapter's outcome into a well-formed one. Anything malformed becomes a `failed`
 * outcome with code `platform`, so a buggy adapter can never report `shared` by accident.
 * `tickets` stays only when the adapter gave some (strings only).
 */
export function normalizeOutcome(value: unknown, platform: string): ShareOutcome {
  const o = fieldsOf(value);
  switch (o.status) {
    case 'shared': {
      const out: { status: 'shared'; channel?: string; tickets?: string[] } = { status: 'shared', ...channelOf(o.channel) };
      if (Array.isArray(o.tickets)) out.tickets = o.tickets.filter((t): t is string => typeof t === 'string');
      return out;
    }
    case 'cancelled':
    case 'unconfirmed':
      return { status: o.status, ...channelOf(o.channel) };
    case 'failed':
      if (isShareError(o.error)) return { status: 'failed', error: o.error };
  }
  return {
    status: 'failed',
    error: new ShareError('platform', DEV && `the ${platform} adapter returned a malformed outcome`, { platform, cause: value }),
  };
}

export const failedWith = (error: ShareError): ShareOutcome => ({ status: 'failed', error });
