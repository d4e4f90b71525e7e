import { createShareController, isShareError, type ShareError } from '@sharekit/core';
import { createWechatH5Runtime } from '@sharekit/mock/wechat-h5';
import { describe, expect, it } from 'vitest';
import { createWechatH5Adapter } from '../src';
import { fakeWindow } from './fake-window';
import { callsOf, TICKET, testSigner, until } from './signer';
import { OLD_WECHAT_USER_AGENT } from './user-agent';

const PAGE = 'https://example.com/article/42';

/** An adapter in a fake WeChat page over the simulated JS-SDK, a controller on it, and its warnings. */
function setup(options: { url?: string; userAgent?: string; sign?: (url: string) => Promise<never>; domains?: string[] } = {}) {
  const page = fakeWindow({ url: options.url ?? `${PAGE}#comments`, ...(options.userAgent && { userAgent: options.userAgent }) });
  const runtime = createWechatH5Runtime({ url: page.window.location.href, ticket: TICKET, ...(options.domains && { domains: options.domains }) });
  const signer = testSigner();
  const adapter = createWechatH5Adapter({ window: page.window, sdk: runtime.wx, sign: options.sign ?? signer.sign });
  const controller = createShareController({ adapter, content: { title: 'Article 42', text: 'Worth a read', path: '/article/42', imageUrl: '/img/42.png' } });
  const warnings: ShareError[] = [];
  controller.subscribe((_state, event) => {
    if (event.type === 'warning') warnings.push(event.error);
  });
  return { page, runtime, signer, adapter, controller, warnings };
}

describe('wx.config once per URL', () => {
  it('signs the page URL without its fragment, configures once, and sets both cards when WeChat is ready', async () => {
    const { runtime, signer, adapter, controller } = setup();
    await until(() => adapter.status === 'ready', 'ready');
    expect(signer.urls).toEqual([PAGE]);
    expect(callsOf(runtime, 'config')).toHaveLength(1);
    expect(callsOf(runtime, 'config')[0]!.args).toMatchObject({ appId: 'wxsimulatedappid', jsApiList: ['updateAppMessageShareData', 'updateTimelineShareData'] });
    // The card: exactly { title, desc, link, imgUrl } for friends; no desc for Moments.
    expect(runtime.cards.appMessage).toEqual({ title: 'Article 42', desc: 'Worth a read', link: PAGE, imgUrl: 'https://example.com/img/42.png' });
    expect(runtime.cards.timeline).toEqual({ title: 'Article 42', link: PAGE, imgUrl: 'https://example.com/img/42.png' });
    controller.setContent({ title: 'Changed', url: 'https://example.com/article/43' });
    controller.setContent({ title: 'Changed again' });
    // Content changes push the card again; they do not sign or configure again.
    expect(runtime.cards.appMessage).toEqual({ title: 'Changed again', link: `${PAGE}#comments` });
    expect(signer.urls).toHaveLength(1);
    expect(callsOf(runtime, 'config')).toHaveLength(1);
    expect(controller.getState().preset).toEqual({ title: 'Changed again' });
  });

  it('holds content set before WeChat is ready and sets only the latest once it is', async () => {
    const { runtime, adapter, controller } = setup();
    controller.setContent({ title: 'second' });
    controller.setContent({ title: 'third' });
    expect(adapter.status).toBe('signing');
    await until(() => adapter.status === 'ready', 'ready');
    await until(() => callsOf(runtime, 'updateAppMessageShareData').length > 0, 'the card');
    expect(callsOf(runtime, 'updateAppMessageShareData').map((c) => c.args.title)).toEqual(['third']);
    expect(callsOf(runtime, 'updateTimelineShareData').map((c) => c.args.title)).toEqual(['third']);
  });

  it('configures again after a single-page-app navigation: back/forward at once, pushState at the next content change', async () => {
    const { page, runtime, signer, adapter, controller } = setup();
    await until(() => adapter.status === 'ready', 'ready');
    // pushState: the adapter learns of it at the next content change (or refresh()).
    page.pushState('https://example.com/article/7');
    runtime.navigate('https://example.com/article/7');
    controller.setContent({ title: 'Article 7' });
    await until(() => adapter.status === 'ready' && runtime.cards.appMessage?.title === 'Article 7', 'the new card');
    expect(signer.urls).toEqual([PAGE, 'https://example.com/article/7']);
    expect(runtime.cards.appMessage?.link).toBe('https://example.com/article/7');
    // Back: popstate; the last content is pushed again for the new config.
    page.popState(PAGE);
    runtime.navigate(PAGE);
    await until(() => signer.urls.length === 3 && adapter.status === 'ready', 'config after popstate');
    expect(signer.urls[2]).toBe(PAGE);
    await until(() => callsOf(runtime, 'updateAppMessageShareData').length === 3, 'the card after popstate');
    expect(runtime.state).toBe('ready');
  });

  it('a change of fragment only is the same URL: no new signature', async () => {
    const { page, signer, adapter } = setup();
    await until(() => adapter.status === 'ready', 'ready');
    page.popState(`${PAGE}#top`);
    adapter.refresh();
    expect(signer.urls).toEqual([PAGE]);
    expect(adapter.status).toBe('ready');
  });
});

