import { createHash, randomBytes } from 'node:crypto';
import { describe, expect, it, vi } from 'vitest';
import { createWechatH5Runtime, jsapiSignature, type WechatH5Result } from '../../src/wechat-h5';
import { sha1Hex } from '../../src/wechat-h5/sha1';

const TICKET = 'simulated-jsapi-ticket';
const APP_ID = 'wxsimulatedappid';
const PAGE = 'https://example.com/article/42?from=timeline';

function signedConfig(url = PAGE, change: Record<string, unknown> = {}) {
  const timestamp = Math.floor(Date.now() / 1000);
  const nonceStr = 'nonce123';
  return {
    appId: APP_ID,
    timestamp,
    nonceStr,
    signature: jsapiSignature(TICKET, nonceStr, timestamp, url),
    jsApiList: ['updateAppMessageShareData', 'updateTimelineShareData'],
    ...change,
  };
}

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

/** Calls an API and resolves with which callbacks ran and their results. */
function callWith(fn: (callbacks: object) => void): Promise<{ success?: WechatH5Result; fail?: WechatH5Result; complete?: WechatH5Result }> {
  return new Promise((resolve) => {
    const seen: Record<string, WechatH5Result> = {};
    fn({
      success: (res: WechatH5Result) => {
        seen.success = res;
      },
      fail: (res: WechatH5Result) => {
        seen.fail = res;
      },
      complete: (res: WechatH5Result) => {
        seen.complete = res;
        resolve(seen);
      },
    });
  });
}

describe('jsapiSignature (the simulator\'s own SHA-1)', () => {
  it('matches the official example of the JS-SDK guide, appendix 1', () => {
    expect(
      jsapiSignature(
        'sM4AOVdWfPE4DxkXGEs8VMCPGGVi4C3VM0P37wVUCFvkVAy_90u5h9nbSlYy3-Sl-HhTdfl2fzFy1AOcHKP7qg',
        'Wm3WZYTPz0wzccnW',
        1414587457,
        'http://mp.weixin.qq.com?params=value#ignored',
      ),
    ).toBe('0f9de62fce790f9a083d5c99e95740ceb90c27ed');
  });

  it('agrees with node:crypto on random text, Chinese and emoji included, across block sizes', () => {
    for (let length = 0; length < 200; length++) {
      const text = `${randomBytes(length).toString('base64').slice(0, length)}中文😀`;
      expect(sha1Hex(text)).toBe(createHash('sha1').update(text, 'utf8').digest('hex'));
    }
  });
});

