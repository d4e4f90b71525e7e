import { isShareError } from '@sharekit/core';
import { describe, expect, it } from 'vitest';
import { createJsapiSigner, createMemoryTicketStore, type JsapiSignerOptions } from '../src';
import { shareErrorOf } from './helpers';
import { expectErrorWithoutSecrets } from './leaks';
import { APP_ID, APP_SECRET, signerScenarios } from './signer-scenarios';

describe('createJsapiSigner with one memory store shared by every signer of a process', () => {
  signerScenarios(async (count) => {
    const store = createMemoryTicketStore();
    return { stores: Array.from({ length: count }, () => store), close: () => store.close() };
  });
});

describe('createJsapiSigner options', () => {
  const store = createMemoryTicketStore();
  const good: JsapiSignerOptions = { appId: APP_ID, appSecret: APP_SECRET, store };

  it.each([
    ['an empty appId', { appId: '' }, /appId must be/],
    ['an appId with a space', { appId: 'wx 1' }, /appId must be/],
    ['an empty appSecret', { appSecret: '' }, /appSecret must be/],
    ['a missing store', { store: undefined }, /store must be a TicketStore/],
    ['a relative apiBase', { apiBase: '/cgi-bin' }, /apiBase must be an absolute/],
    ['an apiBase with credentials', { apiBase: 'https://u:p@api.weixin.qq.com' }, /no credentials/],
    ['negative retries', { retries: -1 }, /retries must be/],
    ['endless retries', { retries: 1000 }, /retries must be/],
    ['a bad keyPrefix', { keyPrefix: 'a b' }, /keyPrefix/],
  ])('rejects %s with invalid-argument', (_name, change, message) => {
    const error = shareErrorOf(() => createJsapiSigner({ ...good, ...change } as JsapiSignerOptions), 'invalid-argument');
    expect(error.message).toMatch(message);
    expectErrorWithoutSecrets(error, [APP_SECRET]);
  });

  it('never quotes a malformed appSecret', () => {
    const secret = 'almost-a-secret with a space';
    const error = shareErrorOf(() => createJsapiSigner({ ...good, appSecret: secret }), 'invalid-argument');
    expectErrorWithoutSecrets(error, [secret]);
  });

  it.each([
    ['a relative URL', '/article/42'],
    ['a URL with credentials', 'https://user:pass@example.com/'],
    ['a non-http URL', 'ftp://example.com/'],
    ['not a string', 42],
  ])('sign() rejects %s with invalid-argument before any request', async (_name, url) => {
    let requests = 0;
    const signer = createJsapiSigner({
      ...good,
      fetch: async () => {
        requests += 1;
        throw new Error('no request expected');
      },
    });
    const error = await signer.sign(url as string).catch((e: unknown) => e);
    expect(isShareError(error, 'invalid-argument')).toBe(true);
    expect(requests).toBe(0);
  });

  it('a network failure names only its code, never the request URL (whose query holds the token)', async () => {
    const signer = createJsapiSigner({
      ...good,
      store: createMemoryTicketStore(),
      retryDelayMs: 1,
      fetch: async (url) => {
        throw Object.assign(new TypeError(`fetch failed: ${url} ${APP_SECRET}`), { cause: { code: 'ECONNREFUSED' } });
      },
    });
    const error = await signer.sign('https://example.com/').catch((e: unknown) => e);
    expect(isShareError(error, 'platform')).toBe(true);
    expect((error as Error).message).toMatch(/network error ECONNREFUSED\) after 3 attempts/);
    expectErrorWithoutSecrets(error, [APP_SECRET]);
  });

  it('a request that takes longer than timeoutMs is a timeout ShareError', async () => {
    const signer = createJsapiSigner({
      ...good,
      store: createMemoryTicketStore(),
      retries: 0,
      timeoutMs: 20,
      fetch: (_url, init) =>
        new Promise((_resolve, reject) => init.signal?.addEventListener('abort', () => reject(init.signal?.reason))),
    });
    const error = await signer.sign('https://example.com/').catch((e: unknown) => e);
    expect(isShareError(error, 'timeout')).toBe(true);
    expect((error as Error).message).toMatch(/no answer within 20 ms/);
  });
});

describe('createMemoryTicketStore', () => {
  it('expires values and locks, and a release never frees a lock taken by someone else', async () => {
    const store = createMemoryTicketStore();
    await store.set('k', 'v', 500);
    expect(await store.get('k')).toBe('v');
    const release = await store.lock('l', 500);
    expect(release).toBeTypeOf('function');
    expect(await store.lock('l', 500)).toBeUndefined();
    await new Promise((resolve) => setTimeout(resolve, 600));
    expect(await store.get('k')).toBeUndefined();
    const other = await store.lock('l', 1000);
    expect(other).toBeTypeOf('function');
    await release?.(); // expired: must not free the other caller's lock
    expect(await store.lock('l', 1000)).toBeUndefined();
    await other?.();
    expect(await store.lock('l', 1000)).toBeTypeOf('function');
    await store.close();
  });
});

describe('createJsapiSigner: a refresh that failed while another signer waited for the lock', () => {
  it('is not retried by the signer that takes the lock next (the failure is checked again under the lock)', async () => {
    const { createWechatApiServer } = await import('@sharekit/mock/wechat-api');
    const wechat = await createWechatApiServer({ appId: APP_ID, appSecret: APP_SECRET });
    try {
      wechat.queue('stable_token', { errcode: 45009, errmsg: 'quota' });
      const shared = createMemoryTicketStore();
      // Signer B's store view misses the failure on its first look, as a check made just before
      // signer A stored it would: B then finds the lock free, as A has released it.
      let stale = true;
      const lateView = {
        ...shared,
        get: async (key: string) => {
          if (stale && key.endsWith(':failure')) {
            stale = false;
            return undefined;
          }
          return shared.get(key);
        },
      };
      const signerA = createJsapiSigner({ appId: APP_ID, appSecret: APP_SECRET, store: shared, apiBase: wechat.url, retryDelayMs: 1 });
      const signerB = createJsapiSigner({ appId: APP_ID, appSecret: APP_SECRET, store: lateView, apiBase: wechat.url, retryDelayMs: 1 });
      const first = await signerA.sign('https://example.com/a').catch((e: unknown) => e);
      expect(isShareError(first, 'platform')).toBe(true);
      const second = await signerB.sign('https://example.com/a').catch((e: unknown) => e);
      expect(isShareError(second, 'platform')).toBe(true);
      expect(wechat.count('stable_token')).toBe(1);
    } finally {
      await wechat.close();
    }
  });
});
