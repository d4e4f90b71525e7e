// The rules of wx.config, the card and the client's version, against a hand-made JS-SDK whose every
// callback the test fires itself: late answers, stale configs and odd results that the simulated
// JS-SDK (config.node.test.ts) never produces.
import { createShareController, isShareError, type ShareError } from '@sharekit/core';
import { describe, expect, it } from 'vitest';
import { createWechatH5Adapter } from '../src';
import { toCard } from '../src/card';
import { createJsapiConfig } from '../src/config';
import { clientVersion, isWechatBrowser } from '../src/detect';
import type { JsapiSignature, JsSdkResult, WechatJsSdk } from '../src/sdk';
import { hasShareApis, wechatH5CanIUse, wechatH5Supports } from '../src/supports';
import { fakeWindow } from './fake-window';
import { CHROME_USER_AGENT } from './user-agent';

const SIGNATURE: JsapiSignature = { appId: 'wxapp', timestamp: 1_700_000_000, nonceStr: 'n1', signature: 's1' };

/** A JS-SDK that records what it is given and answers only when told. */
function handSdk() {
  const configs: unknown[] = [];
  const ready: Array<() => void> = [];
  const errors: Array<(res: JsSdkResult) => void> = [];
  const sdk: WechatJsSdk = {
    config: (c) => void configs.push(c),
    ready: (cb) => void ready.push(cb),
    error: (cb) => void errors.push(cb),
    updateAppMessageShareData() {},
    updateTimelineShareData() {},
  };
  return { sdk, configs, ready, errors, refuse: (res?: JsSdkResult) => errors[0]!(res as JsSdkResult) };
}

/** sign(url) answered by the test: each call waits for `answer(i, ...)`. */
function handSigner() {
  const calls: Array<{ url: string; resolve(s: unknown): void; reject(e: unknown): void }> = [];
  const sign = (url: string) => new Promise<JsapiSignature>((resolve, reject) => calls.push({ url, resolve, reject }));
  return { sign, calls };
}

const tick = () => new Promise((r) => setTimeout(r, 0));

const BAD_SIGNATURE: JsSdkResult = { errMsg: 'config:invalid signature' };

function setup(url = 'https://example.com/a') {
  const js = handSdk();
  const signer = handSigner();
  const problems: ShareError[] = [];
  let readies = 0;
  let page = url;
  const config = createJsapiConfig({
    sdk: js.sdk,
    sign: signer.sign,
    pageUrl: () => page,
    debug: false,
    onReady: () => readies++,
    onProblem: (e) => problems.push(e),
  });
  /** Sign call `i` answers with a good signature, then WeChat refuses the config it led to. */
  async function signedThenRefused(i: number, res: JsSdkResult | undefined) {
    await tick();
    signer.calls[i]!.resolve(SIGNATURE);
    await tick();
    js.refuse(res);
  }
  return { js, signer, problems, config, signedThenRefused, readies: () => readies, go: (next: string) => (page = next) };
}

