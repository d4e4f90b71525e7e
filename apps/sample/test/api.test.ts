import { createCipheriv, randomBytes } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createSampleApi } from '../src/server/api';

const APP_ID = 'wx0123456789abcdef';
const KEY = randomBytes(16);
const IV = randomBytes(16);

let server: Server;
let base: string;

beforeAll(async () => {
  // The mini program bundle is loaded on first use only: /api/group-id does not need it.
  const api = createSampleApi({ appId: APP_ID, sessionKey: KEY.toString('base64'), miniprogramDir: '/nonexistent' });
  server = createServer((req, res) => void api.handle(req, res));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

async function groupId(encryptedData: Buffer, iv = IV): Promise<{ status: number; body: unknown }> {
  const res = await fetch(`${base}/api/group-id`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ encryptedData: encryptedData.toString('base64'), iv: iv.toString('base64') }),
  });
  return { status: res.status, body: await res.json() };
}

const encrypt = (plaintext: string | Buffer) => {
  const cipher = createCipheriv('aes-128-cbc', KEY, IV);
  return Buffer.concat([cipher.update(plaintext), cipher.final()]);
};

it('answers a decryption failure with its code only, the same for bad padding and for bad plaintext', async () => {
  const badPadding = await groupId(randomBytes(32));
  const notJson = await groupId(encrypt('not json at all'));
  const noGroup = await groupId(encrypt(JSON.stringify({ watermark: { appid: APP_ID, timestamp: Date.now() / 1000 } })));
  expect(badPadding).toEqual({ status: 400, body: { error: { code: 'decrypt-failed' } } });
  expect(notJson).toEqual(badPadding);
  expect(noGroup).toEqual(badPadding);
});

it('answers other ShareErrors with their code only too', async () => {
  const otherApp = await groupId(encrypt(JSON.stringify({ openGId: 'G', watermark: { appid: 'wxOther', timestamp: Date.now() / 1000 } })));
  expect(otherApp).toEqual({ status: 400, body: { error: { code: 'watermark-mismatch' } } });
  expect(await groupId(Buffer.alloc(16), Buffer.alloc(3))).toEqual({ status: 400, body: { error: { code: 'invalid-input' } } });
});

it('answers good share info with the group id', async () => {
  const data = encrypt(JSON.stringify({ openGId: 'tGroup42', watermark: { appid: APP_ID, timestamp: Math.floor(Date.now() / 1000) } }));
  expect(await groupId(data)).toEqual({ status: 200, body: { openGId: 'tGroup42' } });
});
