import { isShareError } from '@sharekit/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type DecryptOptions, decryptOpenData, decryptShareInfo } from '../src';
import { APP_ID, encrypt, flipByte, shareErrorOf, stamped } from './helpers';

const bytes16 = fc.uint8Array({ minLength: 16, maxLength: 16 });
const payloads = fc.dictionary(fc.string(), fc.jsonValue()).map((data) => stamped(data));
/** What a JSON round trip makes of a payload (drops -0 and the like): the expected result. */
const viaJson = (value: unknown): unknown => JSON.parse(JSON.stringify(value));

/** Runs decrypt; a throw must be a ShareError, a return must equal `expected`. */
function decryptsToOrShareError(options: DecryptOptions, expected: unknown, codes?: string[]): void {
  let result: unknown;
  try {
    result = decryptOpenData(options);
  } catch (error) {
    if (!isShareError(error)) throw new Error(`raw error escaped: ${String(error)}`);
    if (codes) expect(codes).toContain(error.code);
    return;
  }
  expect(result).toEqual(expected);
}

describe('decryptOpenData properties', () => {
  it('random JSON payloads, keys and ivs round-trip', () => {
    fc.assert(
      fc.property(payloads, bytes16, bytes16, (payload, key, iv) => {
        const vector = encrypt(JSON.stringify(payload), key, iv);
        expect(decryptOpenData({ appId: APP_ID, ...vector })).toEqual(viaJson(payload));
      }),
    );
  });

  // AES-CBC has no MAC: a flipped ciphertext byte garbles its whole plaintext block. That block
  // would have to come out as valid UTF-8 that keeps the JSON valid (for a block inside a string,
  // about 1 in 10^6), so "ShareError or equal" holds in practice, not in theory.
  it('a flipped ciphertext byte yields a ShareError (or, in theory, an equal object), never a raw error', () => {
    fc.assert(
      fc.property(payloads, bytes16, bytes16, fc.nat(), fc.integer({ min: 1, max: 255 }), (payload, key, iv, at, mask) => {
        const vector = encrypt(JSON.stringify(payload), key, iv);
        const length = Buffer.from(vector.encryptedData, 'base64').length;
        const encryptedData = flipByte(vector.encryptedData, at % length, mask);
        decryptsToOrShareError({ appId: APP_ID, ...vector, encryptedData }, viaJson(payload), [
          'decrypt-failed',
          'watermark-mismatch',
        ]);
      }),
    );
  });

  const edits = fc.record({ at: fc.nat(), cut: fc.nat({ max: 3 }), insert: fc.string({ maxLength: 3 }) });
  const edit = (value: string, { at, cut, insert }: { at: number; cut: number; insert: string }) => {
    const position = at % (value.length + 1);
    return value.slice(0, position) + insert + value.slice(position + cut);
  };

  it('any edit of the sessionKey or encryptedData string yields a ShareError or the same object', () => {
    const fields = fc.constantFrom('sessionKey', 'encryptedData') as fc.Arbitrary<'sessionKey' | 'encryptedData'>;
    fc.assert(
      fc.property(payloads, fields, edits, (payload, field, change) => {
        const options: DecryptOptions = { appId: APP_ID, ...encrypt(JSON.stringify(payload)) };
        decryptsToOrShareError({ ...options, [field]: edit(options[field], change) }, viaJson(payload));
      }),
    );
  });

  it('arbitrary option values yield a ShareError, never a raw error', () => {
    const field = <T>(valid: fc.Arbitrary<T>) => fc.oneof(valid, fc.anything(), fc.base64String({ maxLength: 40 }));
    const base64Of = (arbitrary: fc.Arbitrary<Uint8Array>) => arbitrary.map((b) => Buffer.from(b).toString('base64'));
    fc.assert(
      fc.property(
        fc.record({
          appId: field(fc.constant(APP_ID)),
          sessionKey: field(base64Of(bytes16)),
          iv: field(base64Of(bytes16)),
          encryptedData: field(base64Of(fc.uint8Array({ minLength: 16, maxLength: 64 }))),
          maxAgeSeconds: fc.oneof(fc.constant(undefined), fc.double(), fc.anything()),
          now: fc.oneof(fc.constant(undefined), fc.date(), fc.double(), fc.anything()),
        }),
        (options) => {
          shareErrorOf(() => decryptOpenData(options as unknown as DecryptOptions));
        },
      ),
    );
  });

  // Not "or the same object": an edited iv changes the first plaintext block predictably (see below).
  it('an edited iv string or a flipped iv byte never yields a raw error', () => {
    const ivs = fc.oneof(
      edits.map((change) => (iv: string) => edit(iv, change)),
      fc.tuple(fc.nat({ max: 15 }), fc.integer({ min: 1, max: 255 })).map(([at, mask]) => (iv: string) => flipByte(iv, at, mask)),
    );
    fc.assert(
      fc.property(payloads, ivs, (payload, change) => {
        const options: DecryptOptions = { appId: APP_ID, ...encrypt(JSON.stringify(payload)) };
        try {
          decryptOpenData({ ...options, iv: change(options.iv) });
        } catch (error) {
          if (!isShareError(error)) throw new Error(`raw error escaped: ${String(error)}`);
        }
      }),
    );
  });
});

describe('what the watermark does not protect', () => {
  // Documented in the README: whoever supplies iv controls the first 16 plaintext bytes bit by
  // bit (CBC malleability), and WeChat's format has no MAC to catch it. This pins that down.
  it('an edited iv can change the start of the plaintext without any error', () => {
    const options: DecryptOptions = { appId: APP_ID, ...encrypt(JSON.stringify(stamped({ openGId: 'GAAA-rest' }))) };
    // '{"openGId":"GAAA': byte 13 is the first 'A'; 'A' ^ 0x03 === 'B'.
    const iv = flipByte(options.iv, 13, 'A'.charCodeAt(0) ^ 'B'.charCodeAt(0));
    expect(decryptShareInfo({ ...options, iv }).openGId).toBe('GBAA-rest');
  });
});
