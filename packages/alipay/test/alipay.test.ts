// What is Alipay's own (the conformance suite covers the contract): the card's fields per base
// library, the outcome of success / fail, the app-wide hook, the app-opened panel, hide-only menus.
import { createShareController, isShareError, type ShareContent } from '@sharekit/core';
import { createAlipayRuntime } from '@sharekit/mock/alipay';
import { describe, expect, it } from 'vitest';
import { alipayFeatures, canIUse, createAlipayAdapter, shareApp, sharePage } from '../src/index';

const PAGE = '/pages/article/index';
const OTHER = '/pages/other/index';

function world(version: string, content?: ShareContent | (() => Promise<ShareContent>), options: { pageHook?: boolean } = {}) {
  const runtime = createAlipayRuntime({ SDKVersion: version, appName: 'Demo' });
  const adapter = createAlipayAdapter({ my: runtime.my, getCurrentPages: runtime.getCurrentPages, defaults: { title: 'Defaults' } });
  const controller = createShareController({ adapter, content });
  const share = { adapter, controller };
  runtime.App({ ...shareApp(share), onError: () => {} });
  const page = sharePage(share);
  runtime.Page(PAGE, options.pageHook === false ? { onShow: page.onShow } : { ...page });
  runtime.Page(OTHER, { ...page });
  runtime.launch({ path: `${PAGE}?id=42` });
  return { runtime, adapter, controller };
}

const FULL: ShareContent = {
  title: 'Article 42',
  text: 'Worth a read',
  path: '/pages/article/index?id=42',
  imageUrl: 'https://example.com/a.png',
  alipay: { bgImgUrl: 'https://example.com/bg.png', scImgUrl: 'https://example.com/sc.png', content: '吱口令', searchTip: '文章' },
};

describe('the card', () => {
  it('has path without its leading /, text as desc, and each extra from its version', async () => {
    const at = async (version: string) => (await world(version, FULL).runtime.user.tapMenuShare()).delivered;
    expect(await at('1.0.0')).toEqual({ title: 'Article 42', desc: 'Worth a read', path: 'pages/article/index?id=42', searchTip: '文章' });
    expect(await at('1.9.0')).toMatchObject({ imageUrl: FULL.imageUrl, content: '吱口令', bgImgUrl: 'https://example.com/bg.png' });
    expect(await at('1.9.0')).not.toHaveProperty('scImgUrl');
    expect(await at('2.7.13')).toMatchObject({ scImgUrl: 'https://example.com/sc.png' });
    const report = await world('2.9.0', FULL).runtime.user.tapMenuShare();
    expect(report.badPath).toBe(false);
  });

  it('waits for async content where Alipay waits for a Promise (1.24.13 on 1.x, 2.6.7 on 2.x)', async () => {
    const later = async () => ({ title: 'Computed', path: '/pages/article/index' });
    for (const [version, waits] of [['1.24.12', false], ['1.24.13', true], ['2.0.0', false], ['2.6.7', true]] as const) {
      const { runtime, controller } = world(version, later);
      const events: string[] = [];
      controller.subscribe((_, event) => events.push(event.type));
      const report = await runtime.user.tapMenuShare();
      expect(report.delivered?.title, version).toBe(waits ? 'Computed' : 'Defaults');
      expect(events.includes('warning'), version).toBe(!waits);
      expect(canIUse('page.onShareAppMessage.async', { version }), version).toBe(waits);
    }
  });
});

describe('outcomes', () => {
  it("success({ shareResult: true }) is shared with Alipay's channel; false is cancelled; fail is failed", async () => {
    const { runtime, controller } = world('2.9.0', FULL);
    await runtime.user.tapMenuShare({ choose: 'share', channelName: 'Weibo' });
    expect(controller.getState().settled?.outcome).toEqual({ status: 'shared', channel: 'Weibo' });
    await runtime.user.tapShareButton({}, { choose: 'not-shared', channelName: 'Weibo' });
    expect(controller.getState().settled?.outcome).toEqual({ status: 'cancelled', channel: 'Weibo' });
    await runtime.user.tapMenuShare({ choose: 'fail', error: 11, errorMessage: 'user quit' });
    const failed = controller.getState().settled?.outcome;
    expect(failed?.status === 'failed' && failed.error).toMatchObject({ code: 'platform', platform: 'alipay', platformMessage: 'user quit' });
  });

  it('share() opens my.showSharePanel (1.17.0+); its pull (from: code) joins the session', async () => {
    const { runtime, controller, adapter } = world('1.17.0', FULL);
    expect(adapter.initiation).toEqual(['user', 'app']);
    runtime.user.answerPanel({ choose: 'share', channelName: 'DingTalk' });
    const id = controller.getState().nextId;
    expect(await controller.share({ from: 'api' })).toEqual({ status: 'shared', channel: 'DingTalk' });
    expect(controller.getState().nextId).toBe(id + 1);
    expect((await runtime.user.panels[0])?.argument).toEqual({ from: 'code' });
    const old = world('1.16.9', FULL);
    expect(old.adapter.initiation).toEqual(['user']);
    expect(await old.controller.share()).toMatchObject({ status: 'failed', error: { code: 'unsupported' } });
  });
});

describe('app and menus', () => {
  it('App.onShareAppMessage gives the card of a page without its own hook', async () => {
    const { runtime } = world('2.9.0', FULL, { pageHook: false });
    const report = await runtime.user.tapMenuShare();
    expect(report.handler).toBe('app');
    expect(report.delivered?.title).toBe('Article 42');
  });

  it('hides the current page’s item (1.7.0+), never shows it; other pages keep theirs', async () => {
    const { runtime, controller } = world('2.9.0', FULL);
    expect(controller.supports('menu')).toBe(false);
    expect(await controller.hideMenu()).toEqual({ visible: false, items: [], tickets: false });
    expect(runtime.menu.visible).toBe(false);
    expect((await runtime.user.tapMenuShare()).reason).toBe('menu-hidden');
    await expect(controller.showMenu()).rejects.toSatisfy((e) => isShareError(e, 'unsupported'));
    runtime.navigateTo(OTHER);
    expect(runtime.menu.visible).toBe(true);
    expect(controller.getState().menu.visible).toBe(true);
    const old = world('1.6.0', FULL);
    await expect(old.controller.hideMenu()).rejects.toSatisfy((e) => isShareError(e, 'unsupported'));
  });

  it("a failed my.hideShareMenu keeps Alipay's errMsg and names `my` in its message", async () => {
    const my = {
      SDKVersion: '2.9.0',
      hideShareMenu: (o: { fail?: (r: object) => void }) => o.fail?.({ errMsg: 'hideShareMenu:fail no page', error: 3 }),
    };
    const error = await createAlipayAdapter({ my, getCurrentPages: null }).hideMenu().catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'platform', platform: 'alipay', platformMessage: 'hideShareMenu:fail no page' });
    expect((error as Error).message).toBe('platform: my.hideShareMenu failed: hideShareMenu:fail no page');
  });

  it('answers the static canIUse from alipayFeatures', () => {
    expect(canIUse('showSharePanel', { version: '1.17.0' })).toBe(true);
    expect(canIUse('showSharePanel', { version: '1.16.0' })).toBe(false);
    expect(canIUse('page.onShareAppMessage.return.scImgUrl', { version: '2.7.13' })).toBe(true);
    expect(Object.keys(alipayFeatures)).toContain('hideShareMenu');
    expect(() => canIUse('showSharePanel', { version: 'x' })).toThrow();
  });
});