describe('wx.error', () => {
  it('an expired signature is signed again once and the card set again', async () => {
    const { runtime, signer, adapter, warnings } = setup();
    await until(() => adapter.status === 'ready', 'ready');
    runtime.expire();
    await until(() => signer.urls.length === 2 && adapter.status === 'ready', 'a fresh config');
    await until(() => callsOf(runtime, 'updateAppMessageShareData').length === 2, 'the card again');
    expect(runtime.state).toBe('ready');
    expect(warnings).toEqual([]);
    // And again later: every expiry after a ready config gets its fresh signature.
    runtime.expire();
    await until(() => signer.urls.length === 3 && adapter.status === 'ready', 'a second fresh config');
    expect(warnings).toEqual([]);
  });

  it('a signature refused twice in a row is reported once as not-allowed, not retried forever', async () => {
    const page = fakeWindow({ url: PAGE });
    const runtime = createWechatH5Runtime({ url: PAGE, ticket: TICKET });
    const signer = testSigner('wxsimulatedappid', 'the ticket of another account');
    const adapter = createWechatH5Adapter({ window: page.window, sdk: runtime.wx, sign: signer.sign });
    const controller = createShareController({ adapter, content: { title: 'x' } });
    const warnings: ShareError[] = [];
    controller.subscribe((_s, e) => e.type === 'warning' && warnings.push(e.error));
    await until(() => adapter.status === 'failed', 'failed');
    await new Promise((r) => setTimeout(r, 20));
    expect(signer.urls).toHaveLength(2);
    expect(warnings).toHaveLength(1);
    expect(isShareError(warnings[0], 'not-allowed')).toBe(true);
    expect(warnings[0]!.platformMessage).toBe('config:invalid signature');
    expect(warnings[0]!.message).toMatch(/sign\(url\) must sign exactly the URL/);
    // A content change on the same URL does not start the loop again.
    controller.setContent({ title: 'y' });
    await new Promise((r) => setTimeout(r, 20));
    expect(signer.urls).toHaveLength(2);
    expect(callsOf(runtime, 'updateAppMessageShareData')).toHaveLength(0);
  });

  it("a page outside the account's JS安全域名 is reported with what to do", async () => {
    const { adapter, warnings } = setup({ domains: ['other.example'] });
    await until(() => adapter.status === 'failed', 'failed');
    expect(warnings[0]?.code).toBe('not-allowed');
    expect(warnings[0]?.platformMessage).toBe('config:invalid url domain');
    expect(warnings[0]?.message).toMatch(/JS接口安全域名/);
  });

  it('a failing sign() is a warning, and the next content change signs again', async () => {
    let calls = 0;
    const good = testSigner();
    const sign = (url: string) => (++calls === 1 ? Promise.reject(new Error('HTTP 502 from /api/jsapi-signature')) : good.sign(url));
    const { adapter, controller, warnings, runtime } = setup({ sign: sign as never });
    await until(() => adapter.status === 'failed', 'failed');
    expect(warnings.map((w) => [w.code, w.message])).toEqual([['platform', 'platform: HTTP 502 from /api/jsapi-signature']]);
    controller.setContent({ title: 'retry' });
    await until(() => runtime.cards.appMessage?.title === 'retry', 'the card after a retry');
  });

  it('sign() resolving to something else than a signature is invalid-argument', async () => {
    const { adapter, warnings } = setup({ sign: (() => Promise.resolve({ signature: 'abc' })) as never });
    await until(() => adapter.status === 'failed', 'failed');
    expect(warnings[0]?.code).toBe('invalid-argument');
    expect(warnings[0]?.message).toMatch(/appId, timestamp/);
  });

  it('a card WeChat refuses (a link off the safe domains) is a warning with its errMsg', async () => {
    const { adapter, controller, warnings } = setup();
    await until(() => adapter.status === 'ready', 'ready');
    controller.setContent({ title: 'elsewhere', url: 'https://elsewhere.example/a' });
    await until(() => warnings.length === 2, 'two warnings');
    expect(warnings.map((w) => w.code)).toEqual(['platform', 'platform']);
    expect(warnings[0]!.platformMessage).toMatch(/^updateAppMessageShareData:fail/);
  });

  it('content without an http(s) link is a warning, nothing is set', async () => {
    const { adapter, controller, warnings, runtime } = setup();
    await until(() => adapter.status === 'ready', 'ready');
    const before = runtime.calls.length;
    controller.setContent({ title: 'bad', url: 'ftp://example.com/a' });
    expect(warnings.map((w) => w.code)).toEqual(['invalid-content']);
    expect(runtime.calls.length).toBe(before);
  });
});

