/**
 * Where a JS-SDK signer keeps WeChat's `access_token` and `jsapi_ticket`, and the lock that makes
 * one signer refresh them for all. Every signer of one AppID that shares a store shares one token
 * and one ticket: WeChat limits how often they may be fetched, and (with the classic token API)
 * each fresh access_token replaces the previous one.
 *
 * Small on purpose, so any shared storage can back it (a database row with an expiry works too).
 * Values are opaque strings the signer writes; they hold the token and the ticket, so keep the
 * storage private to your servers. A store may throw a ShareError (`timeout`, `platform`), never
 * an error that quotes a value.
 */
export interface TicketStore {
  /** The value stored under `key`, or undefined when there is none or it has expired. */
  get(key: string): Promise<string | undefined>;
  /** Stores `value` under `key` for `ttlMs` milliseconds, replacing any value there. */
  set(key: string, value: string, ttlMs: number): Promise<void>;
  /**
   * Takes the lock named `key` for at most `ttlMs` milliseconds (so a crashed holder cannot block
   * the others for longer). Resolves to a function that releases it, or to undefined at once
   * when another caller holds it. Releasing a lock that has since expired and been taken by
   * another caller must leave the other caller's lock alone.
   */
  lock(key: string, ttlMs: number): Promise<(() => Promise<void>) | undefined>;
  /** Ends the store's connections. Idempotent. */
  close(): Promise<void>;
}

interface Entry {
  value: string;
  expiresAt: number;
}

/**
 * A TicketStore in this process's memory: for one server process (every signer created with it
 * shares its token and ticket). Several processes or machines need a shared store such as
 * `createRedisTicketStore` from `@sharekit/server/redis`: with one memory store each, every
 * process would fetch its own token.
 */
export function createMemoryTicketStore(): TicketStore {
  const values = new Map<string, Entry>();
  const locks = new Map<string, Entry>();
  const live = (map: Map<string, Entry>, key: string): Entry | undefined => {
    const entry = map.get(key);
    if (entry === undefined) return undefined;
    if (entry.expiresAt > Date.now()) return entry;
    map.delete(key);
    return undefined;
  };
  let lockCount = 0;
  return {
    async get(key) {
      return live(values, key)?.value;
    },
    async set(key, value, ttlMs) {
      values.set(key, { value, expiresAt: Date.now() + ttlMs });
    },
    async lock(key, ttlMs) {
      if (live(locks, key) !== undefined) return undefined;
      lockCount += 1;
      const mine: Entry = { value: String(lockCount), expiresAt: Date.now() + ttlMs };
      locks.set(key, mine);
      return async () => {
        if (locks.get(key) === mine) locks.delete(key);
      };
    },
    async close() {
      values.clear();
      locks.clear();
    },
  };
}
