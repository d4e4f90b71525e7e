import { randomBytes } from 'node:crypto';
import { ShareError } from '@sharekit/core';
import { describe, expect, it } from 'vitest';
import { type DecryptOptions, decryptOpenData } from '../src';
import { APP_ID, encrypt, flipByte, IV, KEY, NOT_OPEN_DATA, nowSeconds, optionsFor, shareErrorOf, stamped } from './helpers';

describe('decryptOpenData: round trips', () => {
  it('returns the encrypted object, watermark included', () => {
    const payload = stamped({ openGId: 'GAbc', nested: { list: [1, 'two', null, true] }, text: '群聊 ✓ "quoted"' });
    expect(decryptOpenData(optionsFor(payload))).toEqual(payload);
  });

  it('round-trips with a random key and iv, for payloads of 0, 1 and many blocks of padding', () => {
    for (const size of [0, 1, 15, 16, 17, 1000]) {
      const payload = stamped({ filler: 'x'.repeat(size) });
      const vector = encrypt(JSON.stringify(payload), randomBytes(16), randomBytes(16));
      expect(decryptOpenData({ appId: APP_ID, ...vector })).toEqual(payload);
    }
  });

  it('decrypts the sample vector of WeChat\'s documentation (known answer, not our own encryption)', () => {
    const data = decryptOpenData<{ openId: string; nickName: string }>({
      appId: 'wx4f4bc4dec97d474b',
      sessionKey: 'tiihtNczf5v6AKRyjwEUhQ==',
      iv: 'r7BXXKkLb8qrSNn05n0qiA==',
      encryptedData:
        'CiyLU1Aw2KjvrjMdj8YKliAjtP4gsMZMQmRzooG2xrDcvSnxIMXFufNstNGTyaGS9uT5geRa0W4oTOb1WT7fJlAC+oNPdbB+3hVbJSRgv+4lGOETKUQz6OYStslQ142dNCuabNPGBzlooOmB231qMM85d2/fV6ChevvXvQP8Hkue1poOFtnEtpyxVLW1zAo6/1Xx1COxFvrc2d7UL/lmHInNlxuacJXwu0fjpXfz/YqYzBIBzD6WUfTIF9GRHpOn/Hz7saL8xz+W//FRAUid1OksQaQx4CMs8LOddcQhULW4ucetDf96JcR3g0gfRK4PC7E/r7Z6xNrXd2UIeorGj5Ef7b1pJAYB6Y5anaHqZ9J6nKEBvB4DnNLIVWSgARns/8wR2SiRS7MNACwTyrGvt9ts8p12PKFdlqYTopNHR1Vf7XjfhQlVsAJdNiKdYmYVoKlaRv85IfVunYzO0IKXsyl7JCUjCpoG20f0a04COwfneQAGGwd5oa+T8yO5hzuyDb/XcxxmK01EpqOyuxINew==',
    });
    expect(data.openId).toBe('oGZUI0egBJY1zhBYw2KhdUfwVJJE');
    expect(data.nickName).toBe('Band');
    expect(data.watermark).toEqual({ appid: 'wx4f4bc4dec97d474b', timestamp: 1477314187 });
  });
});

