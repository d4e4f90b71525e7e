import { createCipheriv } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type DecryptOptions, decryptGroupEnterInfo, decryptOpenData, decryptShareInfo } from '../src';
import { APP_ID, encrypt, shareErrorOf, stamped } from './helpers';

// A server that hands the error back to the client must not become a CBC padding oracle: bad
// padding, bad UTF-8, bad JSON, a non-object, a missing watermark or id must all look the same.

const bytes16 = fc.uint8Array({ minLength: 16, maxLength: 16 });
const base64 = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64');
const decrypts = [
  ['decryptOpenData', decryptOpenData],
  ['decryptShareInfo', decryptShareInfo],
  ['decryptGroupEnterInfo', decryptGroupEnterInfo],
] as const;

/**
 * Everything a caller could see of an error, as one string: every own property but the stack,
 * and the stack's frames inside the package (one throw site: not even a line number differs).
 */
function fingerprint(error: Error): string {
  const fields: Record<string, unknown> = {};
  for (const key of Object.getOwnPropertyNames(error)) {
    if (key !== 'stack') fields[key] = (error as unknown as Record<string, unknown>)[key];
  }
  const frames = error.stack?.split('\n').filter((line) => line.includes('/src/'));
  return JSON.stringify({ name: error.name, fields, symbols: Object.getOwnPropertySymbols(error).length, frames });
}

/** Encrypts raw bytes with valid PKCS#7 padding under `key` and `iv`. */
function wellPadded(plaintext: Uint8Array, key: Uint8Array, iv: Uint8Array): DecryptOptions {
  const cipher = createCipheriv('aes-128-cbc', key, iv);
  const data = Buffer.concat([cipher.update(plaintext), cipher.final()]);
  return { appId: APP_ID, sessionKey: base64(key), iv: base64(iv), encryptedData: data.toString('base64') };
}

/** The error for a well-padded plaintext that is not JSON, which every other failure must equal. */
function referenceOf(decrypt: (options: DecryptOptions) => unknown): string {
  const options = wellPadded(Buffer.from('x'), Buffer.alloc(16, 1), Buffer.alloc(16, 2));
  return fingerprint(shareErrorOf(() => decrypt(options), 'decrypt-failed'));
}

// What decrypts fine but is not open data: every kind must fail like bad padding does.
const notOpenData = fc.oneof(
  fc.uint8Array({ minLength: 0, maxLength: 80 }),
  fc.string({ maxLength: 60 }).map((s) => Buffer.from(s)),
  fc.jsonValue().map((v) => Buffer.from(JSON.stringify(v) ?? 'null')),
  fc.constantFrom(
    'not json: SECRET',
    '[{"watermark":{"appid":"x","timestamp":1}}]',
    '{"openGId":"G"}',
    '{"watermark":null}',
    '{"watermark":{"appid":1,"timestamp":1}}',
  ).map((s) => Buffer.from(s)),
);

describe('no padding oracle: every failure before a well-formed, watermarked plaintext is one identical error', () => {
  for (const [name, decrypt] of decrypts) {
    const reference = referenceOf(decrypt);

    it(`${name}: random ciphertexts under a random key (mostly bad padding)`, () => {
      fc.assert(
        fc.property(bytes16, bytes16, fc.uint8Array({ minLength: 16, maxLength: 96 }), (key, iv, raw) => {
          const data = raw.subarray(0, raw.length - (raw.length % 16));
          const options = { appId: APP_ID, sessionKey: base64(key), iv: base64(iv), encryptedData: base64(data) };
          expect(fingerprint(shareErrorOf(() => decrypt(options), 'decrypt-failed'))).toBe(reference);
        }),
      );
    });

    it(`${name}: well-padded plaintexts that are not open data`, () => {
      fc.assert(
        fc.property(notOpenData, bytes16, bytes16, (plaintext, key, iv) => {
          const error = shareErrorOf(() => decrypt(wellPadded(plaintext, key, iv)), 'decrypt-failed');
          expect(fingerprint(error)).toBe(reference);
        }),
      );
    });
  }

  it.each([
    ['no id', stamped({})],
    ['an id of the wrong type', stamped({ openGId: 7, opengid: 7 })],
    ['a chat_type of the wrong type', stamped({ opengid: '', chat_type: '3' })],
  ])('the share-info functions fail the same way for watermarked data with %s', (_name, payload) => {
    const options = { appId: APP_ID, ...encrypt(JSON.stringify(payload)) };
    expect(fingerprint(shareErrorOf(() => decryptShareInfo(options), 'decrypt-failed'))).toBe(referenceOf(decryptShareInfo));
    expect(fingerprint(shareErrorOf(() => decryptGroupEnterInfo(options), 'decrypt-failed'))).toBe(referenceOf(decryptGroupEnterInfo));
  });

  it('the fingerprint tells different messages apart (the check is not vacuous)', () => {
    const bad = shareErrorOf(() => decryptOpenData({ appId: APP_ID, ...encrypt('x'), iv: 'short' }), 'invalid-input');
    const failed = shareErrorOf(() => decryptOpenData(wellPadded(Buffer.from('x'), Buffer.alloc(16), Buffer.alloc(16))), 'decrypt-failed');
    expect(fingerprint(bad)).not.toBe(fingerprint(failed));
  });

  it('the fingerprint tells apart two decrypt-failed errors that differ only in message or throw site', () => {
    const failed = shareErrorOf(() => decryptOpenData(wellPadded(Buffer.from('x'), Buffer.alloc(16), Buffer.alloc(16))), 'decrypt-failed');
    // The same error with one own property replaced: same class, same code, same everything else.
    const copy = (patch: { message?: string; stack?: string }) => {
      const descriptors = Object.getOwnPropertyDescriptors(failed);
      for (const [key, value] of Object.entries(patch)) descriptors[key] = { ...descriptors[key], value };
      return Object.create(Object.getPrototypeOf(failed), descriptors) as Error;
    };
    expect(fingerprint(copy({}))).toBe(fingerprint(failed));
    expect(fingerprint(copy({ message: `${failed.message} (bad padding)` }))).not.toBe(fingerprint(failed));
    // Thrown one line further down in the package's source.
    const otherLine = failed.stack!.replace(/(\/src\/[^:\s]+:)(\d+)/, (_, file: string, line: string) => `${file}${Number(line) + 1}`);
    expect(otherLine).not.toBe(failed.stack);
    expect(fingerprint(copy({ stack: otherLine }))).not.toBe(fingerprint(failed));
  });
});
