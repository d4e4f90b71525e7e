import { randomBytes } from 'node:crypto';
import { isShareError } from '@sharekit/core';
import { describe, expect, it } from 'vitest';
import { type DecryptOptions, decryptGroupEnterInfo, decryptOpenData, decryptShareInfo } from '../src';
import { APP_ID, encrypt, everythingIn, flipByte, nowSeconds, stamped, thrown } from './helpers';

const KEY = randomBytes(16);
const OTHER_KEY = randomBytes(16);
const MARKER = 'PLAINTEXT-MARKER-7f3a9c';

/** Every spelling of the key a careless message, cause or log line could carry. */
function spellings(key: Buffer): string[] {
  const base64 = key.toString('base64');
  return [
    base64,
    base64.replace(/=+$/, ''),
    key.toString('base64url'),
    key.toString('hex'),
    key.toString('hex').toUpperCase(),
    key.toString('latin1'),
  ];
}

interface Case {
  name: string;
  run: () => unknown;
  /** Strings that must appear nowhere. */
  secrets: string[];
}

function caseList(): Case[] {
  const keySecrets = spellings(KEY);
  const base = (payload: unknown, key: Buffer = KEY): DecryptOptions => ({
    appId: APP_ID,
    ...encrypt(JSON.stringify(payload), key),
    sessionKey: KEY.toString('base64'),
  });
  const good = base(stamped({ openGId: MARKER, note: MARKER }));
  const keyB64 = KEY.toString('base64');
  const cases: Case[] = [];
  const add = (name: string, run: () => unknown, extra: string[] = []) =>
    cases.push({ name, run, secrets: [...keySecrets, MARKER, ...extra] });

  add('wrong session key', () => decryptOpenData(base(stamped({ note: MARKER }), OTHER_KEY)), spellings(OTHER_KEY));
  for (const at of [0, 17, 40]) {
    add(`tampered byte ${at}`, () => decryptOpenData({ ...good, encryptedData: flipByte(good.encryptedData, at, 0x10) }));
  }
  add('wrong iv', () => decryptOpenData({ ...good, iv: Buffer.alloc(16, 7).toString('base64') }));
  add('non-JSON plaintext', () => decryptOpenData({ appId: APP_ID, ...encrypt(`${MARKER} not json`, KEY) }));
  add('invalid UTF-8 plaintext', () =>
    decryptOpenData({ appId: APP_ID, ...encrypt(Buffer.from([0xff, ...Buffer.from(MARKER)]), KEY) }),
  );
  add('JSON array', () => decryptOpenData(base([MARKER])));
  add('JSON string', () => decryptOpenData(base(MARKER)));
  add('missing watermark', () => decryptOpenData(base({ note: MARKER })));
  add('watermark with a bad timestamp', () => decryptOpenData(base({ note: MARKER, watermark: { appid: APP_ID, timestamp: MARKER } })));
  add('other appid', () => decryptOpenData(base(stamped({ note: MARKER }, { appid: 'wxOther' }))));
  add('stale', () => decryptOpenData({ ...base(stamped({ note: MARKER }, { timestamp: 1 })), maxAgeSeconds: 60 }));
  add('future', () => decryptOpenData({ ...base(stamped({ note: MARKER }, { timestamp: nowSeconds() + 3600 })), maxAgeSeconds: 60 }));
  add('share info without openGId', () => decryptShareInfo(base(stamped({ note: MARKER }))));
  add('share info with a numeric openGId', () => decryptShareInfo(base(stamped({ openGId: 1, note: MARKER }))));
  add('group enter info without ids', () => decryptGroupEnterInfo(base(stamped({ group_openid: MARKER }))));
  add('group enter info with a bad chat_type', () => decryptGroupEnterInfo(base(stamped({ opengid: 'G', chat_type: MARKER }))));
  add('bad appId', () => decryptOpenData({ ...good, appId: '' }));
  add('bad iv', () => decryptOpenData({ ...good, iv: 'AAAA' }));
  add('bad encryptedData', () => decryptOpenData({ ...good, encryptedData: `${good.encryptedData}=` }));
  add('bad maxAgeSeconds', () => decryptOpenData({ ...good, maxAgeSeconds: -1 }));
  add('bad now', () => decryptOpenData({ ...good, now: new Date(Number.NaN) }));
  add('throwing getter', () =>
    decryptOpenData(
      Object.defineProperty({ ...good }, 'iv', {
        get() {
          throw new Error(`${keyB64} ${MARKER}`);
        },
      }),
    ),
  );
  // A malformed key is still a key: neither it nor the key it nearly is may appear.
  const malformed = [
    ['key with a space', keyB64.replace(/\+|^./, ' ')],
    ['key as base64url', KEY.toString('base64url')],
    ['key truncated', keyB64.slice(0, -3)],
    ['key with a newline', `${keyB64.slice(0, 10)}\n${keyB64.slice(10)}`],
    ['key with a trailing character', `${keyB64}A`],
    ['key non-canonical', `${keyB64.slice(0, 21)}${keyB64[21] === '/' ? '+' : '/'}==`],
    ['key of 24 bytes', Buffer.concat([KEY, KEY.subarray(0, 8)]).toString('base64')],
    ['key as hex', KEY.toString('hex')],
  ];
  for (const [name, sessionKey] of malformed) {
    add(name as string, () => decryptOpenData({ ...good, sessionKey: sessionKey as string }), [sessionKey as string]);
  }
  return cases;
}

/** Windows of a secret: a partial leak counts too. */
function windows(secret: string, size = 8): string[] {
  if (secret.length <= size) return [secret];
  return Array.from({ length: secret.length - size + 1 }, (_, i) => secret.slice(i, i + size));
}

describe('no error carries the session key or the plaintext', () => {
  it.each(caseList().map((c) => [c.name, c] as const))('%s', (_name, { run, secrets }) => {
    const error = thrown(run);
    expect(isShareError(error)).toBe(true);
    expect((error as Error).cause).toBeUndefined();
    const haystack = everythingIn(error).join('\n');
    expect(haystack).toContain((error as Error).message);
    for (const secret of secrets) {
      for (const part of windows(secret)) {
        if (haystack.includes(part)) {
          throw new Error(`leaked ${JSON.stringify(part)} of a secret in:\n${haystack.slice(0, 2000)}`);
        }
      }
    }
  });

  it('the search finds a key that does leak (the check is not vacuous)', () => {
    const leaky = new Error('boom', { cause: { nested: [{ key: KEY.toString('hex') }] } });
    const haystack = everythingIn(leaky).join('\n');
    expect(haystack).toContain(KEY.toString('hex'));
    const hidden = new Error('boom');
    Object.defineProperty(hidden, Symbol('secret'), { value: KEY.toString('base64'), enumerable: false });
    expect(everythingIn(hidden).join('\n')).toContain(KEY.toString('base64'));
  });
});
