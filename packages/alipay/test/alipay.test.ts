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

/**
 * The app and two routes wired through `adapter`, launched, the first page's menu hidden: the other
 * route shows its own menu, and back on the first it is hidden still. Returns the controller.
 */
async function hiddenOnFirstRoute(runtime: ReturnType<typeof createAlipayRuntime>, adapter: ReturnType<typeof createAlipayAdapter>) {
  const controller = createShareController({ adapter, content: FULL });
  runtime.App({ ...shareApp({ adapter }) });
  runtime.Page(PAGE, { ...sharePage({ adapter, controller }) });
  runtime.Page(OTHER, { ...sharePage({ adapter, controller }) });
  runtime.launch({ path: PAGE });
  await controller.hideMenu();
  runtime.navigateTo(OTHER);
  expect(controller.getState().menu.visible).toBe(true);
  runtime.navigateBack();
  expect(controller.getState().menu.visible).toBe(false);
  return controller;
}

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

  it('answers each capability from its own row and version', () => {
    const at = (version: string) => {
      const adapter = createAlipayAdapter({ my: createAlipayRuntime({ SDKVersion: version }).my, getCurrentPages: null });
      return ['share', 'button', 'image', 'text', 'async', 'result', 'menu'].map((c) => adapter.supports(c as never));
    };
    expect(at('1.0.0')).toEqual([false, false, false, true, false, false, false]);
    expect(at('1.1.0')).toEqual([false, true, false, true, false, false, false]);
    expect(at('1.4.0')).toEqual([false, true, true, true, false, true, false]);
    expect(at('2.9.0')).toEqual([true, true, true, true, true, true, false]);
  });

  it('answers the static canIUse from alipayFeatures', () => {
    expect(canIUse('showSharePanel', { version: '1.17.0' })).toBe(true);
    expect(canIUse('showSharePanel', { version: '1.16.0' })).toBe(false);
    expect(canIUse('page.onShareAppMessage.return.scImgUrl', { version: '2.7.13' })).toBe(true);
    expect(Object.keys(alipayFeatures)).toContain('hideShareMenu');
    expect(() => canIUse('showSharePanel', { version: 'x' })).toThrow();
  });
});

describe('what Alipay receives', () => {
  // The hook without a controller returns the adapter's defaults, exactly as Alipay gets them.
  const hook = (version: string, defaults: ShareContent) =>
    createAlipayAdapter({ my: createAlipayRuntime({ SDKVersion: version }).my, getCurrentPages: null, defaults }).page.onShareAppMessage();

  it('gets only the fields the content has and this base library reads, path without its /', () => {
    expect(hook('2.9.0', { title: 'Only a title' })).toStrictEqual({ title: 'Only a title' });
    expect(hook('2.9.0', { path: '/pages/a/index?id=1' })).toStrictEqual({ path: 'pages/a/index?id=1' });
    expect(hook('1.0.0', FULL)).toStrictEqual({ title: 'Article 42', desc: 'Worth a read', path: 'pages/article/index?id=42', searchTip: '文章' });
    const extras = { alipay: { bgImgUrl: 42, content: 'ok', searchTip: undefined } } as unknown as ShareContent;
    expect(hook('2.9.0', extras)).toStrictEqual({ content: 'ok' });
    expect(hook('2.9.0', { title: 'T', alipay: null } as unknown as ShareContent)).toStrictEqual({ title: 'T' });
  });

  it('gets result callbacks only from a connected controller; a result without one throws nothing', async () => {
    const runtime = createAlipayRuntime({ SDKVersion: '2.9.0' });
    const adapter = createAlipayAdapter({ my: runtime.my, getCurrentPages: runtime.getCurrentPages });
    runtime.App({ ...shareApp({ adapter }) });
    runtime.Page(PAGE, { onShareAppMessage: adapter.page.onShareAppMessage, onShow: adapter.page.onShow });
    runtime.launch({ path: PAGE });
    expect(Object.keys(adapter.page.onShareAppMessage() as object)).toEqual([]);
    expect((await runtime.user.tapMenuShare()).opened).toBe(true);
    expect(runtime.errors).toEqual([]);
  });
});

