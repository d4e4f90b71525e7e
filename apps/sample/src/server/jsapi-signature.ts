import { randomBytes } from 'node:crypto';
import { createWechatApiServer, type WechatApiServer } from '@sharekit/mock/wechat-api';
import { createJsapiSigner, createMemoryTicketStore, type JsapiSignature } from '@sharekit/server';

/** The demo's official account when no real one is configured: signed against a local fake WeChat API. */
export const DEMO_JSAPI_APP_ID = 'wxsharekitdemoh5';

export interface JsapiSignatureEndpoint {
  /** Signs the page URL for wx.config (ShareError `invalid-argument` for a bad URL). */
  sign(url: string): Promise<JsapiSignature>;
  /** The fake WeChat API in use when no real account is configured (started on first sign). */
  simulatedUpstream(): Promise<WechatApiServer | undefined>;
  /**
   * The fake account's appId and its latest jsapi_ticket, for the playground's simulated JS-SDK
   * (GET /api/dev/simulated-jsapi-ticket); undefined with a real account or before the first sign.
   */
  simulatedTicket(): Promise<{ appId: string; ticket: string } | undefined>;
  close(): Promise<void>;
}

/**
 * GET /api/jsapi-signature's signer. With WECHAT_APP_ID and WECHAT_APP_SECRET in the environment
 * it signs for that official account against WeChat itself; otherwise against a fake WeChat API
 * on loopback with a throwaway secret, so the demo works offline and the repository holds no
 * secret. One process, so the memory store; a deployment with several instances would use
 * createRedisTicketStore from @sharekit/server/redis.
 */
export function createJsapiSignatureEndpoint(env: Record<string, string | undefined> = process.env): JsapiSignatureEndpoint {
  const real = env.WECHAT_APP_ID && env.WECHAT_APP_SECRET ? { appId: env.WECHAT_APP_ID, appSecret: env.WECHAT_APP_SECRET } : undefined;
  const store = createMemoryTicketStore();
  let upstream: Promise<WechatApiServer> | undefined;
  let signer: Promise<ReturnType<typeof createJsapiSigner>> | undefined;

  const startFake = () => {
    const appSecret = randomBytes(16).toString('hex'); // throwaway: the fake accepts it, nothing else does
    upstream ??= createWechatApiServer({ appId: DEMO_JSAPI_APP_ID, appSecret });
    return upstream.then((fake) => createJsapiSigner({ appId: DEMO_JSAPI_APP_ID, appSecret, store, apiBase: fake.url }));
  };

  return {
    async sign(url) {
      signer ??= real ? Promise.resolve(createJsapiSigner({ ...real, store })) : startFake();
      return (await signer).sign(url);
    },
    simulatedUpstream: async () => (real ? undefined : upstream),
    async simulatedTicket() {
      const fake = real ? undefined : await upstream;
      const ticket = fake?.issued.filter((value) => value.startsWith('TICKET')).at(-1);
      return ticket === undefined ? undefined : { appId: DEMO_JSAPI_APP_ID, ticket };
    },
    async close() {
      await store.close();
      await (await upstream)?.close();
    },
  };
}