describe('decryptOpenData: wrong key, iv or data -> decrypt-failed', () => {
  const payload = stamped({ openGId: 'GSecretGroupId', filler: 'y'.repeat(40) });
  const good = optionsFor(payload);
  const blocks = Buffer.from(good.encryptedData, 'base64').length / 16;

  it.each([
    ['a tampered first block', 0],
    ['a tampered middle block', 16 * Math.floor(blocks / 2) + 3],
    ['a tampered last block (padding)', 16 * blocks - 1],
  ])('%s', (_name, index) => {
    const error = shareErrorOf(
      () => decryptOpenData({ ...good, encryptedData: flipByte(good.encryptedData, index, 0x55) }),
      'decrypt-failed',
    );
    expect(error).toBeInstanceOf(ShareError);
    expect(error.message).toMatch(/^decrypt-failed: /);
  });

  it('a wrong session key', () => {
    const wrongKey = Buffer.from(KEY.map((byte) => byte ^ 0x80)).toString('base64');
    const error = shareErrorOf(() => decryptOpenData({ ...good, sessionKey: wrongKey }), 'decrypt-failed');
    expect(error.message).toBe(NOT_OPEN_DATA);
    expect(error.message).toMatch(/log in again/i);
    expect(error.cause).toBeUndefined();
  });

  it('a wrong iv (garbles the first block)', () => {
    const wrongIv = Buffer.from(IV.map((byte) => byte ^ 0xff)).toString('base64');
    shareErrorOf(() => decryptOpenData({ ...good, iv: wrongIv }), 'decrypt-failed');
  });

  it('a dropped last block (valid base64, unpadded plaintext)', () => {
    const bytes = Buffer.from(good.encryptedData, 'base64');
    const truncated = bytes.subarray(0, bytes.length - 16).toString('base64');
    shareErrorOf(() => decryptOpenData({ ...good, encryptedData: truncated }), 'decrypt-failed');
  });

  it('plaintext that is not JSON, without quoting it', () => {
    const error = shareErrorOf(
      () => decryptOpenData({ appId: APP_ID, ...encrypt('not json: SECRET-PLAINTEXT') }),
      'decrypt-failed',
    );
    expect(error.message).toBe(NOT_OPEN_DATA);
    expect(error.message).not.toMatch(/SECRET|not json:/);
    expect(error.cause).toBeUndefined();
  });

  it('plaintext that is not UTF-8, even when it would parse once repaired', () => {
    // A lenient decoder would turn 0xc3 0x28 into "\ufffd(" and accept this watermarked object.
    const [head, tail] = JSON.stringify(stamped({ a: '@' })).split('@') as [string, string];
    const bytes = Buffer.concat([Buffer.from(head), Buffer.from([0xc3, 0x28]), Buffer.from(tail)]);
    const error = shareErrorOf(() => decryptOpenData({ appId: APP_ID, ...encrypt(bytes) }), 'decrypt-failed');
    expect(error.message).toBe(NOT_OPEN_DATA);
  });

  it.each([
    ['an array', [stamped({})]],
    ['a string', 'openGId'],
    ['a number', 42],
    ['null', null],
  ])('JSON that is %s, not an object', (_name, value) => {
    const error = shareErrorOf(() => decryptOpenData(optionsFor(value)), 'decrypt-failed');
    expect(error.message).toBe(NOT_OPEN_DATA);
  });

  it.each([
    ['missing', { openGId: 'G' }],
    ['null', { watermark: null }],
    ['an array', { watermark: [] }],
    ['without appid', { watermark: { timestamp: nowSeconds() } }],
    ['with a numeric appid', { watermark: { appid: 1, timestamp: nowSeconds() } }],
    ['with a string timestamp', { watermark: { appid: APP_ID, timestamp: String(nowSeconds()) } }],
    ['with a NaN-like timestamp', { watermark: { appid: APP_ID, timestamp: null } }],
  ])('a watermark that is %s', (_name, payload) => {
    const error = shareErrorOf(() => decryptOpenData(optionsFor(payload)), 'decrypt-failed');
    expect(error.message).toBe(NOT_OPEN_DATA);
  });
});