describe('clients and places', () => {
  it('WeChat older than 6.7.2 has no share APIs: nothing signed nor called, no preset, image and text do not reach a card', async () => {
    const { adapter, runtime, signer, controller } = setup({ userAgent: OLD_WECHAT_USER_AGENT });
    expect(adapter.initiation).toEqual(['app']);
    expect(adapter.supports('text')).toBe(false);
    expect(adapter.supports('image')).toBe(false);
    expect(adapter.supports('share')).toBe(true);
    expect(adapter.canIUse('updateAppMessageShareData')).toBe(false);
    controller.setContent({ title: 'changed' });
    adapter.refresh();
    await new Promise((r) => setTimeout(r, 20));
    expect(signer.urls).toEqual([]);
    expect(runtime.calls).toEqual([]);
    expect(controller.getState().preset).toBeNull();
  });

  it('outside WeChat: no signature, no config, every share unsupported', async () => {
    const page = fakeWindow({ userAgent: 'Mozilla/5.0 (X11; Linux x86_64) Chrome/126.0.0.0' });
    const runtime = createWechatH5Runtime({ url: page.window.location.href, bridge: false });
    const signer = testSigner();
    const adapter = createWechatH5Adapter({ window: page.window, sdk: runtime.wx, sign: signer.sign });
    const controller = createShareController({ adapter, content: { title: 'x' } });
    expect(adapter.initiation).toEqual(['preset']);
    for (const c of ['share', 'button', 'text', 'image', 'timeline', 'async', 'result'] as const) expect(controller.supports(c), c).toBe(false);
    const outcome = await controller.share();
    expect(outcome.status === 'failed' && outcome.error.code).toBe('unsupported');
    expect((await adapter.share({ title: 'x' })).status).toBe('failed');
    await new Promise((r) => setTimeout(r, 10));
    expect(signer.urls).toEqual([]);
    expect(runtime.calls).toEqual([]);
  });
});
