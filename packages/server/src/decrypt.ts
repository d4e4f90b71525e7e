import { createDecipheriv } from 'node:crypto';
import { TextDecoder } from 'node:util';
import { isShareError, ShareError } from '@sharekit/core';
import { decodeBase64, describeBase64Problem } from './base64';

/** WeChat's stamp inside every piece of open data: which mini program it is for, and when. */
export interface Watermark {
  /** The AppID the data was encrypted for. */
  appid: string;
  /** Unix time in seconds when WeChat produced the data. */
  timestamp: number;
}

export interface DecryptOptions {
  /** Your mini program's AppID; the watermark must carry the same one. */
  appId: string;
  /** `session_key` from `code2Session`, base64 (16 bytes). Never leaves the server. */
  sessionKey: string;
  /** `encryptedData` from `wx.getShareInfo` / `wx.getGroupEnterInfo` / similar, base64. */
  encryptedData: string;
  /** `iv` from the same call, base64 (16 bytes). */
  iv: string;
  /** When given, data whose watermark is older than this is rejected with `expired`. */
  maxAgeSeconds?: number;
  /** With `maxAgeSeconds`: how far in the future a watermark may be (clock skew). Default 60. */
  clockSkewSeconds?: number;
  /**
   * The current time: milliseconds since the epoch (like `Date.now()`) or a Date. Default: now.
   * Checked whenever given: outside 1973..5138 (seconds or microseconds by mistake) is `invalid-input`.
   */
  now?: number | Date;
}

const DEFAULT_CLOCK_SKEW_SECONDS = 60;