describe('wx.config, answered by hand', () => {
  it('starts unconfigured, signs, verifies, then is ready once wx.ready runs', async () => {
    const { js, signer, config, readies } = setup();
    expect(config.status).toBe('unconfigured');
    config.ensure();
    expect(config.status).toBe('signing');
    await tick();
    signer.calls[0]!.resolve(SIGNATURE);
    await tick();
    expect(config.status).toBe('verifying');
    expect(js.configs).toEqual([{ debug: false, ...SIGNATURE, jsApiList: ['updateAppMessageShareData', 'updateTimelineShareData'] }]);
    js.ready[0]!();
    expect([config.status, readies()]).toEqual(['ready', 1]);
  });

  it.each([
    ['an empty appId', { appId: '' }],
    ['an appId that is no string', { appId: 42 }],
    ['a timestamp that is no integer', { timestamp: 1.5 }],
    ['a timestamp in a string', { timestamp: '1700000000' }],
    ['an empty nonceStr', { nonceStr: '' }],
    ['a nonceStr that is no string', { nonceStr: 7 }],
    ['an empty signature', { signature: '' }],
    ['a signature that is no string', { signature: ['s1'] }],
  ])('sign() resolving to a signature with %s is invalid-argument; wx.config is never called', async (_name, change) => {
    const { js, signer, config, problems } = setup();
    config.ensure();
    await tick();
    signer.calls[0]!.resolve({ ...SIGNATURE, ...change });
    await tick();
    expect(js.configs).toEqual([]);
    expect(config.status).toBe('failed');
    expect(problems.map((p) => [p.code, p.platform])).toEqual([['invalid-argument', 'wechat-h5']]);
  });

  it('a failed sign() names the platform; it is retried at the next ensure()', async () => {
    const { signer, config, problems } = setup();
    config.ensure();
    await tick();
    signer.calls[0]!.reject(new Error('HTTP 502'));
    await tick();
    expect(problems.map((p) => [p.code, p.platform, p.message])).toEqual([['platform', 'wechat-h5', 'platform: HTTP 502']]);
    config.ensure();
    await tick();
    expect(signer.calls).toHaveLength(2);
  });

  it('a refusal WeChat words otherwise is platform with its errMsg; one without errMsg is config:fail', async () => {
    for (const [res, errMsg] of [
      [{ errMsg: 'config:fail, permission denied' }, 'config:fail, permission denied'],
      [undefined, 'config:fail'],
      [{ errMsg: 42 }, 'config:fail'],
    ] as const) {
      const { config, problems, signedThenRefused } = setup();
      config.ensure();
      for (const i of [0, 1]) await signedThenRefused(i, res as JsSdkResult | undefined);
      expect(problems).toHaveLength(1);
      expect(problems[0]).toMatchObject({ code: 'platform', platform: 'wechat-h5', platformMessage: errMsg });
      expect(problems[0]!.message).toBe(`platform: WeChat refused wx.config (${errMsg})`);
    }
  });

  it('a pageUrl() that gives undefined (from JavaScript) is still signed, and its failure heard', async () => {
    const { signer, config, problems, go } = setup();
    go(undefined as unknown as string);
    config.ensure();
    await tick();
    expect(signer.calls.map((c) => c.url)).toEqual([undefined]);
    signer.calls[0]!.reject(new TypeError('url must be a string'));
    await tick();
    expect(problems.map((p) => p.code)).toEqual(['platform']);
  });

  it('registers its wx.error callback once, however many configs follow', async () => {
    const { js, signer, config, go } = setup();
    config.ensure();
    go('https://example.com/b');
    config.ensure();
    go('https://example.com/c');
    config.ensure();
    await tick();
    expect(signer.calls).toHaveLength(3);
    expect(js.errors).toHaveLength(1);
  });

  it('ignores wx.error while it signs (an old config refused late): no retry, no problem', async () => {
    const { js, signer, config, problems } = setup();
    config.ensure();
    await tick();
    js.refuse({ errMsg: 'config:invalid signature' });
    js.refuse({ errMsg: 'config:invalid signature' });
    await tick();
    expect([config.status, signer.calls.length, problems.length]).toEqual(['signing', 1, 0]);
  });

  it('an answer for an old URL changes nothing: a late signature, a late failure, a late wx.ready', async () => {
    const { js, signer, config, problems, readies, go } = setup();
    config.ensure();
    await tick();
    signer.calls[0]!.resolve(SIGNATURE);
    await tick();
    // The page moves on while WeChat verifies the first config, then twice more while it signs.
    for (const next of ['b', 'c', 'd']) {
      go(`https://example.com/${next}`);
      config.ensure();
      await tick();
    }
    js.ready[0]!();
    expect([config.status, readies()]).toEqual(['signing', 0]);
    signer.calls[1]!.resolve({ ...SIGNATURE, nonceStr: 'late' });
    signer.calls[2]!.reject(new Error('too late'));
    await tick();
    expect(js.configs).toHaveLength(1);
    expect([config.status, problems.length]).toEqual(['signing', 0]);
    signer.calls[3]!.reject(new Error('HTTP 500'));
    await tick();
    expect([config.status, problems.length]).toEqual(['failed', 1]);
  });

  it('refused twice: stays failed on that URL; a new URL gets its own fresh signature after one refusal', async () => {
    const { signer, config, problems, go, signedThenRefused } = setup();
    config.ensure();
    await signedThenRefused(0, BAD_SIGNATURE);
    await signedThenRefused(1, BAD_SIGNATURE);
    expect([config.status, problems.length]).toEqual(['failed', 1]);
    config.ensure();
    await tick();
    expect(signer.calls).toHaveLength(2);
    go('https://example.com/b');
    config.ensure();
    await signedThenRefused(2, BAD_SIGNATURE);
    await tick();
    // One refusal on the new URL: signed again, not reported.
    expect([signer.calls.length, problems.length]).toEqual([4, 1]);
  });

  it('a refusal then a failed sign(): the next ensure() signs again, and one more refusal is the second', async () => {
    const { signer, config, problems, signedThenRefused } = setup();
    config.ensure();
    await signedThenRefused(0, BAD_SIGNATURE);
    await tick();
    signer.calls[1]!.reject(new Error('HTTP 502'));
    await tick();
    expect(problems.map((p) => p.code)).toEqual(['platform']);
    config.ensure();
    await signedThenRefused(2, BAD_SIGNATURE);
    await tick();
    expect(problems.map((p) => p.code)).toEqual(['platform', 'not-allowed']);
    expect(signer.calls).toHaveLength(3);
  });
});

