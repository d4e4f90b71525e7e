import { randomBytes } from 'node:crypto';
import { isShareError, ShareError } from '@sharekit/core';
import { type JsapiSignature, pageUrl, signJsapi, typeName } from './jsapi-signature';
import type { TicketStore } from './ticket-store';
import {
  type ApiOptions,
  type FetchLike,
  fetchJsapiTicket,
  fetchStableToken,
  type Issued,
  sleep,
  WechatApiError,
} from './wechat-api';
import { TOKEN_REJECTED, TOKEN_REJECTED_TWICE, wechatError } from './wechat-errors';

export interface JsapiSignerOptions {
  /** Your official account's AppID. */
  appId: string;
  /** Its AppSecret. Stays in this process: never in an error, a result or the store. */
  appSecret: string;
  /** Where the token and ticket are kept and locked: one store shared by every server instance. */
  store: TicketStore;
  /** WeChat's API. Default `https://api.weixin.qq.com`. */
  apiBase?: string;
  /** Default: the global `fetch`. */
  fetch?: FetchLike;
  /** Retries of a transient failure (network, timeout, HTTP 5xx, errcode -1). Default 2. */
  retries?: number;
  /** Delay before the first retry, doubled for each next one (with jitter). Default 200. */
  retryDelayMs?: number;
  /** Time limit of one request to WeChat. Default 5000. */
  timeoutMs?: number;
  /** How long one refresh may hold the store's lock, and how long others wait for it. Default 30000. */
  lockTimeoutMs?: number;
  /** Prefix of the store's keys. Default `sharekit:jsapi`. */
  keyPrefix?: string;
}

export interface JsapiSigner {
  /**
   * Signs `url` (the page's full URL; anything from `#` on is dropped) for `wx.config`. Fetches
   * the token and ticket when the store has none that lasts, once for every signer sharing it.
   */
  sign(url: string): Promise<JsapiSignature>;
}

/** What the store holds under each key: the credential and when to stop using it. */
interface Cached {
  value: string;
  /** Milliseconds since the epoch: a little before WeChat's expiry. */
  useUntil: number;
}

// A failed refresh is remembered this long, so the signers waiting on it (and those that come
// right after) fail with the same error instead of each asking WeChat again and burning quota.
const FAILURE_TTL_MS = 5000;
const MAX_MARGIN_MS = 5 * 60 * 1000;

/**
 * A JS-SDK signer for one official account. The `access_token` comes from the stable token API
 * (`POST /cgi-bin/stable_token`), the `jsapi_ticket` from `/cgi-bin/ticket/getticket`; both are
 * kept in `store` until shortly before they expire, and refreshed under the store's lock, so any
 * number of signers (in this process or others) fetch each once. Throws a ShareError
 * `invalid-argument` for bad options.
 */