// fatal: invalid UTF-8 fails instead of turning into U+FFFD inside a JSON string, so garbage from
// a wrong key or a flipped ciphertext byte almost never survives parsing.
const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Decrypts WeChat open data (AES-128-CBC, PKCS#7) and checks its watermark: the appid must be
 * `appId`, and with `maxAgeSeconds` the timestamp must be within
 * `[now - maxAgeSeconds, now + clockSkewSeconds]`. Returns the parsed JSON object.
 *
 * Throws a ShareError: `invalid-input`, `decrypt-failed`, `watermark-mismatch` or `expired`.
 * Every `decrypt-failed` is the same error, whatever went wrong (see {@link openData}). No error
 * carries the session key, anything decrypted or an underlying crypto error.
 */
export function decryptOpenData<T extends object = Record<string, unknown>>(
  options: DecryptOptions,
): T & { watermark: Watermark } {
  return openData(options, (data) => data as T & { watermark: Watermark });
}

/** Decrypted open data: a JSON object with a well-formed watermark. */
export type OpenData = Record<string, unknown> & { watermark: Watermark };

/**
 * What every failure after the input checks and before a well-formed, watermarked plaintext says,
 * word for word (bad padding, bad UTF-8, bad JSON, not an object, no watermark), and so does data
 * that is not the kind `read` expects. One message and one throw site, because a server that
 * passes on a more precise one is a CBC padding oracle: the client could then forge data for any
 * group id without the session key.
 */
const NOT_OPEN_DATA =
  'encryptedData and iv did not decrypt to the expected WeChat open data with this sessionKey. ' +
  'Usually the session key is stale (each wx.login replaces it): log in again (wx.login + ' +
  'code2Session), then request the data again. Otherwise check that encryptedData and iv come ' +
  'from the same wx call, unaltered, and that getShareInfo data goes to decryptShareInfo and ' +
  'getGroupEnterInfo data to decryptGroupEnterInfo';

/**
 * Decrypts and checks like {@link decryptOpenData}, then `read` picks the fields a caller needs:
 * undefined when the data is not of that kind, which fails like any other decryption failure.
 */
export function openData<T>(options: DecryptOptions, read: (data: OpenData) => T | undefined): T {
  const input = readInput(options);
  const data = decode(input.key, input.iv, input.data);
  let result: T | undefined;
  if (data !== undefined) {
    checkWatermark(data.watermark, input);
    result = read(data);
  }
  if (result === undefined) throw new ShareError('decrypt-failed', NOT_OPEN_DATA);
  return result;
}

interface Input {
  appId: string;
  key: Buffer;
  iv: Buffer;
  data: Buffer;
  maxAgeSeconds: number | undefined;
  clockSkewSeconds: number;
  nowMs: number;
}

const FIELDS = ['appId', 'sessionKey', 'iv', 'encryptedData', 'maxAgeSeconds', 'clockSkewSeconds', 'now'] as const;
type Fields = Record<(typeof FIELDS)[number], unknown>;

// Whatever a hostile getter or proxy throws stays out: no cause, no message quoted (it could
// carry anything, the session key included). Every failure is a ShareError, as documented.
function readInput(options: DecryptOptions): Input {
  if (typeof options !== 'object' || options === null) {
    throw invalid('expected an options object { appId, sessionKey, encryptedData, iv }');
  }
  const fields = {} as Fields;
  for (const field of FIELDS) {
    try {
      fields[field] = options[field];
    } catch {
      throw invalid(`${field} could not be read (its getter or a proxy threw): pass a plain options object`);
    }
  }
  try {
    return checkInput(fields);
  } catch (error) {
    if (isShareError(error)) throw error;
    throw invalid('an option could not be inspected (a proxy or a fake Date threw): pass plain strings, numbers and Dates');
  }
}

function checkInput(fields: Fields): Input {
  const { appId, maxAgeSeconds, clockSkewSeconds, now } = fields;
  if (typeof appId !== 'string' || appId.length === 0) {
    throw invalid(`appId must be your mini program's AppID, a non-empty string (got ${describeType(appId)})`);
  }
  const key = readBase64(fields, 'sessionKey', 'pass session_key exactly as code2Session returned it');
  if (key.length !== 16) {
    throw invalid(
      `sessionKey must decode to 16 bytes (got ${key.length}): pass session_key exactly as code2Session returned it`,
    );
  }
  const fromClient = 'pass it exactly as the wx API returned it (URL-encode it when it travels in a query string)';
  const iv = readBase64(fields, 'iv', fromClient);
  if (iv.length !== 16) throw invalid(`iv must decode to 16 bytes (got ${iv.length}): ${fromClient}`);
  const data = readBase64(fields, 'encryptedData', fromClient);
  if (data.length % 16 !== 0) {
    throw invalid(
      `encryptedData must decode to a multiple of 16 bytes, the AES block size (got ${data.length}): ${fromClient}`,
    );
  }
  checkSeconds('maxAgeSeconds', maxAgeSeconds);
  checkSeconds('clockSkewSeconds', clockSkewSeconds);
  const nowMs = readNow(now);
  return {
    appId,
    key,
    iv,
    data,
    maxAgeSeconds,
    clockSkewSeconds: clockSkewSeconds ?? DEFAULT_CLOCK_SKEW_SECONDS,
    nowMs,
  };
}

type Base64Field = 'sessionKey' | 'iv' | 'encryptedData';

function readBase64(fields: Fields, field: Base64Field, whatToDo: string): Buffer {
  const value = fields[field];
  if (typeof value !== 'string') {
    throw invalid(`${field} must be a base64 string (got ${describeType(value)}): ${whatToDo}`);
  }
  const result = decodeBase64(value);
  if (!result.ok) {
    throw invalid(`${field} is not valid base64: it ${describeBase64Problem(result.problem, value)}; ${whatToDo}`);
  }
  return result.bytes;
}

function checkSeconds(field: string, value: unknown): asserts value is number | undefined {
  if (value === undefined) return;
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) {
    throw invalid(`${field} must be a finite number of seconds, 0 or more (got ${describeNumber(value)})`);
  }
}

// Plausible milliseconds since the epoch: 1973-03-03 to the year 5138. Seconds (about 1.7e9 today)
// and microseconds (about 1.7e15) fall outside, whether or not maxAgeSeconds uses `now`.
const MIN_NOW_MS = 1e11;
const MAX_NOW_MS = 1e14;