describe('outcomes in detail', () => {
  async function settleWith(callback: 'success' | 'fail', ...result: unknown[]) {
    const { adapter, controller } = world('2.9.0', FULL);
    const card = adapter.page.onShareAppMessage({ from: 'menu' }) as { success: Function; fail: Function };
    card[callback](...result);
    return controller.getState().settled?.outcome;
  }

  it('names a channel only when Alipay gives one', async () => {
    expect(await settleWith('success', { shareResult: true, channelName: '' })).toStrictEqual({ status: 'shared' });
    expect(await settleWith('success', { shareResult: true, channelName: 7 })).toStrictEqual({ status: 'shared' });
    expect(await settleWith('success', null)).toStrictEqual({ status: 'cancelled' });
  });

  it("a fail keeps Alipay's error number and message; a fail without a payload still settles", async () => {
    const failed = await settleWith('fail', { error: 11, errorMessage: 'user quit' });
    const error = failed?.status === 'failed' ? failed.error : undefined;
    expect(error).toMatchObject({ code: 'platform', platform: 'alipay', platformMessage: 'user quit', cause: { error: 11 } });
    expect(error?.message).toContain('my.onShareAppMessage failed');
    const bare = await settleWith('fail');
    expect(bare).toMatchObject({ status: 'failed', error: { code: 'platform', platformMessage: 'onShareAppMessage:fail' } });
    expect(bare?.status === 'failed' && bare.error.cause).toBeUndefined();
  });

  it('a throwing my.showSharePanel fails the share; adapter.share says which base library it needs', async () => {
    const runtime = createAlipayRuntime({ SDKVersion: '2.9.0' });
    const my = { ...runtime.my, showSharePanel: () => { throw new Error('bridge down'); } };
    const controller = createShareController({ adapter: createAlipayAdapter({ my, getCurrentPages: null }), content: FULL });
    const failed = await controller.share();
    expect(failed).toMatchObject({ status: 'failed', error: { code: 'platform', platform: 'alipay', platformMessage: 'showSharePanel:fail' } });
    expect(failed.status === 'failed' && failed.error.message).toContain('my.showSharePanel');
    const old = createAlipayAdapter({ my: createAlipayRuntime({ SDKVersion: '1.16.9' }).my });
    const session = { id: 1, onEnd: () => {} };
    const error = await old.share!(FULL, { from: 'api' }, session).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'unsupported', platform: 'alipay', message: expect.stringContaining('1.17.0') });
  });

  it('a second tap while a share presents (the user closed the panel unanswered) ends the first unconfirmed', async () => {
    const { runtime, controller } = world('2.9.0', FULL);
    const outcomes = new Map<number, unknown>();
    controller.subscribe((state) => state.settled && outcomes.set(state.settled.id, state.settled.outcome));
    const first = controller.getState().nextId;
    await runtime.user.tapMenuShare({ choose: 'close' });
    expect(controller.getState().session.phase).toBe('presenting');
    await runtime.user.tapMenuShare({ choose: 'share' });
    expect(outcomes).toEqual(new Map([[first, { status: 'unconfirmed' }], [first + 1, { status: 'shared', channel: 'ALPContact' }]]));
  });
});

describe('warnings and errors say what to do', () => {
  it('async content below its base library: a warning that names the versions and the defaults', async () => {
    const { runtime, controller } = world('2.0.0', async () => ({ title: 'Later' }));
    const warnings: unknown[] = [];
    controller.subscribe((_, event) => event.type === 'warning' && warnings.push(event.error));
    await runtime.user.tapMenuShare();
    expect(warnings).toEqual([expect.objectContaining({ code: 'unsupported', platform: 'alipay', message: expect.stringContaining('2.6.7') })]);
    expect((warnings[0] as Error).message).toContain('defaults');
  });

  it('hideMenu: unsupported below 1.7.0 (naming it), invalid-argument for options that are no object', async () => {
    const old = createAlipayAdapter({ my: createAlipayRuntime({ SDKVersion: '1.6.0' }).my });
    await expect(old.hideMenu()).rejects.toMatchObject({ code: 'unsupported', platform: 'alipay', message: expect.stringContaining('1.7.0') });
    const adapter = createAlipayAdapter({ my: createAlipayRuntime({ SDKVersion: '2.9.0' }).my });
    for (const bad of [42, null, []]) {
      await expect(adapter.hideMenu(bad as never)).rejects.toMatchObject({ code: 'invalid-argument', platform: 'alipay', message: expect.stringContaining('object') });
    }
  });
});

