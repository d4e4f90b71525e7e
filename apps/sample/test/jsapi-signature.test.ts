import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createWechatH5Runtime } from '@sharekit/mock/wechat-h5';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createSampleApi, type SampleApi } from '../src/server/api';
import { DEMO_JSAPI_APP_ID } from '../src/server/jsapi-signature';

let server: Server;
let api: SampleApi;
let base: string;

beforeAll(async () => {
  // No WECHAT_APP_ID / WECHAT_APP_SECRET: the endpoint signs against its local fake WeChat API.
  api = createSampleApi({ appId: 'wx0123456789abcdef', sessionKey: 'c2hhcmVraXQtZGVtby1rMQ==', miniprogramDir: '/nonexistent', env: {} });
  server = createServer((req, res) => void api.handle(req, res));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  api.close();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

it('GET /api/jsapi-signature signs the page URL offline; the simulated JS-SDK accepts the signature', async () => {
  const page = 'http://127.0.0.1:4173/?article=42';
  const res = await fetch(`${base}/api/jsapi-signature?url=${encodeURIComponent(page)}`);
  expect(res.status).toBe(200);
  expect(res.headers.get('cache-control')).toBe('no-store');
  const signature = await res.json();
  expect(Object.keys(signature).sort()).toEqual(['appId', 'nonceStr', 'signature', 'timestamp']);
  expect(signature.appId).toBe(DEMO_JSAPI_APP_ID);

  const upstream = await api.jsapi.simulatedUpstream();
  const ticket = upstream?.issued.find((value) => value.startsWith('TICKET'));
  const runtime = createWechatH5Runtime({ appId: DEMO_JSAPI_APP_ID, ticket, url: `${page}#top` });
  const outcome = new Promise((resolve) => {
    runtime.wx.ready(() => resolve('ready'));
    runtime.wx.error((e) => resolve(e.errMsg));
  });
  runtime.wx.config({ ...signature, jsApiList: ['updateAppMessageShareData'] });
  expect(await outcome).toBe('ready');
  expect(JSON.stringify(signature)).not.toContain(ticket);
});

it('answers a relative URL with 400 invalid-argument', async () => {
  const res = await fetch(`${base}/api/jsapi-signature?url=${encodeURIComponent('/article/42')}`);
  expect(res.status).toBe(400);
  expect((await res.json()).error.code).toBe('invalid-argument');
});

it('GET /api/dev/simulated-jsapi-ticket hands the fake account\'s current ticket to the playground; never with a real account', async () => {
  await fetch(`${base}/api/jsapi-signature?url=${encodeURIComponent('http://127.0.0.1:4173/')}`);
  const res = await fetch(`${base}/api/dev/simulated-jsapi-ticket`);
  expect(res.status).toBe(200);
  const upstream = await api.jsapi.simulatedUpstream();
  expect(await res.json()).toEqual({ appId: DEMO_JSAPI_APP_ID, ticket: upstream?.issued.filter((v) => v.startsWith('TICKET')).at(-1) });

  const real = createSampleApi({
    appId: 'wx0123456789abcdef',
    sessionKey: 'c2hhcmVraXQtZGVtby1rMQ==',
    miniprogramDir: '/nonexistent',
    env: { WECHAT_APP_ID: 'wxrealaccount0001', WECHAT_APP_SECRET: 'not-a-real-secret' },
  });
  const realServer = createServer((req, r) => void real.handle(req, r));
  await new Promise<void>((resolve) => realServer.listen(0, '127.0.0.1', resolve));
  try {
    const answer = await fetch(`http://127.0.0.1:${(realServer.address() as AddressInfo).port}/api/dev/simulated-jsapi-ticket`);
    expect(answer.status).toBe(404);
    expect(JSON.stringify(await answer.json())).not.toContain('not-a-real-secret');
  } finally {
    real.close();
    await new Promise<void>((resolve) => realServer.close(() => resolve()));
  }
});
