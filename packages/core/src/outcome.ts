import type { ShareOutcome } from './contract';
import { isShareError, ShareError } from './errors';

const channelOf = (value: unknown): { channel?: string } =>
  typeof value === 'string' ? { channel: value } : {};

/**
 * Copies an adapter's outcome into a well-formed one. Anything malformed becomes a `failed`
 * outcome with code `platform`, so a buggy adapter can never report `shared` by accident.
 */
export function normalizeOutcome(value: unknown, platform: string): ShareOutcome {
  const o = (typeof value === 'object' && value !== null ? value : {}) as Record<string, unknown>;
  switch (o.status) {
    case 'shared': {
      const tickets = Array.isArray(o.tickets) ? o.tickets.filter((t): t is string => typeof t === 'string') : [];
      return { status: 'shared', ...channelOf(o.channel), tickets };
    }
    case 'cancelled':
    case 'unconfirmed':
      return { status: o.status, ...channelOf(o.channel) };
    case 'failed':
      if (isShareError(o.error)) return { status: 'failed', error: o.error };
  }
  return {
    status: 'failed',
    error: new ShareError('platform', `the ${platform} adapter returned a malformed outcome`, { platform, cause: value }),
  };
}

export const failedWith = (error: ShareError): ShareOutcome => ({ status: 'failed', error });
