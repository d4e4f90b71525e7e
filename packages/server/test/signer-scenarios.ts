import { isShareError } from '@sharekit/core';
import { createWechatApiServer, type WechatApiServer } from '@sharekit/mock/wechat-api';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { createJsapiSigner, type JsapiSigner, signJsapi, type TicketStore } from '../src';
import { captureConsole, expectErrorWithoutSecrets, expectNoSecret } from './leaks';

export const APP_ID = 'wx1234567890abcdef';
export const APP_SECRET = 'SECRET-0f3e9a7c5b1d4e8f9a0b1c2d3e4f5a6b';
const PAGE = 'https://example.com/article/42?from=timeline';

export interface Instances {
  /** One store per simulated server instance (each its own connection where that means anything). */
  stores: TicketStore[];
  /** Ends them all. */
  close(): Promise<void>;
}

/**
 * The signer's behaviour against the fake WeChat API, with `count` server instances built by
 * `open`: the same scenarios prove the memory store (one process) and the Redis store (several).
 */
export function signerScenarios(open: (count: number) => Promise<Instances>): void {
  let wechat: WechatApiServer;
  let instances: Instances | undefined;

  beforeEach(async () => {
    // Latency widens the window in which the instances race for the refresh.
    wechat = await createWechatApiServer({ appId: APP_ID, appSecret: APP_SECRET, latencyMs: 30 });
  });
  afterEach(async () => {
    await instances?.close();
    instances = undefined;
    await wechat.close();
  });

  async function signers(count: number, extra: { retryDelayMs?: number } = {}): Promise<JsapiSigner[]> {
    instances = await open(count);
    return instances.stores.map((store) =>
      createJsapiSigner({ appId: APP_ID, appSecret: APP_SECRET, store, apiBase: wechat.url, retryDelayMs: 10, ...extra }),
    );
  }

  const secrets = () => [APP_SECRET, ...wechat.issued];

  async function signAll(list: JsapiSigner[], perSigner: number) {
    return Promise.all(list.flatMap((signer) => Array.from({ length: perSigner }, (_, i) => signer.sign(`${PAGE}&n=${i}`))));
  }

  it('4 instances x 10 concurrent signs: one token fetch, one ticket fetch, 40 valid signatures', async () => {
    const list = await signers(4);
    const results = await signAll(list, 10);
    expect(wechat.count('stable_token')).toBe(1);
    expect(wechat.count('getticket')).toBe(1);
    const [ticket] = wechat.issued.filter((value) => value.startsWith('TICKET'));
    expect(results).toHaveLength(40);
    results.forEach((result, i) => {
      expect(Object.keys(result).sort()).toEqual(['appId', 'nonceStr', 'signature', 'timestamp']);
      expect(result.appId).toBe(APP_ID);
      const url = `${PAGE}&n=${i % 10}`;
      expect(result.signature).toBe(signJsapi({ ticket: ticket as string, nonceStr: result.nonceStr, timestamp: result.timestamp, url }));
    });
    expect(new Set(results.map((result) => result.nonceStr)).size).toBe(40);
    expectNoSecret(JSON.stringify(results), secrets());
  });

  it('an expired ticket is refreshed once for all instances; the token is reused', async () => {
    // 3 s (kept 2.7 s): room for the first burst on a loaded machine before the ticket expires.
    wechat.setOptions({ ticketExpiresIn: 3 });
    const list = await signers(4);
    await signAll(list, 5);
    expect(wechat.count('getticket')).toBe(1);
    await new Promise((resolve) => setTimeout(resolve, 3100));
    wechat.setOptions({ ticketExpiresIn: 7200 });
    const results = await signAll(list, 10);
    expect(wechat.count('getticket')).toBe(2);
    expect(wechat.count('stable_token')).toBe(1);
    const latest = wechat.issued.filter((value) => value.startsWith('TICKET')).at(-1) as string;
    results.forEach((result, i) => {
      const url = `${PAGE}&n=${i % 10}`;
      expect(result.signature).toBe(signJsapi({ ticket: latest, nonceStr: result.nonceStr, timestamp: result.timestamp, url }));
    });
  });

  it('a token WeChat rejects (40001 at getticket) is replaced once, then signing works', async () => {
    wechat.setOptions({ ticketExpiresIn: 1 });
    const [signer] = await signers(1);
    await signer?.sign(PAGE);
    wechat.revokeToken();
    await new Promise((resolve) => setTimeout(resolve, 1100));
    await expect(signer?.sign(PAGE)).resolves.toMatchObject({ appId: APP_ID });
    expect(wechat.count('stable_token')).toBe(2);
    expect(wechat.count('getticket')).toBe(3); // the first ticket, the rejected try, the one after the new token
  });

  it('when the stable API hands back the rejected token, it is force-refreshed (once)', async () => {
    const [signer] = await signers(1);
    wechat.queue('getticket', { errcode: 42001, errmsg: 'access_token expired' });
    await expect(signer?.sign(PAGE)).resolves.toMatchObject({ appId: APP_ID });
    expect(wechat.requests.filter((request) => request.endpoint === 'stable_token').map((request) => request.forceRefresh)).toEqual([
      false,
      false,
      true,
    ]);
  });

  it('a token rejected twice is a not-allowed ShareError, and not a loop', async () => {
    const [signer] = await signers(1);
    wechat.queue('getticket', { errcode: 40001 }, { errcode: 40001 });
    const error = await signer?.sign(PAGE).catch((e: unknown) => e);
    expect(isShareError(error, 'not-allowed')).toBe(true);
    expect((error as Error).message).toMatch(/freshly fetched access_token too/);
    expect(wechat.count('getticket')).toBe(2);
  });

  it.each([
    [
      40001,
      'not-allowed',
      /stable_token answered errcode 40001: WeChat rejected the AppID \/ AppSecret pair: check appId and appSecret/,
    ],
    [45009, 'platform', /errcode 45009: WeChat's daily quota for this API is used up: keep the token and ticket in one store/],
    [40164, 'not-allowed', /IP address is not on the account's IP whitelist/],
  ])('errcode %i from stable_token is a %s ShareError with advice, shared by every instance, with no secret anywhere', async (errcode, code, message) => {
    const list = await signers(4);
    // WeChat's errmsg is quoted (as platformMessage); one that echoed the secret must not carry it on.
    wechat.queue('stable_token', { errcode, errmsg: `simulated ${errcode} for secret ${APP_SECRET} rid: 1` });
    const { result: errors, output } = await captureConsole(() =>
      Promise.all(list.flatMap((signer) => Array.from({ length: 10 }, () => signer.sign(PAGE).catch((e: unknown) => e)))),
    );
    expect(wechat.count('stable_token')).toBe(1); // the others got the remembered failure
    for (const error of errors) {
      expect(isShareError(error, code)).toBe(true);
      expect((error as Error).message).toMatch(message);
      expect((error as Error).cause).toBeUndefined();
      expectErrorWithoutSecrets(error, secrets());
    }
    expect((errors[0] as { platformMessage: string }).platformMessage).toBe(`errcode ${errcode}: simulated ${errcode} for secret [redacted] rid: 1`);
    expect(output).toBe('');
  });

  it('a failure is remembered only briefly: signing recovers by itself', async () => {
    const [signer] = await signers(1);
    wechat.queue('stable_token', { errcode: 45009 });
    await expect(signer?.sign(PAGE)).rejects.toMatchObject({ code: 'platform' });
    await expect(signer?.sign(PAGE)).rejects.toThrow(/a refresh failed less than 5 s ago/);
    await new Promise((resolve) => setTimeout(resolve, 5100));
    await expect(signer?.sign(PAGE)).resolves.toMatchObject({ appId: APP_ID });
  }, 15_000);

  it('transient failures (HTTP 502, errcode -1) are retried with backoff', async () => {
    const [signer] = await signers(1);
    wechat.queue('stable_token', { status: 502 }, { errcode: -1, errmsg: 'system error' });
    await expect(signer?.sign(PAGE)).resolves.toMatchObject({ appId: APP_ID });
    expect(wechat.count('stable_token')).toBe(3);
  });

  it('retries are bounded: 1 + retries attempts, then a platform ShareError without the token or secret', async () => {
    const [signer] = await signers(1, { retryDelayMs: 1 });
    wechat.queue('stable_token', { status: 503 }, { status: 503 }, { status: 503 }, { status: 503 });
    const error = await signer?.sign(PAGE).catch((e: unknown) => e);
    expect(isShareError(error, 'platform')).toBe(true);
    expect((error as Error).message).toMatch(/HTTP 503/);
    expect(wechat.count('stable_token')).toBe(3);
    expectErrorWithoutSecrets(error, secrets());
  });
}