function readNow(now: unknown): number {
  if (now === undefined) return Date.now();
  const ms = now instanceof Date ? Date.prototype.getTime.call(now) : now;
  if (typeof ms !== 'number' || !Number.isFinite(ms)) {
    throw invalid(`now must be milliseconds since the epoch or a valid Date (got ${describeNumber(now)})`);
  }
  const got = `got ${now instanceof Date ? `a Date of ${ms} ms` : ms}`;
  if (ms <= MIN_NOW_MS) {
    throw invalid(
      `now must be milliseconds since the epoch, like Date.now() (${got}, before 1973): this looks like ` +
        'seconds; pass milliseconds (seconds * 1000) or a Date, or leave now out',
    );
  }
  if (ms >= MAX_NOW_MS) {
    throw invalid(
      `now must be milliseconds since the epoch, like Date.now() (${got}, after the year 5138): this looks ` +
        'like microseconds or nanoseconds; pass milliseconds or a Date, or leave now out',
    );
  }
  return ms;
}

/**
 * The plaintext as open data, or undefined, whatever went wrong: OpenSSL's "bad decrypt" and
 * SyntaxError messages (which quote the plaintext) are dropped, never passed on.
 */
function decode(key: Buffer, iv: Buffer, data: Buffer): OpenData | undefined {
  let value: unknown;
  try {
    const cipher = createDecipheriv('aes-128-cbc', key, iv);
    value = JSON.parse(utf8.decode(Buffer.concat([cipher.update(data), cipher.final()])));
  } catch {
    return undefined;
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  const watermark = (value as { watermark?: unknown }).watermark as Partial<Watermark> | null | undefined;
  if (
    typeof watermark !== 'object' ||
    watermark === null ||
    typeof watermark.appid !== 'string' ||
    typeof watermark.timestamp !== 'number' ||
    !Number.isFinite(watermark.timestamp)
  ) {
    return undefined;
  }
  return value as OpenData;
}

// Reached only with well-formed data for some AppID: naming neither the AppID nor the age keeps
// decrypted content out of the message.
function checkWatermark(watermark: Watermark, input: Input): void {
  if (watermark.appid !== input.appId) {
    throw new ShareError(
      'watermark-mismatch',
      `the data was encrypted for another AppID than your appId "${input.appId}": pass your own ` +
        'AppID, and never accept data obtained by another mini program',
    );
  }
  if (input.maxAgeSeconds !== undefined) {
    checkFreshness(watermark.timestamp, input.nowMs, input.maxAgeSeconds, input.clockSkewSeconds);
  }
}

function checkFreshness(timestamp: number, nowMs: number, maxAgeSeconds: number, skewSeconds: number): void {
  const ageSeconds = (nowMs - timestamp * 1000) / 1000;
  if (ageSeconds > maxAgeSeconds) {
    throw new ShareError(
      'expired',
      `the data is older than maxAgeSeconds (${maxAgeSeconds} s): ` +
        'ask the client for fresh data (call wx.getShareInfo / wx.getGroupEnterInfo again)',
    );
  }
  if (-ageSeconds > skewSeconds) {
    throw new ShareError(
      'expired',
      `the watermark is more than clockSkewSeconds (${skewSeconds} s) in the future: ` +
        `check this server's clock (NTP) and the unit of "now" (milliseconds)`,
    );
  }
}

function invalid(detail: string): ShareError {
  return new ShareError('invalid-input', detail);
}

// Names a type, never a value: the value may be a key or plaintext.
function describeType(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (value === '') return 'an empty string';
  const type = typeof value;
  return `${/^[aeiou]/.test(type) ? 'an' : 'a'} ${type}`;
}

function describeNumber(value: unknown): string {
  if (value instanceof Date) return 'an invalid Date';
  return typeof value === 'number' ? String(value) : describeType(value);
}