describe('createWechatH5Runtime', () => {
  it('config with a valid signature runs ready, then the share APIs set the cards (success, complete)', async () => {
    const runtime = createWechatH5Runtime({ url: PAGE });
    const ready = vi.fn();
    const error = vi.fn();
    runtime.wx.error(error);
    runtime.wx.ready(ready);
    runtime.wx.config(signedConfig());
    expect(runtime.state).toBe('verifying');
    expect(ready).not.toHaveBeenCalled(); // verification is asynchronous
    await flush();
    expect(ready).toHaveBeenCalledTimes(1);
    expect(error).not.toHaveBeenCalled();
    expect(runtime.state).toBe('ready');

    const card = { title: 'Article 42', desc: 'Read it', link: PAGE, imgUrl: 'https://example.com/42.png' };
    const result = await callWith((callbacks) => runtime.wx.updateAppMessageShareData({ ...card, ...callbacks }));
    expect(result).toEqual({
      success: { errMsg: 'updateAppMessageShareData:ok' },
      complete: { errMsg: 'updateAppMessageShareData:ok' },
    });
    await callWith((callbacks) => runtime.wx.updateTimelineShareData({ ...card, ...callbacks }));
    expect(runtime.cards.appMessage).toEqual(card);
    expect(runtime.cards.timeline).toEqual({ title: 'Article 42', link: PAGE, imgUrl: card.imgUrl }); // no desc on Moments
    expect(runtime.calls.map((call) => call.api)).toEqual([
      'error',
      'ready',
      'config',
      'updateAppMessageShareData',
      'updateTimelineShareData',
    ]);
    expect(runtime.calls[3]?.args).toEqual(card); // callbacks are not recorded
  });

  it('ready registered after verification still runs', async () => {
    const runtime = createWechatH5Runtime({ url: PAGE });
    runtime.wx.config(signedConfig());
    await flush();
    const ready = vi.fn();
    runtime.wx.ready(ready);
    await flush();
    expect(ready).toHaveBeenCalledTimes(1);
  });

  it.each([
    ['a wrong signature', { signature: '0'.repeat(40) }],
    ['another appId', { appId: 'wxother' }],
    ['a timestamp older than 2 hours', { timestamp: Math.floor(Date.now() / 1000) - 7300 }],
    ['a timestamp in milliseconds', { timestamp: Date.now() }],
    ['a string timestamp', { timestamp: '1414587457' }],
  ])('%s: wx.error with config:invalid signature, no ready, share APIs fail', async (_name, change) => {
    const runtime = createWechatH5Runtime({ url: PAGE });
    const ready = vi.fn();
    const errors: WechatH5Result[] = [];
    runtime.wx.ready(ready);
    runtime.wx.error((res) => errors.push(res));
    runtime.wx.config(signedConfig(PAGE, change));
    await flush();
    expect(errors).toEqual([{ errMsg: 'config:invalid signature' }]);
    expect(ready).not.toHaveBeenCalled();
    expect(runtime.state).toBe('failed');
    const result = await callWith((callbacks) => runtime.wx.updateAppMessageShareData({ title: 't', link: PAGE, ...callbacks }));
    expect(result.fail).toEqual({ errMsg: 'updateAppMessageShareData:the permission value is offline verifying' });
    expect(result.success).toBeUndefined();
  });

  it('a signature for another URL is invalid; the fragment is not part of it', async () => {
    const runtime = createWechatH5Runtime({ url: `${PAGE}#/comments` });
    const error = vi.fn();
    runtime.wx.error(error);
    runtime.wx.config(signedConfig(`${PAGE}#/other-fragment`));
    await flush();
    expect(runtime.state).toBe('ready');
    runtime.wx.config(signedConfig('https://example.com/article/43'));
    await flush();
    expect(error).toHaveBeenCalledWith({ errMsg: 'config:invalid signature' });
  });

  it('a page outside the JS-SDK safe domains: config:invalid url domain', async () => {
    const runtime = createWechatH5Runtime({ url: PAGE, domains: ['other.example'] });
    const error = vi.fn();
    runtime.wx.error(error);
    runtime.wx.config(signedConfig());
    await flush();
    expect(error).toHaveBeenCalledWith({ errMsg: 'config:invalid url domain' });
  });

  it('accepts a verify function instead of a ticket', async () => {
    const verify = vi.fn(() => true);
    const runtime = createWechatH5Runtime({ url: PAGE, verify });
    runtime.wx.config({ ...signedConfig(), signature: 'anything' });
    await flush();
    expect(runtime.state).toBe('ready');
    expect(verify).toHaveBeenCalledWith(expect.objectContaining({ signature: 'anything', url: PAGE, appId: APP_ID }));
  });

  it('share APIs fail before ready, when missing from jsApiList, and with bad arguments', async () => {
    const runtime = createWechatH5Runtime({ url: PAGE });
    const early = await callWith((callbacks) => runtime.wx.updateAppMessageShareData({ title: 't', link: PAGE, ...callbacks }));
    expect(early.fail?.errMsg).toBe('updateAppMessageShareData:the permission value is offline verifying');

    runtime.wx.config(signedConfig(PAGE, { jsApiList: ['updateAppMessageShareData'] }));
    await flush();
    const unlisted = await callWith((callbacks) => runtime.wx.updateTimelineShareData({ title: 't', link: PAGE, ...callbacks }));
    expect(unlisted.fail?.errMsg).toBe('updateTimelineShareData:the permission value is offline verifying');

    const foreignLink = await callWith((callbacks) =>
      runtime.wx.updateAppMessageShareData({ title: 't', link: 'https://elsewhere.example/', ...callbacks }),
    );
    expect(foreignLink.fail?.errMsg).toMatch(/^updateAppMessageShareData:fail, the link must be on a JS-SDK safe domain/);
    const noTitle = await callWith((callbacks) =>
      runtime.wx.updateAppMessageShareData({ link: PAGE, ...callbacks } as unknown as Parameters<typeof runtime.wx.updateAppMessageShareData>[0]),
    );
    expect(noTitle.fail?.errMsg).toBe('updateAppMessageShareData:fail, missing title or link');
    expect(runtime.cards.appMessage).toBeUndefined();
  });

  it('a WeChat client older than 6.7.2: function not exist, and checkJsApi says false', async () => {
    const runtime = createWechatH5Runtime({ url: PAGE, clientVersion: '6.7.1' });
    runtime.wx.config(signedConfig());
    await flush();
    const result = await callWith((callbacks) => runtime.wx.updateAppMessageShareData({ title: 't', link: PAGE, ...callbacks }));
    expect(result.fail?.errMsg).toBe('updateAppMessageShareData:function not exist');
    const check = await new Promise((resolve) =>
      runtime.wx.checkJsApi({ jsApiList: ['updateAppMessageShareData', 'checkJsApi', 'scanQRCode'], success: resolve }),
    );
    expect(check).toEqual({
      errMsg: 'checkJsApi:ok',
      checkResult: { updateAppMessageShareData: false, checkJsApi: true, scanQRCode: false },
    });
  });

  it("the user shares from the ··· menu: the runtime records the card, the page hears nothing", async () => {
    const runtime = createWechatH5Runtime({ url: PAGE, title: 'Page title' });
    expect(runtime.share('appMessage')).toEqual({ target: 'appMessage', card: { title: 'Page title', link: PAGE }, custom: false });
    runtime.wx.config(signedConfig());
    await flush();
    const success = vi.fn();
    runtime.wx.updateAppMessageShareData({ title: 'Article 42', link: PAGE, success });
    await flush();
    const callsBefore = runtime.calls.length;
    expect(runtime.share()).toEqual({ target: 'appMessage', card: { title: 'Article 42', link: PAGE }, custom: true });
    await flush();
    expect(success).toHaveBeenCalledTimes(1); // once, for the update; not again for the share
    expect(runtime.calls).toHaveLength(callsBefore);
    expect(runtime.shares).toHaveLength(2);
  });

  it('a navigation needs a new config; a fragment change does not', async () => {
    const runtime = createWechatH5Runtime({ url: PAGE });
    runtime.wx.config(signedConfig());
    await flush();
    runtime.navigate(`${PAGE}#/comments`);
    expect(runtime.state).toBe('ready');
    runtime.navigate('https://example.com/article/43');
    expect(runtime.state).toBe('unconfigured');
    const result = await callWith((callbacks) => runtime.wx.updateAppMessageShareData({ title: 't', link: PAGE, ...callbacks }));
    expect(result.fail?.errMsg).toMatch(/offline verifying/);
    runtime.wx.config(signedConfig('https://example.com/article/43'));
    await flush();
    expect(runtime.state).toBe('ready');
  });

  it('expire(): wx.error reports config:invalid signature and the page can configure again', async () => {
    const runtime = createWechatH5Runtime({ url: PAGE });
    const error = vi.fn();
    runtime.wx.error(error);
    runtime.wx.config(signedConfig());
    await flush();
    runtime.expire();
    await flush();
    expect(error).toHaveBeenCalledWith({ errMsg: 'config:invalid signature' });
    expect(runtime.state).toBe('failed');
    runtime.wx.config(signedConfig());
    await flush();
    expect(runtime.state).toBe('ready');
  });

  it('outside WeChat (bridge: false): calls are recorded, no callback ever runs', async () => {
    const runtime = createWechatH5Runtime({ url: PAGE, bridge: false });
    const ready = vi.fn();
    const complete = vi.fn();
    runtime.wx.ready(ready);
    runtime.wx.config(signedConfig());
    runtime.wx.updateAppMessageShareData({ title: 't', link: PAGE, complete });
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(ready).not.toHaveBeenCalled();
    expect(complete).not.toHaveBeenCalled();
    expect(runtime.calls.map((call) => call.api)).toEqual(['ready', 'config', 'updateAppMessageShareData']);
  });

  it('rejects a relative url and a malformed client version', () => {
    expect(() => createWechatH5Runtime({ url: '/page' })).toThrow(/invalid-argument: createWechatH5Runtime: url must be an absolute URL/);
    expect(() => createWechatH5Runtime({ url: PAGE, clientVersion: 'eight' })).toThrow(/invalid-version/);
  });
});
