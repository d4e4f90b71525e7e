import { afterEach, beforeEach, expect, it } from 'vitest';
import { createWechatApiServer, type WechatApiServer } from '../../src/wechat-h5/api-server';

let api: WechatApiServer;
beforeEach(async () => {
  api = await createWechatApiServer({ appId: 'wxa', appSecret: 's3cret' });
});
afterEach(() => api.close());

/** WeChat's JSON answers, loosely typed. */
type Answer = { access_token: string; ticket: string; errcode?: number; errmsg?: string; expires_in: number };

const token = (body: object): Promise<Answer> =>
  fetch(`${api.url}/cgi-bin/stable_token`, { method: 'POST', body: JSON.stringify({ grant_type: 'client_credential', ...body }) }).then(
    (res) => res.json() as Promise<Answer>,
  );
const ticket = (accessToken: string): Promise<Answer> =>
  fetch(`${api.url}/cgi-bin/ticket/getticket?access_token=${encodeURIComponent(accessToken)}&type=jsapi`).then((res) => res.json() as Promise<Answer>);

it('the stable token stays the same until force_refresh replaces it; getticket accepts only the current one', async () => {
  const first = await token({ appid: 'wxa', secret: 's3cret' });
  expect(first).toEqual({ access_token: expect.stringMatching(/^TOKEN-/), expires_in: 7200 });
  expect((await token({ appid: 'wxa', secret: 's3cret' })).access_token).toBe(first.access_token);
  expect(await ticket(first.access_token)).toEqual({ errcode: 0, errmsg: 'ok', ticket: expect.stringMatching(/^TICKET-/), expires_in: 7200 });
  const forced = await token({ appid: 'wxa', secret: 's3cret', force_refresh: true });
  expect(forced.access_token).not.toBe(first.access_token);
  expect((await ticket(first.access_token)).errcode).toBe(40001);
  expect(api.count('stable_token')).toBe(3);
  expect(api.count('getticket')).toBe(2);
  expect(api.requests.map((request) => request.forceRefresh)).toEqual([false, false, undefined, true, undefined]);
});

it('a wrong secret is 40001, a wrong appid 40013; an expired token 42001', async () => {
  expect((await token({ appid: 'wxa', secret: 'nope' })).errcode).toBe(40001);
  expect((await token({ appid: 'wxb', secret: 's3cret' })).errcode).toBe(40013);
  api.setOptions({ tokenExpiresIn: 0.05 });
  const { access_token } = await token({ appid: 'wxa', secret: 's3cret' });
  await new Promise((resolve) => setTimeout(resolve, 80));
  expect((await ticket(access_token)).errcode).toBe(42001);
});

it('queued replies come first: WeChat errors and HTTP errors', async () => {
  api.queue('stable_token', { errcode: 45009, errmsg: 'reach max api daily quota limit' }, { status: 502, body: 'bad gateway' });
  expect(await token({ appid: 'wxa', secret: 's3cret' })).toEqual({ errcode: 45009, errmsg: 'reach max api daily quota limit' });
  const res = await fetch(`${api.url}/cgi-bin/stable_token`, { method: 'POST', body: '{}' });
  expect([res.status, await res.text()]).toEqual([502, 'bad gateway']);
  expect((await token({ appid: 'wxa', secret: 's3cret' })).access_token).toMatch(/^TOKEN-/);
});