describe('pages and globals', () => {
  it('hands the launch context to the controller on launch and on show', () => {
    const { runtime, adapter, controller } = world('2.9.0', FULL);
    expect(controller.getState().launch).toMatchObject({ scene: 1000, query: { id: '42' } });
    adapter.app.onLaunch({ scene: 1005, path: OTHER, query: {} });
    expect(controller.getState().launch).toMatchObject({ scene: 1005, path: OTHER });
    runtime.hide();
    runtime.show({ scene: 1037 });
    expect(controller.getState().launch).toMatchObject({ scene: 1037 });
  });

  it('a fresh page shows 分享 (each page keeping its own menu is in the conformance suite)', () => {
    expect(world('2.9.0', FULL).controller.getState().menu).toEqual({ visible: true, items: ['share'], tickets: false });
  });

  it('without getCurrentPages, pages are told apart by route', async () => {
    const runtime = createAlipayRuntime({ SDKVersion: '2.9.0' });
    const adapter = createAlipayAdapter({ my: runtime.my, getCurrentPages: null });
    await hiddenOnFirstRoute(runtime, adapter);
  });

  it('sharePage: the adapter’s hooks, and the page’s content on every show', async () => {
    const runtime = createAlipayRuntime({ SDKVersion: '2.9.0' });
    const adapter = createAlipayAdapter({ my: runtime.my, getCurrentPages: runtime.getCurrentPages });
    const controller = createShareController({ adapter, content: FULL });
    const hooks = sharePage({ adapter, controller }, { title: 'Page content', path: '/pages/other/index' });
    expect(hooks.onShareAppMessage).toBe(adapter.page.onShareAppMessage);
    runtime.App({ ...shareApp({ adapter }) });
    runtime.Page(PAGE, { ...sharePage({ adapter, controller }) });
    runtime.Page(OTHER, { ...hooks });
    runtime.launch({ path: PAGE });
    runtime.navigateTo(OTHER);
    expect((await runtime.user.tapMenuShare()).delivered?.title).toBe('Page content');
  });

  it("uses Alipay's globals when given no my nor getCurrentPages; without them nothing is supported", async () => {
    const runtime = createAlipayRuntime({ SDKVersion: '2.9.0' });
    const bare = createAlipayAdapter(null);
    expect([bare.version, bare.initiation, bare.supports('share')]).toEqual(['1.0.0', ['user'], false]);
    const uninstall = runtime.install();
    try {
      const adapter = createAlipayAdapter();
      expect(adapter.version).toBe('2.9.0');
      const controller = await hiddenOnFirstRoute(runtime, adapter);
      // A new page of the same route is another page (the global getCurrentPages tells them apart).
      runtime.navigateTo(PAGE);
      expect(controller.getState().menu.visible).toBe(true);
    } finally {
      uninstall();
    }
  });

  it('canIUse: the table first (an API also needs its function on my), my.canIUse for the rest; never throws', () => {
    const adapter = (my: object) => createAlipayAdapter({ my: my as never, getCurrentPages: null });
    const yes = { SDKVersion: '1.16.0', canIUse: () => true, showSharePanel() {} };
    expect(adapter(yes).canIUse('showSharePanel')).toBe(false);
    expect(adapter(yes).canIUse('page.onShareAppMessage.return.imageUrl')).toBe(true);
    expect(adapter(yes).canIUse('getLocation')).toBe(true);
    expect(adapter(yes).canIUse(42 as never)).toBe(false);
    expect(adapter({ SDKVersion: '2.9.0', canIUse: () => true }).canIUse('showSharePanel')).toBe(false);
    const throwing = { SDKVersion: '2.9.0', canIUse: () => { throw new Error('bridge down'); } };
    expect(adapter(throwing).canIUse('getLocation')).toBe(false);
  });
});
