import { createHash } from 'node:crypto';
import { ShareError } from '@sharekit/core';

/** What `wx.config` needs besides `appId` and `jsApiList`. */
export interface JsapiSignature {
  /** Your official account's AppID: the page passes it to `wx.config` as it is. */
  appId: string;
  /** Unix time in seconds; `wx.config({ timestamp })`. */
  timestamp: number;
  /** `wx.config({ nonceStr })` (capital S there, `noncestr` in the signed string). */
  nonceStr: string;
  /** SHA-1 hex of the signed string. */
  signature: string;
}

export interface SignJsapiInput {
  /** The `jsapi_ticket`. */
  ticket: string;
  nonceStr: string;
  /** Unix time in seconds, an integer. */
  timestamp: number | string;
  /** The page's full URL; anything from `#` on is dropped, as WeChat requires. */
  url: string;
}

/**
 * The JS-SDK signature (WeChat's "JS-SDK使用权限签名算法"): the fields `jsapi_ticket`, `noncestr`,
 * `timestamp` and `url` as raw `key=value` pairs (no URL escaping) sorted by name, joined with
 * `&`, SHA-1, lower-case hex. The URL is the page's, without its `#` fragment. Pure.
 *
 * Throws a ShareError `invalid-argument` for a field that cannot be signed (the ticket is never
 * quoted).
 */
export function signJsapi(input: SignJsapiInput): string {
  if (typeof input !== 'object' || input === null) {
    throw invalid('signJsapi: expected { ticket, nonceStr, timestamp, url }');
  }
  const { ticket, nonceStr, timestamp, url } = input;
  if (typeof ticket !== 'string' || ticket === '') throw invalid('signJsapi: ticket must be a non-empty string');
  checkNonce(nonceStr);
  const seconds = checkTimestamp(timestamp);
  const page = pageUrl(url);
  // Already in name order: jsapi_ticket < noncestr < timestamp < url.
  const string1 = `jsapi_ticket=${ticket}&noncestr=${nonceStr}&timestamp=${seconds}&url=${page}`;
  return createHash('sha1').update(string1, 'utf8').digest('hex');
}

// A URL from the client is signed as the page sees it (`location.href.split('#')[0]`), never
// normalised: `new URL()` would add a "/" to `http://a.com?x` and change the signature.
const MAX_URL_LENGTH = 4096;

/**
 * The part of `url` that is signed (before `#`), after checking it is an absolute http(s) URL a
 * page can have: no credentials, no surrounding whitespace or control characters. Throws a
 * ShareError `invalid-argument` otherwise.
 */
export function pageUrl(url: unknown): string {
  if (typeof url !== 'string' || url === '') {
    throw invalid(`url must be the page's absolute URL, a non-empty string (got ${typeName(url)})`);
  }
  if (url.length > MAX_URL_LENGTH) {
    throw invalid(`url is longer than ${MAX_URL_LENGTH} characters: sign the page's URL, location.href.split('#')[0]`);
  }
  if (/[\u0000-\u0020\u007f]/.test(url)) {
    throw invalid(
      "url contains whitespace or a control character, which a page's location.href never has: " +
        "send location.href.split('#')[0] unchanged (URL-encode it in a query string)",
    );
  }
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw invalid(`url must be absolute, like https://example.com/page?id=1 (got a relative or malformed URL): send location.href.split('#')[0]`);
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') {
    throw invalid(`url must be an http or https page URL (got the scheme "${parsed.protocol}")`);
  }
  if (parsed.username !== '' || parsed.password !== '') {
    throw invalid('url must not carry credentials (user:password@): a page inside WeChat never has them');
  }
  const hash = url.indexOf('#');
  return hash === -1 ? url : url.slice(0, hash);
}

function checkNonce(nonceStr: unknown): asserts nonceStr is string {
  // & and = would make the signed string ambiguous; WeChat's own examples are [A-Za-z0-9].
  if (typeof nonceStr !== 'string' || !/^[A-Za-z0-9_-]{1,64}$/.test(nonceStr)) {
    throw invalid('signJsapi: nonceStr must be 1 to 64 letters, digits, "-" or "_"');
  }
}

function checkTimestamp(timestamp: unknown): number {
  const seconds = typeof timestamp === 'string' && /^\d{1,12}$/.test(timestamp) ? Number(timestamp) : timestamp;
  if (typeof seconds !== 'number' || !Number.isSafeInteger(seconds) || seconds < 0) {
    throw invalid(`signJsapi: timestamp must be whole Unix seconds, like Math.floor(Date.now() / 1000) (got ${typeName(timestamp)})`);
  }
  if (seconds > 1e11) {
    throw invalid(`signJsapi: timestamp must be in seconds, not milliseconds (got ${seconds}): divide by 1000`);
  }
  return seconds;
}

function invalid(detail: string): ShareError {
  return new ShareError('invalid-argument', detail);
}

export function typeName(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (value === '') return 'an empty string';
  if (typeof value === 'number') return String(value);
  const type = typeof value;
  return `${/^[aeiou]/.test(type) ? 'an' : 'a'} ${type}`;
}