export function createJsapiSigner(options: JsapiSignerOptions): JsapiSigner {
  const config = readOptions(options);
  const { appId, appSecret, store } = config;
  const keys = {
    token: `${config.keyPrefix}:${appId}:access_token`,
    ticket: `${config.keyPrefix}:${appId}:jsapi_ticket`,
    lock: `${config.keyPrefix}:${appId}:refresh`,
    failure: `${config.keyPrefix}:${appId}:failure`,
  };
  // Every token and ticket this signer has seen: none may reach an error.
  const seen = new Set<string>([appSecret]);
  const api: ApiOptions = { ...config.api, secrets: () => [...seen] };

  let local: Cached | undefined;
  let pending: Promise<string> | undefined;

  async function ticket(): Promise<string> {
    if (local !== undefined && local.useUntil > Date.now()) return local.value;
    pending ??= loadTicket().finally(() => {
      pending = undefined;
    });
    return pending;
  }

  async function loadTicket(): Promise<string> {
    const deadline = Date.now() + config.lockTimeoutMs;
    let delay = 5;
    for (;;) {
      const cached = await read(keys.ticket);
      if (cached !== undefined) return keep(cached);
      await throwRecentFailure();
      const release = await store.lock(keys.lock, config.lockTimeoutMs);
      if (release !== undefined) {
        // Checked again under the lock: the holder before us may have failed (and released) between
        // our check above and our lock; refreshing now would spend WeChat's quota a second time.
        await throwRecentFailure().catch(async (error: unknown) => {
          await release().catch(() => undefined);
          throw error;
        });
        try {
          const again = await read(keys.ticket);
          return keep(again ?? (await refreshTicket()));
        } catch (error) {
          throw await remember(error);
        } finally {
          await release().catch(() => undefined);
        }
      }
      if (Date.now() > deadline) {
        throw new ShareError(
          'timeout',
          `another signer held the refresh lock for more than ${config.lockTimeoutMs} ms without storing a ticket: ` +
            'check that every server can reach WeChat, or raise lockTimeoutMs',
        );
      }
      await sleep(delay);
      delay = Math.min(delay * 2, 100);
    }
  }

  function keep(cached: Cached): string {
    seen.add(cached.value);
    local = cached;
    return cached.value;
  }

  async function refreshTicket(): Promise<Cached> {
    let token = (await read(keys.token)) ?? (await newToken(undefined));
    let issued: Issued;
    try {
      issued = await fetchJsapiTicket(api, token.value);
    } catch (error) {
      if (!(error instanceof WechatApiError) || !TOKEN_REJECTED.has(error.errcode)) throw error;
      // Expired or replaced token: one fresh token, one more try.
      token = await newToken(token.value);
      try {
        issued = await fetchJsapiTicket(api, token.value);
      } catch (again) {
        if (again instanceof WechatApiError && TOKEN_REJECTED.has(again.errcode)) {
          throw wechatError(again, TOKEN_REJECTED_TWICE);
        }
        throw again;
      }
    }
    return write(keys.ticket, issued);
  }

  /** A token other than `rejected`: the stable API returns the current one, forced only when that is the rejected one. */
  async function newToken(rejected: string | undefined): Promise<Cached> {
    const credentials = { appId, appSecret };
    let issued = await fetchStableToken(api, credentials, false);
    if (rejected !== undefined && issued.value === rejected) issued = await fetchStableToken(api, credentials, true);
    return write(keys.token, issued);
  }

  async function write(key: string, issued: Issued): Promise<Cached> {
    seen.add(issued.value);
    const lifetimeMs = issued.expiresIn * 1000;
    const ttlMs = Math.max(1, lifetimeMs - Math.min(MAX_MARGIN_MS, lifetimeMs / 10));
    const cached: Cached = { value: issued.value, useUntil: Date.now() + ttlMs };
    await store.set(key, JSON.stringify(cached), ttlMs);
    return cached;
  }

  async function read(key: string): Promise<Cached | undefined> {
    const raw = await store.get(key);
    if (raw === undefined || raw === null) return undefined;
    try {
      const cached = JSON.parse(raw) as Cached;
      if (typeof cached.value === 'string' && typeof cached.useUntil === 'number' && cached.useUntil > Date.now()) {
        seen.add(cached.value);
        return cached;
      }
    } catch {
      // Not written by a signer: treated as absent, so a refresh replaces it.
    }
    return undefined;
  }

  async function remember(error: unknown): Promise<ShareError> {
    const shareError = toSignerError(error);
    // Store failures are not remembered: the store is what failed.
    if (error instanceof WechatApiError || (isShareError(error) && error.platform === 'wechat-api')) {
      const record = JSON.stringify({ code: shareError.code, message: shareError.message, platformMessage: shareError.platformMessage });
      await store.set(keys.failure, record, FAILURE_TTL_MS).catch(() => undefined);
    }
    return shareError;
  }

  async function throwRecentFailure(): Promise<void> {
    const raw = await store.get(keys.failure);
    if (raw === undefined || raw === null) return;
    let record: { code?: unknown; message?: unknown; platformMessage?: unknown };
    try {
      record = JSON.parse(raw);
    } catch {
      return;
    }
    if (typeof record.code !== 'string' || typeof record.message !== 'string') return;
    const detail = record.message.startsWith(`${record.code}: `) ? record.message.slice(record.code.length + 2) : record.message;
    throw new ShareError(record.code, `${detail} (a refresh failed less than ${FAILURE_TTL_MS / 1000} s ago; not retried yet)`, {
      platform: 'wechat-api',
      platformMessage: typeof record.platformMessage === 'string' ? record.platformMessage : undefined,
    });
  }

  return {
    async sign(url) {
      const page = pageUrl(url);
      const value = await ticket();
      const nonceStr = randomBytes(12).toString('base64url');
      const timestamp = Math.floor(Date.now() / 1000);
      return { appId, timestamp, nonceStr, signature: signJsapi({ ticket: value, nonceStr, timestamp, url: page }) };
    },
  };
}

