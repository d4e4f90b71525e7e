import { createShareController, isShareError } from '@sharekit/core';
import { createWechatH5Runtime } from '@sharekit/mock/wechat-h5';
import { describe, expect, it } from 'vitest';
import { createWechatH5Adapter, isWechatBrowser } from '../src';
import { fakeWindow } from './fake-window';
import { testSigner } from './signer';
import { CHROME_USER_AGENT, WEBVIEW_USER_AGENT, WECHAT_IOS_USER_AGENT, WECHAT_USER_AGENT, WXWORK_USER_AGENT } from './user-agent';

const win = (userAgent: string, extra: object = {}) => ({ navigator: { userAgent }, ...extra }) as unknown as Window;

describe('isWechatBrowser', () => {
  it.each([
    ['WeChat on Android', WECHAT_USER_AGENT, true],
    ['WeChat on iOS', WECHAT_IOS_USER_AGENT, true],
    ['a mini program <web-view> (miniProgram in the UA)', WEBVIEW_USER_AGENT, false],
    ['WeCom', WXWORK_USER_AGENT, false],
    ['Chrome', CHROME_USER_AGENT, false],
  ])('%s: %s', (_name, userAgent, expected) => {
    expect(isWechatBrowser(win(userAgent))).toBe(expected);
  });

  it("a <web-view> known by __wxjs_environment === 'miniprogram' only (iOS may say 'browser' in the plain browser)", () => {
    expect(isWechatBrowser(win(WECHAT_IOS_USER_AGENT, { __wxjs_environment: 'miniprogram' }))).toBe(false);
    expect(isWechatBrowser(win(WECHAT_IOS_USER_AGENT, { __wxjs_environment: 'browser' }))).toBe(true);
  });

  it('is false without a window (server rendering) and for odd windows, without throwing', () => {
    expect(isWechatBrowser()).toBe(false);
    expect(isWechatBrowser({} as Window)).toBe(false);
    expect(isWechatBrowser({ navigator: { userAgent: 42 } } as unknown as Window)).toBe(false);
  });
});

describe('createWechatH5Adapter options', () => {
  const { wx } = createWechatH5Runtime();
  const { sign } = testSigner();

  it.each([
    ['no options', undefined, /needs \{ sdk \}/],
    ['no sdk', { sign }, /needs \{ sdk \}/],
    ['an sdk without the share APIs (JS-SDK before 1.4.0)', { sdk: { config() {}, ready() {}, error() {} }, sign }, /JS-SDK 1\.4\.0\+/],
    ['no sign', { sdk: wx }, /needs \{ sign\(url\) \}/],
  ])('%s: invalid-argument saying what to pass', (_name, options, message) => {
    let thrown: unknown;
    try {
      createWechatH5Adapter(options as never);
    } catch (e) {
      thrown = e;
    }
    expect(isShareError(thrown, 'invalid-argument')).toBe(true);
    expect((thrown as Error).message).toMatch(message);
  });

  it('server rendering: no window, nothing called, shares unsupported', async () => {
    const signer = testSigner();
    const calls = signer.urls;
    const adapter = createWechatH5Adapter({ sdk: wx, sign: signer.sign });
    const controller = createShareController({ adapter, content: { title: 'SSR' } });
    expect(controller.supports('share')).toBe(false);
    expect((await controller.share()).status).toBe('failed');
    expect(calls).toEqual([]);
  });

  it('answers the ten capabilities inside WeChat', () => {
    const adapter = createWechatH5Adapter({ window: fakeWindow().window, sdk: wx, sign });
    const answers = Object.fromEntries(
      (['share', 'button', 'menu', 'image', 'text', 'async', 'result', 'tickets', 'timeline', 'files'] as const).map((c) => [c, adapter.supports(c)]),
    );
    expect(answers).toEqual({ share: true, button: true, menu: false, image: true, text: true, async: true, result: false, tickets: false, timeline: true, files: false });
    expect(adapter.initiation).toEqual(['preset', 'app']);
    expect(adapter.canIUse('updateTimelineShareData')).toBe(true);
    expect(adapter.canIUse('onMenuShareTimeline')).toBe(false);
  });
});