describe('decryptOpenData: watermark checks', () => {
  it('rejects data for another appid with watermark-mismatch, without naming that AppID', () => {
    const error = shareErrorOf(
      () => decryptOpenData(optionsFor(stamped({}, { appid: 'wxOtherApp' }))),
      'watermark-mismatch',
    );
    // The AppID inside is decrypted content: only the caller's own appId is named.
    expect(error.message).not.toContain('wxOtherApp');
    expect(error.message).toContain(`"${APP_ID}"`);
  });

  it('compares the appid exactly (case matters)', () => {
    shareErrorOf(() => decryptOpenData(optionsFor(stamped({}, { appid: APP_ID.toUpperCase() }))), 'watermark-mismatch');
  });

  const now = Date.UTC(2024, 0, 1, 12);
  const at = (secondsAgo: number, extra: Partial<DecryptOptions> = {}) =>
    optionsFor(stamped({}, { timestamp: now / 1000 - secondsAgo }), { maxAgeSeconds: 300, now, ...extra });

  it('accepts data up to exactly maxAgeSeconds old', () => {
    expect(decryptOpenData(at(0)).watermark.timestamp).toBe(now / 1000);
    expect(() => decryptOpenData(at(300))).not.toThrow();
  });

  it('rejects stale data with expired', () => {
    const error = shareErrorOf(() => decryptOpenData(at(301)), 'expired');
    expect(error.message).toContain('older than maxAgeSeconds (300 s)');
    // The age would give away the decrypted timestamp.
    expect(error.message).not.toMatch(/301/);
  });

  it('takes now as a Date too', () => {
    shareErrorOf(() => decryptOpenData(at(301, { now: new Date(now) })), 'expired');
    expect(() => decryptOpenData(at(299, { now: new Date(now) }))).not.toThrow();
  });

  it('uses Date.now() when now is absent', () => {
    expect(() => decryptOpenData(optionsFor(stamped({}), { maxAgeSeconds: 60 }))).not.toThrow();
    shareErrorOf(
      () => decryptOpenData(optionsFor(stamped({}, { timestamp: nowSeconds() - 120 }), { maxAgeSeconds: 60 })),
      'expired',
    );
  });

  it('rejects a watermark more than clockSkewSeconds (default 60) in the future', () => {
    expect(() => decryptOpenData(at(-60))).not.toThrow();
    const error = shareErrorOf(() => decryptOpenData(at(-61)), 'expired');
    expect(error.message).toContain('more than clockSkewSeconds (60 s) in the future');
    expect(error.message).not.toMatch(/61/);
    shareErrorOf(() => decryptOpenData(at(-1, { clockSkewSeconds: 0 })), 'expired');
    expect(() => decryptOpenData(at(-600, { clockSkewSeconds: 600 }))).not.toThrow();
  });

  it('catches now passed in seconds instead of milliseconds: invalid-input with a hint', () => {
    const error = shareErrorOf(() => decryptOpenData(at(0, { now: now / 1000 })), 'invalid-input');
    expect(error.message).toMatch(/^invalid-input: now .*got 1704110400.*seconds.*milliseconds/);
  });

  it('validates now whenever it is given, without maxAgeSeconds too', () => {
    const plain = optionsFor(stamped({}));
    for (const bad of [now / 1000, new Date(now / 1000), 0, -1, 1e11, 1e14, now * 1000, Number.NaN, new Date('nope')]) {
      const error = shareErrorOf(() => decryptOpenData({ ...plain, now: bad }), 'invalid-input');
      expect(error.message, String(bad)).toMatch(/^invalid-input: now /);
    }
    expect(shareErrorOf(() => decryptOpenData({ ...plain, now: now / 1000 }), 'invalid-input').message).toMatch(/seconds/);
    expect(shareErrorOf(() => decryptOpenData({ ...plain, now: now * 1000 }), 'invalid-input').message).toMatch(/microseconds/);
    // Plausible milliseconds, and any valid Date of them, pass: 1973 to 5138.
    for (const good of [now, new Date(now), Date.now(), new Date(), 1e11 + 1, 1e14 - 1]) {
      expect(() => decryptOpenData({ ...plain, now: good }), String(good)).not.toThrow();
    }
  });

  it('checks no time at all without maxAgeSeconds', () => {
    expect(() => decryptOpenData(optionsFor(stamped({}, { timestamp: 1 })))).not.toThrow();
    expect(() => decryptOpenData(optionsFor(stamped({}, { timestamp: 4e9 })))).not.toThrow();
  });
});