function toSignerError(error: unknown): ShareError {
  if (error instanceof WechatApiError) return wechatError(error);
  if (isShareError(error)) return error;
  // Anything else (a custom store's bug) is dropped, not wrapped: it may quote a stored value.
  return new ShareError(
    'platform',
    `refreshing the JS-SDK ticket failed with an unexpected ${error instanceof Error ? error.name : typeName(error)}: check the store`,
  );
}

interface Config {
  appId: string;
  appSecret: string;
  store: TicketStore;
  keyPrefix: string;
  lockTimeoutMs: number;
  api: Omit<ApiOptions, 'secrets'>;
}

function readOptions(options: JsapiSignerOptions): Config {
  if (typeof options !== 'object' || options === null) {
    throw invalid('expected an options object { appId, appSecret, store }');
  }
  const { appId, appSecret, store } = options;
  if (typeof appId !== 'string' || !/^\S+$/.test(appId)) {
    throw invalid(`appId must be your official account's AppID, a non-empty string without spaces (got ${typeName(appId)})`);
  }
  if (typeof appSecret !== 'string' || !/^\S+$/.test(appSecret)) {
    // Never quoted, not even its length.
    throw invalid('appSecret must be a non-empty string without spaces: read it from your secret configuration (e.g. WECHAT_APP_SECRET)');
  }
  if (
    typeof store !== 'object' ||
    store === null ||
    typeof store.get !== 'function' ||
    typeof store.set !== 'function' ||
    typeof store.lock !== 'function'
  ) {
    throw invalid('store must be a TicketStore: createMemoryTicketStore(), or createRedisTicketStore() from @sharekit/server/redis');
  }
  const fetchFn = options.fetch ?? (globalThis.fetch as unknown as FetchLike | undefined);
  if (typeof fetchFn !== 'function') throw invalid('fetch must be a function (this runtime has no global fetch)');
  return {
    appId,
    appSecret,
    store,
    keyPrefix: readPrefix(options.keyPrefix),
    lockTimeoutMs: readNumber('lockTimeoutMs', options.lockTimeoutMs, 30_000, 1),
    api: {
      apiBase: readApiBase(options.apiBase),
      fetch: fetchFn,
      retries: readNumber('retries', options.retries, 2, 0, 10),
      retryDelayMs: readNumber('retryDelayMs', options.retryDelayMs, 200, 0),
      timeoutMs: readNumber('timeoutMs', options.timeoutMs, 5000, 1),
    },
  };
}

function readApiBase(value: unknown): string {
  if (value === undefined) return 'https://api.weixin.qq.com';
  let parsed: URL | undefined;
  try {
    parsed = typeof value === 'string' ? new URL(value) : undefined;
  } catch {
    parsed = undefined;
  }
  if (parsed === undefined || (parsed.protocol !== 'https:' && parsed.protocol !== 'http:')) {
    throw invalid('apiBase must be an absolute http(s) URL, like https://api.weixin.qq.com');
  }
  if (parsed.username !== '' || parsed.password !== '' || parsed.search !== '' || parsed.hash !== '') {
    throw invalid('apiBase must have no credentials, query or fragment, like https://api.weixin.qq.com');
  }
  return parsed.href.replace(/\/+$/, '');
}

function readPrefix(value: unknown): string {
  if (value === undefined) return 'sharekit:jsapi';
  if (typeof value !== 'string' || !/^[\w:.-]{1,100}$/.test(value)) {
    throw invalid('keyPrefix must be 1 to 100 letters, digits, ":", ".", "-" or "_"');
  }
  return value;
}

function readNumber(name: string, value: unknown, fallback: number, min: number, max = Number.MAX_SAFE_INTEGER): number {
  if (value === undefined) return fallback;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
    throw invalid(`${name} must be a whole number from ${min} to ${max} (got ${typeName(value)})`);
  }
  return value;
}

function invalid(detail: string): ShareError {
  return new ShareError('invalid-argument', `createJsapiSigner: ${detail}`);
}
