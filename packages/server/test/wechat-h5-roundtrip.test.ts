import { createWechatApiServer } from '@sharekit/mock/wechat-api';
import { createWechatH5Runtime } from '@sharekit/mock/wechat-h5';
import { expect, it } from 'vitest';
import { createJsapiSigner, createMemoryTicketStore } from '../src';
import { APP_ID, APP_SECRET } from './signer-scenarios';

it("a signature from createJsapiSigner passes the simulated JS-SDK's wx.config (same algorithm on both sides)", async () => {
  const wechat = await createWechatApiServer({ appId: APP_ID, appSecret: APP_SECRET });
  try {
    const store = createMemoryTicketStore();
    const signer = createJsapiSigner({ appId: APP_ID, appSecret: APP_SECRET, store, apiBase: wechat.url });
    const page = 'https://example.com/article/42?from=singlemessage&isappinstalled=0#comments';
    const signature = await signer.sign(page);
    const ticket = wechat.issued.find((value) => value.startsWith('TICKET'));
    const runtime = createWechatH5Runtime({ appId: APP_ID, ticket, url: page });
    const outcome = new Promise((resolve) => {
      runtime.wx.ready(() => resolve('ready'));
      runtime.wx.error((res) => resolve(res.errMsg));
    });
    runtime.wx.config({ ...signature, jsApiList: ['updateAppMessageShareData', 'updateTimelineShareData'] });
    expect(await outcome).toBe('ready');

    const other = createWechatH5Runtime({ appId: APP_ID, ticket: 'another-ticket', url: page });
    const failed = new Promise((resolve) => other.wx.error((res) => resolve(res.errMsg)));
    other.wx.config({ ...signature, jsApiList: [] });
    expect(await failed).toBe('config:invalid signature');
  } finally {
    await wechat.close();
  }
});
