import { createClient } from '@redis/client';
import { isShareError } from '@sharekit/core';
import { createWechatApiServer } from '@sharekit/mock/wechat-api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createJsapiSigner, signJsapi } from '../src';
import { createRedisTicketStore } from '../src/redis';
import { expectErrorWithoutSecrets } from './leaks';
import { findRedisServer, REDIS_MISSING, type RedisInstance, startRedis } from './redis-server';
import { APP_ID, APP_SECRET, signerScenarios } from './signer-scenarios';

// A real redis-server, started and stopped here. In CI it must be there (the tests fail, with
// REDIS_MISSING); on a developer's machine without it they are skipped, and say so.
const binary = findRedisServer();
const inCI = process.env.CI === 'true' || process.env.CI === '1';
if (binary === undefined && !inCI) console.warn(`skipping the Redis ticket store tests: ${REDIS_MISSING}`);

describe.skipIf(binary === undefined && !inCI)('createRedisTicketStore against a real redis-server', () => {
  let redis: RedisInstance;

  beforeAll(async () => {
    if (binary === undefined) throw new Error(REDIS_MISSING);
    redis = await startRedis(binary);
  }, 20_000);
  afterAll(async () => {
    await redis?.destroy();
  });

  describe('4 server instances, each with its own Redis connection', () => {
    let run = 0;
    signerScenarios(async (count) => {
      // A fresh, empty database per test: each test's signers start with nothing stored.
      run += 1;
      const url = `${redis.url}/${run % 16}`;
      const admin = createClient({ url });
      await admin.connect();
      await admin.flushDb();
      await admin.close();
      const stores = Array.from({ length: count }, () => createRedisTicketStore({ url }));
      return { stores, close: async () => void (await Promise.all(stores.map((store) => store.close()))) };
    });
  });

  it('locks: SET NX with an expiry, released only by their holder', async () => {
    const a = createRedisTicketStore({ url: redis.url });
    const b = createRedisTicketStore({ url: redis.url });
    try {
      const release = await a.lock('sharekit:test:lock', 1000);
      expect(release).toBeTypeOf('function');
      expect(await b.lock('sharekit:test:lock', 1000)).toBeUndefined();
      await new Promise((resolve) => setTimeout(resolve, 1100));
      const other = await b.lock('sharekit:test:lock', 5000);
      expect(other).toBeTypeOf('function');
      await release?.(); // expired: must leave b's lock alone
      expect(await a.lock('sharekit:test:lock', 5000)).toBeUndefined();
      await other?.();
      const again = await a.lock('sharekit:test:lock', 5000);
      expect(again).toBeTypeOf('function');
      await again?.();
    } finally {
      await a.close();
      await b.close();
    }
  });

  it('close() ends the connection: later calls fail with a ShareError, close is idempotent', async () => {
    const store = createRedisTicketStore({ url: redis.url });
    await store.set('sharekit:test:k', 'v', 10_000);
    expect(await store.get('sharekit:test:k')).toBe('v');
    await store.close();
    await store.close();
    const error = await store.get('sharekit:test:k').catch((e: unknown) => e);
    expect(isShareError(error, 'invalid-argument')).toBe(true);
    expect((error as Error).message).toMatch(/closed/);
  });

  it('an unreachable Redis is a timeout ShareError that does not quote the URL or its password', async () => {
    const url = 'redis://:Hn2xQ8rT5vLp@127.0.0.1:1';
    const store = createRedisTicketStore({ url, timeoutMs: 300 });
    const error = await store.get('k').catch((e: unknown) => e);
    await store.close();
    expect(isShareError(error, 'timeout')).toBe(true);
    expect((error as Error).message).toMatch(/Redis did not answer GET within 300 ms/);
    expectErrorWithoutSecrets(error, ['Hn2xQ8rT5vLp']);
  });

  it('a wrong Redis password is a ShareError that quotes neither password', async () => {
    if (binary === undefined) throw new Error(REDIS_MISSING);
    const guarded = await startRedis(binary, { password: 'Rq7f1cZx93pLmTw' });
    const store = createRedisTicketStore({ url: `redis://:Wv9d2eKy41nHsJq@127.0.0.1:${guarded.port}`, timeoutMs: 10_000 });
    try {
      const error = await store.get('k').catch((e: unknown) => e);
      expect(isShareError(error, 'platform')).toBe(true);
      expect((error as Error).message).toMatch(/Redis failed GET \(WRONGPASS\): check the Redis url, its password/);
      expectErrorWithoutSecrets(error, ['Rq7f1cZx93pLmTw', 'Wv9d2eKy41nHsJq']);
    } finally {
      await store.close();
      await guarded.destroy();
    }
  }, 20_000);

  it('rejects a URL that is not redis:// without quoting it', () => {
    expect(() => createRedisTicketStore({ url: 'http://user:pw-secret@example.com' })).toThrow(/redis:\/\/ or rediss:\/\//);
    expect(() => createRedisTicketStore({ url: 'http://user:pw-secret@example.com' })).not.toThrow(/pw-secret/);
  });
});

describe.skipIf(binary === undefined && !inCI)('a Redis restart mid-run', () => {
  it('loses nothing: signing resumes after the restart, with the same token and ticket (no new fetch)', async () => {
    if (binary === undefined) throw new Error(REDIS_MISSING);
    const redis = await startRedis(binary, { persistent: true });
    const wechat = await createWechatApiServer({ appId: APP_ID, appSecret: APP_SECRET });
    const stores = Array.from({ length: 4 }, () => createRedisTicketStore({ url: redis.url, timeoutMs: 10_000 }));
    const signers = stores.map((store) => createJsapiSigner({ appId: APP_ID, appSecret: APP_SECRET, store, apiBase: wechat.url }));
    try {
      await Promise.all(signers.map((signer) => signer.sign('https://example.com/a')));
      expect([wechat.count('stable_token'), wechat.count('getticket')]).toEqual([1, 1]);

      await redis.stop();
      // A new instance starting while Redis is down waits for it (up to timeoutMs) instead of
      // fetching a token of its own.
      const late = createRedisTicketStore({ url: redis.url, timeoutMs: 10_000 });
      stores.push(late);
      const lateSigner = createJsapiSigner({ appId: APP_ID, appSecret: APP_SECRET, store: late, apiBase: wechat.url });
      const during = lateSigner.sign('https://example.com/during');
      await new Promise((resolve) => setTimeout(resolve, 300));
      await redis.start();

      const result = await during;
      const after = await Promise.all(signers.map((signer) => signer.sign('https://example.com/b')));
      const ticket = wechat.issued.find((value) => value.startsWith('TICKET')) as string;
      expect(result.signature).toBe(signJsapi({ ticket, nonceStr: result.nonceStr, timestamp: result.timestamp, url: 'https://example.com/during' }));
      expect(after).toHaveLength(4);
      expect([wechat.count('stable_token'), wechat.count('getticket')]).toEqual([1, 1]);
      // The stores reconnected: a write after the restart lands.
      await stores[0]?.set('sharekit:test:after-restart', 'ok', 10_000);
      expect(await stores[1]?.get('sharekit:test:after-restart')).toBe('ok');
    } finally {
      await Promise.all(stores.map((store) => store.close()));
      await wechat.close();
      await redis.destroy();
    }
  }, 30_000);
});
