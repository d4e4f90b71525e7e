import { createCipheriv } from 'node:crypto';
import { inspect } from 'node:util';
import { isShareError } from '@sharekit/core';
import type { DecryptOptions } from '../src';

// The encrypt side lives here, not in the package: a server only ever decrypts.

export const APP_ID = 'wx0123456789abcdef';
/** Fixed so failures reproduce; tests that want many keys draw them from fast-check. */
export const KEY = Buffer.from('000102030405060708090a0b0c0d0e0f', 'hex');
export const IV = Buffer.from('f0e1d2c3b4a5968778695a4b3c2d1e0f', 'hex');

export interface Vector {
  sessionKey: string;
  iv: string;
  encryptedData: string;
}

/** AES-128-CBC with PKCS#7, as WeChat encrypts open data. */
export function encrypt(plaintext: string | Uint8Array, key: Uint8Array = KEY, iv: Uint8Array = IV): Vector {
  const cipher = createCipheriv('aes-128-cbc', key, iv);
  const data = Buffer.concat([cipher.update(plaintext), cipher.final()]);
  return {
    sessionKey: Buffer.from(key).toString('base64'),
    iv: Buffer.from(iv).toString('base64'),
    encryptedData: data.toString('base64'),
  };
}

/** The one message of every `decrypt-failed` (bad key, padding, JSON, kind): no padding oracle. */
export const NOT_OPEN_DATA =
  'decrypt-failed: encryptedData and iv did not decrypt to the expected WeChat open data with this sessionKey. ' +
  'Usually the session key is stale (each wx.login replaces it): log in again (wx.login + ' +
  'code2Session), then request the data again. Otherwise check that encryptedData and iv come ' +
  'from the same wx call, unaltered, and that getShareInfo data goes to decryptShareInfo and ' +
  'getGroupEnterInfo data to decryptGroupEnterInfo';

export const nowSeconds = (): number => Math.floor(Date.now() / 1000);

/** A payload with a watermark for APP_ID stamped now, unless overridden. */
export function stamped<T extends object>(
  data: T,
  watermark: { appid?: string; timestamp?: number } = {},
): T & { watermark: { appid: string; timestamp: number } } {
  return { ...data, watermark: { appid: APP_ID, timestamp: nowSeconds(), ...watermark } };
}

/** Options for decrypting `payload` (JSON-encoded) with the fixed key and iv. */
export function optionsFor(payload: unknown, extra: Partial<DecryptOptions> = {}): DecryptOptions {
  return { appId: APP_ID, ...encrypt(JSON.stringify(payload)), ...extra };
}

/** Runs fn and returns what it threw; fails the test when it returns. */
export function thrown(fn: () => unknown): unknown {
  try {
    fn();
  } catch (error) {
    return error;
  }
  throw new Error('expected a throw, got a return');
}

/** The ShareError fn threw, checked to carry `code` when given. */
export function shareErrorOf(fn: () => unknown, code?: string): Error & { code: string } {
  const error = thrown(fn);
  if (!isShareError(error, code)) {
    throw new Error(`expected ShareError ${code ?? '(any code)'}, got ${String(error)}`);
  }
  return error;
}

/** Flips bits of one byte of a base64 string's decoded bytes. */
export function flipByte(base64: string, index: number, mask: number): string {
  const bytes = Buffer.from(base64, 'base64');
  bytes[index] = (bytes[index] ?? 0) ^ mask;
  return bytes.toString('base64');
}

/** Every string reachable from a thrown value: own properties (hidden and symbol-keyed ones too),
 *  causes, nested values, and what JSON.stringify, util.inspect and String make of it. */
export function everythingIn(value: unknown, seen = new Set<unknown>()): string[] {
  if (value === null || (typeof value !== 'object' && typeof value !== 'function')) return [String(value)];
  if (seen.has(value)) return [];
  seen.add(value);
  const out = [
    String(value),
    inspect(value, { depth: Number.POSITIVE_INFINITY, showHidden: true, getters: true }),
    JSON.stringify(value) ?? '',
    JSON.stringify(value, Object.getOwnPropertyNames(value)) ?? '',
  ];
  for (const key of Reflect.ownKeys(value)) {
    out.push(String(key));
    const descriptor = Object.getOwnPropertyDescriptor(value, key);
    const nested = descriptor?.get ? descriptor.get.call(value) : descriptor?.value;
    out.push(...everythingIn(nested, seen));
  }
  return out;
}