describe('the card', () => {
  const win = fakeWindow({ url: 'https://example.com/article/42' }).window;

  it('leaves out desc and imgUrl when the content has no text nor image', () => {
    expect(toCard({ title: 'T', path: '/a' }, win)).toStrictEqual({ title: 'T', link: 'https://example.com/a' });
  });

  it('takes http and https links only', () => {
    expect(toCard({ url: 'http://example.com/a' }, win).link).toBe('http://example.com/a');
    for (const url of ['xhttp://example.com/a', 'httpx://example.com/a', 'ftp://example.com/a']) {
      let thrown: unknown;
      try {
        toCard({ url }, win);
      } catch (e) {
        thrown = e;
      }
      expect(isShareError(thrown, 'invalid-content'), url).toBe(true);
      expect((thrown as Error).message, url).toMatch(/^invalid-content: the card's link must be http\(s\) \(got "\w+:"\)$/);
    }
  });

  it('a link that cannot be made absolute is invalid-content, saying which, with the cause', () => {
    let thrown: ShareError | undefined;
    try {
      toCard({ path: '/a' }, win, () => 'http://[bad');
    } catch (e) {
      thrown = e as ShareError;
    }
    expect(thrown).toMatchObject({ code: 'invalid-content', platform: 'wechat-h5', cause: expect.any(TypeError) });
    expect(thrown!.message).toMatch(/cannot make an absolute link of "\/a"/);
  });
});

describe('the client version', () => {
  const win = (userAgent: unknown) => ({ navigator: { userAgent } }) as unknown as Window;

  it('reads every part of MicroMessenger/x.y.z, digits only', () => {
    expect(clientVersion(win('MicroMessenger/8.0.50.2701(0x28003253)'))).toBe('8.0.50.2701');
    expect(clientVersion(win('micromessenger/10.12.3 NetType/WIFI'))).toBe('10.12.3');
    expect(clientVersion(win('MicroMessenger/8.a'))).toBe('8');
    expect(clientVersion(win('Chrome/126.0.0.0'))).toBeUndefined();
  });

  it('is undefined, never an error, without a user agent or a window', () => {
    for (const odd of [undefined, null, 'window', {}, { navigator: null }, win(undefined), win(Symbol('ua'))]) {
      expect(clientVersion(odd)).toBeUndefined();
    }
    expect(isWechatBrowser(null as unknown as Window)).toBe(false);
    // Only a string is a user agent, not something that prints as one.
    const printsAsWechat = { toString: () => 'MicroMessenger/8.0.50' };
    expect([isWechatBrowser(win(printsAsWechat)), clientVersion(win(printsAsWechat))]).toEqual([false, undefined]);
  });

  it('a MicroMessenger user agent without a version is taken as a current client: it has the share APIs', () => {
    const page = win('Mozilla/5.0 MicroMessenger');
    expect([isWechatBrowser(page), clientVersion(page)]).toEqual([true, undefined]);
    expect(hasShareApis(undefined)).toBe(true);
    expect(wechatH5Supports('image', true, undefined)).toBe(true);
    expect(wechatH5CanIUse('updateAppMessageShareData', true, undefined)).toBe(true);
  });

  it('the share APIs from 6.7.2 exactly', () => {
    expect([hasShareApis('6.7.1'), hasShareApis('6.7.2'), hasShareApis('6.7.2.1'), hasShareApis('6.10')]).toEqual([false, true, true, true]);
  });
});

describe('the adapter over a hand-made JS-SDK', () => {
  /** An adapter in a fake WeChat page, its config answered at once and ready; warnings collected. */
  async function readyOver(sdk: WechatJsSdk, options: { debug?: unknown } = {}) {
    const page = fakeWindow({ url: 'https://example.com/a' });
    const urls: string[] = [];
    const sign = (url: string) => {
      urls.push(url);
      return Promise.resolve(SIGNATURE);
    };
    const adapter = createWechatH5Adapter({ window: page.window, sdk, sign, ...(options as object) });
    const controller = createShareController({ adapter, content: { title: 'T', path: '/a' } });
    const warnings: ShareError[] = [];
    controller.subscribe((_s, e) => e.type === 'warning' && warnings.push(e.error));
    await tick();
    await tick();
    return { page, adapter, controller, warnings, urls };
  }

  it("a card WeChat does not take is a warning naming WeChat's errMsg, also when its fail() gets nothing", async () => {
    const js = handSdk();
    js.sdk.config = () => {};
    js.sdk.ready = (cb) => cb();
    js.sdk.updateAppMessageShareData = (card) => card.fail!(undefined as unknown as JsSdkResult);
    js.sdk.updateTimelineShareData = (card) => card.fail!({ errMsg: 'updateTimelineShareData:fail' });
    const { warnings } = await readyOver(js.sdk);
    expect(warnings.map((w) => [w.code, w.platformMessage, w.message])).toEqual([
      ['platform', undefined, 'platform: WeChat did not take the share card (undefined)'],
      ['platform', 'updateTimelineShareData:fail', 'platform: WeChat did not take the share card (updateTimelineShareData:fail)'],
    ]);
  });

  it('debug: true (and only true) reaches wx.config', async () => {
    for (const [debug, expected] of [[true, true], [undefined, false], ['yes', false]] as const) {
      const js = handSdk();
      await readyOver(js.sdk, { debug });
      expect((js.configs[0] as { debug: boolean }).debug, String(debug)).toBe(expected);
    }
  });

  it('after disconnect, going back no longer configures and the old host hears no warning', async () => {
    const js = handSdk();
    const { page, adapter, controller, urls } = await readyOver(js.sdk);
    controller.dispose();
    const warned: ShareError[] = [];
    const disconnect = adapter.connect!({ warn: (e: ShareError) => void warned.push(e) } as never);
    page.popState('https://example.com/b');
    await tick();
    expect(urls).toHaveLength(2);
    disconnect?.();
    page.popState('https://example.com/c');
    await tick();
    expect(urls).toHaveLength(2);
    // WeChat refuses twice (the second after a fresh signature): a problem the old host must not hear.
    js.refuse({ errMsg: 'config:invalid signature' });
    await tick();
    await tick();
    js.refuse({ errMsg: 'config:invalid signature' });
    expect(urls).toHaveLength(3);
    expect(warned).toEqual([]);
  });

  it('a resolveUrl that throws is an invalid-content warning; no card is set', async () => {
    const js = handSdk();
    const cards: unknown[] = [];
    js.sdk.ready = (cb) => cb();
    js.sdk.updateAppMessageShareData = (card) => void cards.push(card);
    const { warnings } = await readyOver(js.sdk, {
      resolveUrl: () => {
        throw new Error('no route for /a');
      },
    } as never);
    expect(warnings.map((w) => [w.code, w.platform, w.message])).toEqual([
      ['invalid-content', 'wechat-h5', 'invalid-content: cannot make an absolute link of "/a": Error: no route for /a'],
    ]);
    expect(cards).toEqual([]);
  });

  it("share() outside WeChat's browser fails unsupported, pointing at @sharekit/web", async () => {
    const adapter = createWechatH5Adapter({ window: fakeWindow({ userAgent: CHROME_USER_AGENT }).window, sdk: handSdk().sdk, sign: handSigner().sign });
    const outcome = await adapter.share({ title: 'T' });
    expect(outcome.status === 'failed' && [outcome.error.code, outcome.error.platform, outcome.error.message]).toEqual([
      'unsupported',
      'wechat-h5',
      "unsupported: not inside WeChat's browser: use @sharekit/web here (isWechatBrowser() picks)",
    ]);
  });
});
