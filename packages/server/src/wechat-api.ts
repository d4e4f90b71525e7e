import { ShareError } from '@sharekit/core';

/** What the signer needs from `fetch`: the WHATWG signature, so Node's global fetch or undici fit. */
export type FetchLike = (
  url: string,
  init: { method: string; headers?: Record<string, string>; body?: string; signal?: AbortSignal },
) => Promise<{ status: number; text(): Promise<string> }>;

export interface ApiOptions {
  apiBase: string;
  fetch: FetchLike;
  /** Attempts after the first for transient failures. */
  retries: number;
  retryDelayMs: number;
  timeoutMs: number;
  /** Strings that must never reach an error: the secret, tokens, tickets. */
  secrets: () => readonly string[];
}

/** A credential WeChat issued, with its lifetime in seconds. */
export interface Issued {
  value: string;
  expiresIn: number;
}

/** WeChat answered with an errcode: what the signer decides on (refresh, or a typed error). */
export class WechatApiError extends Error {
  constructor(
    readonly endpoint: string,
    readonly errcode: number,
    readonly errmsg: string,
  ) {
    super(`errcode ${errcode}`);
  }
}

const SYSTEM_BUSY = -1;

/** POST /cgi-bin/stable_token: the stable access_token, shared with nothing else that calls getAccessToken. */
export function fetchStableToken(
  api: ApiOptions,
  credentials: { appId: string; appSecret: string },
  forceRefresh: boolean,
): Promise<Issued> {
  const body = JSON.stringify({
    grant_type: 'client_credential',
    appid: credentials.appId,
    secret: credentials.appSecret,
    force_refresh: forceRefresh,
  });
  return call(api, '/cgi-bin/stable_token', { method: 'POST', headers: { 'content-type': 'application/json' }, body }, 'access_token');
}

/** GET /cgi-bin/ticket/getticket?type=jsapi. */
export function fetchJsapiTicket(api: ApiOptions, accessToken: string): Promise<Issued> {
  const query = `?access_token=${encodeURIComponent(accessToken)}&type=jsapi`;
  return call(api, '/cgi-bin/ticket/getticket', { method: 'GET' }, 'ticket', query);
}

type Attempt = { ok: true; issued: Issued } | { ok: false; transient: boolean; error: Error };

async function call(
  api: ApiOptions,
  endpoint: string,
  init: { method: string; headers?: Record<string, string>; body?: string },
  field: 'access_token' | 'ticket',
  query = '',
): Promise<Issued> {
  let last: Error | undefined;
  for (let attempt = 0; attempt <= api.retries; attempt++) {
    if (attempt > 0) await sleep(backoff(api.retryDelayMs, attempt));
    const result = await attemptOnce(api, endpoint, init, field, query);
    if (result.ok) return result.issued;
    last = result.error;
    if (!result.transient) break;
  }
  throw last;
}

async function attemptOnce(
  api: ApiOptions,
  endpoint: string,
  init: { method: string; headers?: Record<string, string>; body?: string },
  field: 'access_token' | 'ticket',
  query: string,
): Promise<Attempt> {
  const where = `${api.apiBase}${endpoint}`;
  let status: number;
  let text: string;
  try {
    const response = await api.fetch(`${where}${query}`, { ...init, signal: AbortSignal.timeout(api.timeoutMs) });
    status = response.status;
    text = await response.text();
  } catch (error) {
    // The thrown error is dropped, not wrapped: it may quote the URL, whose query holds the token.
    const timedOut = error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError');
    const reason = timedOut ? `no answer within ${api.timeoutMs} ms` : `network error${networkCode(error)}`;
    return {
      ok: false,
      transient: true,
      error: new ShareError(
        timedOut ? 'timeout' : 'platform',
        `could not reach WeChat's API at ${where} (${reason}) after ${api.retries + 1} attempts: check this ` +
          "server's network, DNS and proxy settings, then try again",
        { platform: 'wechat-api' },
      ),
    };
  }
  if (status >= 500 || status === 429) {
    return { ok: false, transient: true, error: upstream(`WeChat's API answered HTTP ${status} at ${where}: try again later`) };
  }
  let json: Record<string, unknown>;
  try {
    json = JSON.parse(text);
    if (typeof json !== 'object' || json === null) throw new TypeError('not an object');
  } catch {
    return {
      ok: false,
      transient: false,
      error: upstream(
        `WeChat's API answered HTTP ${status} without a JSON object at ${where}: check apiBase ` +
          '(default https://api.weixin.qq.com) and any proxy in between',
      ),
    };
  }
  const errcode = typeof json.errcode === 'number' ? json.errcode : 0;
  if (errcode !== 0) {
    const errmsg = redact(typeof json.errmsg === 'string' ? json.errmsg : '', api.secrets());
    return { ok: false, transient: errcode === SYSTEM_BUSY, error: new WechatApiError(endpoint, errcode, errmsg) };
  }
  const value = json[field];
  const expiresIn = json.expires_in;
  if (typeof value !== 'string' || value === '' || typeof expiresIn !== 'number' || !(expiresIn > 0)) {
    return {
      ok: false,
      transient: false,
      error: upstream(`WeChat's API at ${where} answered without a ${field} and a positive expires_in: check apiBase`),
    };
  }
  return { ok: true, issued: { value, expiresIn } };
}

function upstream(detail: string): ShareError {
  return new ShareError('platform', detail, { platform: 'wechat-api' });
}

/** Only the system error code (ECONNREFUSED, ENOTFOUND...), never a message: it can quote the URL. */
function networkCode(error: unknown): string {
  let current: unknown = error;
  for (let depth = 0; depth < 4 && typeof current === 'object' && current !== null; depth++) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === 'string' && /^[A-Z][A-Z0-9_]{1,40}$/.test(code)) return ` ${code}`;
    current = (current as { cause?: unknown }).cause;
  }
  return '';
}

/** WeChat's errmsg, with any secret it might echo replaced, and bounded. */
export function redact(text: string, secrets: readonly string[]): string {
  let out = text;
  for (const secret of secrets) {
    if (secret.length >= 4) out = out.split(secret).join('[redacted]');
  }
  return out.length > 300 ? `${out.slice(0, 300)}...` : out;
}

function backoff(baseMs: number, attempt: number): number {
  const ceiling = baseMs * 2 ** (attempt - 1);
  return ceiling / 2 + Math.random() * (ceiling / 2);
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
