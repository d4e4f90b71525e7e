/// <reference types="node" />
// This subpath is Node-only: it encrypts open data for real, with node:crypto.
import { createCipheriv, createDecipheriv, createHash, randomBytes, randomUUID } from 'node:crypto';
import { ShareError } from '@sharekit/core';

/** The session key used when none is given: base64 of the 16 ASCII bytes `sharekit-sim-key`. */
export const DEFAULT_SESSION_KEY = 'c2hhcmVraXQtc2ltLWtleQ==';

const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

/**
 * Decodes a `session_key`: strict standard base64 of exactly 16 bytes (an AES-128 key).
 * Throws a ShareError `invalid-argument` otherwise, without quoting the key.
 */
export function decodeSessionKey(sessionKey: unknown): Uint8Array {
  if (typeof sessionKey !== 'string' || !BASE64.test(sessionKey)) {
    throw new ShareError('invalid-argument', 'sessionKey must be standard base64 (16 bytes, 24 characters with "==")');
  }
  const bytes = Buffer.from(sessionKey, 'base64');
  if (bytes.length !== 16 || bytes.toString('base64') !== sessionKey) {
    throw new ShareError('invalid-argument', `sessionKey must decode to 16 bytes (got ${bytes.length})`);
  }
  return new Uint8Array(bytes);
}

/** Encrypted open data as WeChat hands it to the mini program. */
export interface EncryptedOpenData {
  encryptedData: string;
  iv: string;
}

/**
 * WeChat's open-data encryption: JSON, AES-128-CBC, PKCS#7 padding (node's default), key = the
 * session key, a fresh random 16-byte IV per call; ciphertext and IV base64.
 */
export function encryptOpenData(key: Uint8Array, data: unknown): EncryptedOpenData {
  const iv = randomBytes(16);
  const cipher = createCipheriv('aes-128-cbc', key, iv);
  const encrypted = Buffer.concat([cipher.update(JSON.stringify(data), 'utf8'), cipher.final()]);
  return { encryptedData: encrypted.toString('base64'), iv: iv.toString('base64') };
}

/**
 * The reverse, for tests that want the plaintext without `@sharekit/server`. No watermark check:
 * that is the server's job.
 */
export function decryptSimulatedData(options: { sessionKey: string; encryptedData: string; iv: string }): unknown {
  const key = decodeSessionKey(options.sessionKey);
  try {
    const decipher = createDecipheriv('aes-128-cbc', key, Buffer.from(options.iv, 'base64'));
    const plain = Buffer.concat([decipher.update(Buffer.from(options.encryptedData, 'base64')), decipher.final()]);
    return JSON.parse(plain.toString('utf8'));
  } catch (cause) {
    throw new ShareError('decrypt-failed', 'encryptedData does not decrypt with this sessionKey and iv', { cause });
  }
}

/** A stable opaque id derived from its parts (same parts, same id), e.g. a user's group_openid. */
export function stableId(prefix: string, ...parts: string[]): string {
  const digest = createHash('sha256').update(parts.join('\u0000')).digest('base64url');
  return `${prefix}${digest.slice(0, 22)}`;
}

/** A fresh share ticket: WeChat's look like UUIDs. */
export function newTicket(): string {
  return randomUUID();
}

/** A fresh cloudID (opaque to the app; only cloud functions resolve it). */
export function newCloudId(): string {
  return `sim_${randomBytes(12).toString('hex')}`;
}
