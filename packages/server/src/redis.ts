import { randomBytes } from 'node:crypto';
import { ShareError } from '@sharekit/core';
import { createClient } from '@redis/client';
import type { TicketStore } from './ticket-store';

export type { TicketStore } from './ticket-store';

export interface RedisTicketStoreOptions {
  /** `redis://[[user]:password@]host[:port][/db]` or `rediss://` (TLS). Never quoted in an error. */
  url: string;
  /** Time limit of one Redis command, including waiting for a reconnection. Default 5000. */
  timeoutMs?: number;
}

// Deletes the lock only while it still holds this caller's token: a lock that expired and was
// taken by someone else stays theirs.
const RELEASE = "if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('del', KEYS[1]) else return 0 end";

/**
 * A TicketStore in Redis, for several server processes or machines: they share one access_token
 * and one jsapi_ticket, refreshed by one of them under a Redis lock (`SET NX PX`). Connects on
 * first use and reconnects by itself (commands wait for the reconnection up to `timeoutMs`);
 * `close()` ends the connection. Needs the optional peer dependency `@redis/client`.
 *
 * With Redis persistence (RDB or AOF) a restart keeps the token and ticket; without it, the next
 * sign after the restart fetches them again, once.
 */
export function createRedisTicketStore(options: RedisTicketStoreOptions): TicketStore {
  if (typeof options !== 'object' || options === null || typeof options.url !== 'string' || !/^rediss?:\/\/\S+$/.test(options.url)) {
    throw new ShareError(
      'invalid-argument',
      'createRedisTicketStore: url must be a redis:// or rediss:// URL, like redis://localhost:6379 (read it from your configuration)',
    );
  }
  const timeoutMs = options.timeoutMs ?? 5000;
  if (!Number.isInteger(timeoutMs) || timeoutMs < 1) {
    throw new ShareError('invalid-argument', 'createRedisTicketStore: timeoutMs must be a whole number of milliseconds, 1 or more');
  }
  const client = createClient({
    url: options.url,
    socket: {
      connectTimeout: timeoutMs,
      // Keeps trying, every second at most, for as long as the store is open: a Redis restart is
      // bridged, and each command gives up on its own after timeoutMs.
      // A refused password is not bridged: it fails at once (WRONGPASS) instead of timing out.
      reconnectStrategy: (retries: number, cause: Error) =>
        /^(WRONGPASS|NOAUTH|NOPERM)\b/.test(cause?.message ?? '') ? cause : Math.min(50 * 2 ** retries, 1000),
    },
  });
  // Connection errors surface as failed commands (below); the client's own event would crash the
  // process without a listener, and its text may name the host: nothing is logged.
  client.on('error', () => undefined);
  let connecting: Promise<unknown> | undefined;
  let closed = false;

  async function run<T>(what: string, command: (signal: AbortSignal) => Promise<T>): Promise<T> {
    if (closed) throw new ShareError('invalid-argument', `the Redis ticket store is closed (${what}): create a new one`);
    const signal = AbortSignal.timeout(timeoutMs);
    try {
      connecting ??= client.connect().catch((error: unknown) => {
        connecting = undefined;
        throw error;
      });
      await abortable(connecting, signal);
      return await command(signal);
    } catch (error) {
      // Dropped, not wrapped: a Redis error can quote the URL and its password.
      const timedOut = signal.aborted;
      throw new ShareError(
        timedOut ? 'timeout' : 'platform',
        timedOut
          ? `Redis did not answer ${what} within ${timeoutMs} ms: check that Redis is running and reachable at the configured url`
          : `Redis failed ${what}${describe(error)}: check the Redis url, its password and that the server is up`,
        { platform: 'redis' },
      );
    }
  }

  return {
    get: (key) => run('GET', async (signal) => (await client.withAbortSignal(signal).get(key)) ?? undefined),
    set: (key, value, ttlMs) =>
      run('SET', async (signal) => {
        await client.withAbortSignal(signal).set(key, value, { expiration: { type: 'PX', value: Math.max(1, Math.ceil(ttlMs)) } });
      }),
    lock: (key, ttlMs) =>
      run('SET NX', async (signal) => {
        const token = randomBytes(16).toString('hex');
        const taken = await client
          .withAbortSignal(signal)
          .set(key, token, { condition: 'NX', expiration: { type: 'PX', value: Math.max(1, Math.ceil(ttlMs)) } });
        if (taken !== 'OK') return undefined;
        return async () => {
          await run('EVAL', (releaseSignal) =>
            client.withAbortSignal(releaseSignal).eval(RELEASE, { keys: [key], arguments: [token] }),
          );
        };
      }),
    async close() {
      if (closed) return;
      closed = true;
      if (client.isOpen) await client.close().catch(() => client.destroy());
      else if (connecting !== undefined) client.destroy();
    },
  };
}

function abortable<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  if (signal.aborted) return Promise.reject(signal.reason);
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(
      (value) => {
        signal.removeEventListener('abort', onAbort);
        resolve(value);
      },
      (error: unknown) => {
        signal.removeEventListener('abort', onAbort);
        reject(error);
      },
    );
  });
}

/** Redis's own error prefix (WRONGPASS, NOAUTH, READONLY) or a system code, never the full text. */
function describe(error: unknown): string {
  const text = error instanceof Error ? error.message : '';
  const prefix = /^([A-Z][A-Z_]{2,30})\b/.exec(text)?.[1];
  if (prefix !== undefined) return ` (${prefix})`;
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && /^[A-Z][A-Z0-9_]{1,40}$/.test(code) ? ` (${code})` : '';
}