describe('decryptOpenData: invalid-input names the field', () => {
  const good = optionsFor(stamped({ openGId: 'G' }));
  const cases: [string, Partial<Record<keyof DecryptOptions, unknown>>, RegExp][] = [
    ['appId empty', { appId: '' }, /^invalid-input: appId .*got an empty string/],
    ['appId missing', { appId: undefined }, /^invalid-input: appId .*got an undefined/],
    ['sessionKey not a string', { sessionKey: 42 }, /^invalid-input: sessionKey must be a base64 string \(got a number\)/],
    ['sessionKey with a space', { sessionKey: good.sessionKey.replace(/^./, ' ') }, /^invalid-input: sessionKey .*space/],
    ['sessionKey base64url', { sessionKey: 'AAECAwQFBgcICQoLDA0ODw-_' }, /^invalid-input: sessionKey .*base64url/],
    ['sessionKey truncated', { sessionKey: good.sessionKey.slice(0, -2) }, /^invalid-input: sessionKey .*multiple of 4/],
    ['sessionKey of 24 bytes', { sessionKey: Buffer.alloc(24).toString('base64') }, /^invalid-input: sessionKey must decode to 16 bytes \(got 24\)/],
    ['iv empty', { iv: '' }, /^invalid-input: iv is not valid base64: it is empty/],
    ['iv of 12 bytes', { iv: Buffer.alloc(12).toString('base64') }, /^invalid-input: iv must decode to 16 bytes \(got 12\)/],
    ['iv with a bad character', { iv: `${good.iv.slice(0, -3)}*==` }, /^invalid-input: iv .*outside the base64 alphabet/],
    ['encryptedData null', { encryptedData: null }, /^invalid-input: encryptedData must be a base64 string \(got null\)/],
    ['encryptedData truncated', { encryptedData: good.encryptedData.slice(0, -1) }, /^invalid-input: encryptedData .*truncated/],
    ['encryptedData with a newline', { encryptedData: `${good.encryptedData.slice(0, 8)}\n${good.encryptedData.slice(8)}` }, /^invalid-input: encryptedData .*whitespace/],
    ['encryptedData not whole blocks', { encryptedData: Buffer.alloc(20).toString('base64') }, /^invalid-input: encryptedData must decode to a multiple of 16 bytes/],
    ['maxAgeSeconds negative', { maxAgeSeconds: -1 }, /^invalid-input: maxAgeSeconds .*got -1/],
    ['maxAgeSeconds NaN', { maxAgeSeconds: Number.NaN }, /^invalid-input: maxAgeSeconds .*got NaN/],
    ['maxAgeSeconds a string', { maxAgeSeconds: '300' }, /^invalid-input: maxAgeSeconds .*got a string/],
    ['clockSkewSeconds Infinity', { clockSkewSeconds: Number.POSITIVE_INFINITY }, /^invalid-input: clockSkewSeconds/],
    ['now an invalid Date', { now: new Date('nope') }, /^invalid-input: now .*got an invalid Date/],
    ['now a string', { now: '2024-01-01' }, /^invalid-input: now .*got a string/],
  ];

  it.each(cases)('%s', (_name, patch, message) => {
    const error = shareErrorOf(() => decryptOpenData({ ...good, ...patch } as DecryptOptions), 'invalid-input');
    expect(error.message).toMatch(message);
  });

  it.each(['appId', 'sessionKey', 'iv', 'encryptedData', 'maxAgeSeconds', 'clockSkewSeconds', 'now'])(
    'an options object whose %s getter throws: invalid-input naming it, without the thrown error',
    (field) => {
      const options = { ...good };
      Object.defineProperty(options, field, {
        enumerable: true,
        get() {
          throw new Error(`getter of ${field}: ${good.sessionKey}`);
        },
      });
      const error = shareErrorOf(() => decryptOpenData(options), 'invalid-input');
      expect(error.message).toMatch(new RegExp(`^invalid-input: ${field} could not be read`));
      expect(error.message).not.toContain(good.sessionKey);
      expect(error.cause).toBeUndefined();
    },
  );

  it('hostile proxies and fake Dates are invalid-input, never a raw error', () => {
    const throwing = new Proxy({}, { get: () => { throw new Error('trap'); }, getPrototypeOf: () => { throw new Error('trap'); } });
    const revocable = Proxy.revocable({}, {});
    revocable.revoke();
    const hostile: unknown[] = [
      new Proxy(good, { get: () => { throw new Error('trap'); } }),
      revocable.proxy,
      { ...good, now: Object.create(Date.prototype) },
      { ...good, now: throwing },
      { ...good, appId: revocable.proxy },
      { ...good, sessionKey: throwing },
      { ...good, maxAgeSeconds: revocable.proxy },
    ];
    for (const options of hostile) {
      const error = shareErrorOf(() => decryptOpenData(options as DecryptOptions), 'invalid-input');
      expect(error.cause).toBeUndefined();
    }
  });

  it('rejects a missing options object', () => {
    shareErrorOf(() => decryptOpenData(undefined as unknown as DecryptOptions), 'invalid-input');
    shareErrorOf(() => decryptOpenData(null as unknown as DecryptOptions), 'invalid-input');
  });

  it('validates every input before decrypting (a bad maxAgeSeconds wins over a wrong key)', () => {
    const wrongKey = Buffer.alloc(16).toString('base64');
    shareErrorOf(() => decryptOpenData({ ...good, sessionKey: wrongKey, maxAgeSeconds: -5 }), 'invalid-input');
  });
});
