// What is QQ's own: the WeChat-compatible card, QQ's menu items, share tickets through
// qq.getShareInfo, and the conservative answers where QQ's mini program docs are silent.
import { createShareController, type ShareContent, type ShareEvent } from '@sharekit/core';
import { createQQRuntime, type QQRuntimeOptions } from '@sharekit/mock/qq';
import { describe, expect, it } from 'vitest';
import { canIUse, createQQAdapter, shareApp, sharePage } from '../src/index';

const PAGE = '/pages/article/index';

function world(content: Parameters<typeof sharePage>[1], runtimeOptions: QQRuntimeOptions = {}) {
  const runtime = createQQRuntime({ appName: 'Demo', ...runtimeOptions });
  const adapter = createQQAdapter({ qq: runtime.qq, getCurrentPages: runtime.getCurrentPages });
  const controller = createShareController({ adapter });
  const events: ShareEvent[] = [];
  controller.subscribe((_, event) => events.push(event));
  runtime.App({ ...shareApp({ adapter }) });
  runtime.Page(PAGE, { ...sharePage({ adapter, controller }, content) });
  runtime.launch({ path: `${PAGE}?id=42` });
  return { runtime, adapter, controller, events };
}

describe('the card', () => {
  it('is WeChat-compatible: title, path with its leading /, imageUrl; text has no field', async () => {
    const { runtime, controller } = world({ title: 'Article 42', text: 'Worth a read', path: '/pages/article/index?id=42', imageUrl: 'https://x.test/a.png' });
    const report = await runtime.user.tapMenuShare({ item: 'qzone' });
    expect(report.argument).toEqual({ from: 'menu' });
    expect(report.delivered).toEqual({ title: 'Article 42', path: '/pages/article/index?id=42', imageUrl: 'https://x.test/a.png' });
    // QQ says nothing about what the user did: the page showing again ends the session.
    expect(controller.getState().settled?.outcome).toEqual({ status: 'unconfirmed' });
  });

  it('gets the defaults and a warning when the content is async (QQ documents no way to wait)', async () => {
    const { runtime, controller, events } = world(async () => ({ title: 'late' }));
    const report = await runtime.user.tapShareButton({}, {});
    expect(report.delivered).toEqual({ title: 'Demo', path: '/pages/article/index?id=42' });
    expect(events.filter((e) => e.type === 'warning').map((e) => (e as { error: { code: string } }).error.code)).toEqual(['unsupported']);
    expect(controller.getState().settled?.outcome.status).toBe('unconfirmed');
  });
});

describe('the menu', () => {
  it("starts with QQ's two items and confirms what QQ shows", async () => {
    const { runtime, controller } = world({ title: 'a' });
    expect(controller.getState().menu).toEqual({ visible: true, items: ['qq', 'qzone'], tickets: false });
    const shown = await controller.showMenu({ showShareItems: ['wechatFriends', 'wechatMoment'], withShareTicket: true });
    expect(shown).toEqual({ visible: true, items: ['qq', 'qzone', 'wechatFriends', 'wechatMoment'], tickets: true });
    expect(runtime.menu).toEqual({ visible: true, items: ['qq', 'qzone', 'wechatFriends', 'wechatMoment'], withShareTicket: true });
    expect(await controller.hideMenu({ hideShareItems: ['qzone'] })).toMatchObject({ items: ['qq', 'wechatFriends', 'wechatMoment'] });
    expect(runtime.menu.items).toEqual(['qq', 'wechatFriends', 'wechatMoment']);
    expect(await controller.updateMenu({ withShareTicket: false })).toMatchObject({ tickets: false });
    expect(runtime.menu.withShareTicket).toBe(false);
  });

  it('refuses to hide items QQ cannot hide, and unknown items, before QQ is asked', async () => {
    const { runtime, controller } = world({ title: 'a' });
    runtime.clearRecords();
    // biome-ignore lint/suspicious/noExplicitAny: a JavaScript caller's mistake
    await expect(controller.hideMenu({ hideShareItems: ['wechatFriends'] as any })).rejects.toMatchObject({ code: 'invalid-argument', message: expect.stringContaining('qq / qzone') });
    // biome-ignore lint/suspicious/noExplicitAny: a JavaScript caller's mistake
    await expect(controller.showMenu({ showShareItems: ['moments'] as any })).rejects.toMatchObject({ code: 'invalid-argument' });
    expect(runtime.calls).toEqual([]);
  });
});

describe('share tickets', () => {
  it("reads the group of a ticket card with qq.getShareInfo (the server decrypts it: QQ's scheme is WeChat's)", async () => {
    const { runtime, controller } = world({ title: 'a' });
    runtime.hide();
    runtime.openShareCard({ path: PAGE, chat: 'group', openGId: 'G1', withShareTicket: true });
    const ticket = controller.getState().launch?.shareTicket;
    expect(ticket).toEqual(expect.any(String));
    const info = await controller.getShareInfo();
    expect(info).toEqual({ source: 'getShareInfo', encryptedData: expect.any(String), iv: expect.any(String) });
  });

  it('says no-ticket without one, and unsupported on a QQ without getShareInfo', async () => {
    await expect(world({}).controller.getShareInfo()).rejects.toMatchObject({ code: 'no-ticket' });
    const old = world({}, { noShareTickets: true });
    expect(old.controller.supports('tickets')).toBe(false);
    await expect(old.adapter.getShareInfo('t')).rejects.toMatchObject({ code: 'unsupported' });
  });
});

describe('supports() and canIUse', () => {
  it('answers conservatively where QQ is silent', () => {
    const { controller } = world({});
    const answers = Object.fromEntries(
      (['share', 'button', 'menu', 'image', 'text', 'async', 'result', 'tickets', 'timeline', 'files'] as const).map((c) => [c, controller.supports(c)]),
    );
    expect(answers).toEqual({ share: false, button: true, menu: true, image: true, text: false, async: false, result: false, tickets: true, timeline: true, files: false });
  });

  it("knows QQ's button versions without a runtime", () => {
    expect(canIUse('button.share-type', { version: '1.4.3' })).toBe(false);
    expect(canIUse('button.share-type', { version: '1.4.4' })).toBe(true);
    expect(canIUse('button.share-mode.recentContacts', { version: '1.15.0' })).toBe(true);
    expect(() => canIUse('showShareMenu', { version: 'x' })).toThrow(expect.objectContaining({ code: 'invalid-version' }));
  });

  it('is importable without qq: everything unsupported', async () => {
    const adapter = createQQAdapter();
    expect(adapter.supports('menu')).toBe(false);
    await expect(adapter.showMenu()).rejects.toMatchObject({ code: 'unsupported' });
  });
});

describe('what QQ receives', () => {
  const hook = (defaults: ShareContent) => createQQAdapter({ qq: createQQRuntime().qq, getCurrentPages: null, defaults }).page.onShareAppMessage();

  it('only the fields the content has', () => {
    expect(hook({ title: 'Only a title', text: 'dropped' })).toStrictEqual({ title: 'Only a title' });
    expect(hook({ path: '/pages/a/index' })).toStrictEqual({ path: '/pages/a/index' });
    expect(hook({ imageUrl: 'https://x.test/a.png' })).toStrictEqual({ imageUrl: 'https://x.test/a.png' });
  });

  it('a second pull while a share presents ends the first unconfirmed', () => {
    const { adapter, controller } = world({ title: 'a' });
    const first = controller.getState().nextId;
    adapter.page.onShareAppMessage({ from: 'menu' });
    adapter.page.onShareAppMessage({ from: 'button' });
    expect(controller.getState().settled).toEqual({ id: first, outcome: { status: 'unconfirmed' } });
    expect(controller.getState().session).toMatchObject({ phase: 'presenting', id: first + 1 });
  });

  it('async content: the warning names the defaults QQ got', async () => {
    const { runtime, events } = world(async () => ({ title: 'late' }));
    await runtime.user.tapMenuShare();
    const warning = events.find((e) => e.type === 'warning');
    expect(warning).toMatchObject({ error: { code: 'unsupported', platform: 'qq', message: expect.stringContaining('defaults') } });
  });
});

describe('the adapter in detail', () => {
  it('reads its version, and a controller made after launch starts from the page’s menu', () => {
    const runtime = createQQRuntime({ SDKVersion: '1.15.0' });
    const adapter = createQQAdapter({ qq: runtime.qq, getCurrentPages: runtime.getCurrentPages });
    runtime.App({ ...shareApp({ adapter }) });
    runtime.Page(PAGE, { onShareAppMessage: adapter.page.onShareAppMessage, onShow: adapter.page.onShow });
    runtime.Page('/pages/bare/index', { onShow: adapter.page.onShow });
    runtime.launch({ path: PAGE });
    expect(adapter.version).toBe('1.15.0');
    expect(createShareController({ adapter }).getState().menu).toEqual({ visible: true, items: ['qq', 'qzone'], tickets: false });
    runtime.navigateTo('/pages/bare/index');
    expect(createShareController({ adapter }).getState().menu).toEqual({ visible: false, items: [], tickets: false });
  });

  it('hands the launch context to the controller', () => {
    const { adapter, controller } = world({});
    adapter.app.onLaunch({ scene: 1044, path: 'pages/a/index', query: {} });
    expect(controller.getState().launch).toMatchObject({ scene: 1044, path: 'pages/a/index' });
  });

  it('sharePage without content keeps the controller’s content', async () => {
    const runtime = createQQRuntime();
    const adapter = createQQAdapter({ qq: runtime.qq, getCurrentPages: runtime.getCurrentPages });
    const controller = createShareController({ adapter, content: { title: 'Kept', path: PAGE } });
    runtime.App({ ...shareApp({ adapter }) });
    runtime.Page(PAGE, { ...sharePage({ adapter, controller }) });
    runtime.launch({ path: PAGE });
    expect((await runtime.user.tapMenuShare()).delivered?.title).toBe('Kept');
  });

  it('updateMenu without withShareTicket changes nothing; a button without showShareMenu still shares', async () => {
    const { controller } = world({ title: 'a' });
    await controller.showMenu({ withShareTicket: true });
    expect(await controller.updateMenu({})).toEqual({ visible: true, items: ['qq', 'qzone'], tickets: true });
    const trimmed = createQQAdapter({ qq: { ...createQQRuntime().qq, showShareMenu: undefined } as never });
    expect([trimmed.supports('button'), trimmed.supports('menu')]).toEqual([true, false]);
  });

  it("uses QQ's globals when given no qq nor getCurrentPages", async () => {
    const runtime = createQQRuntime({ SDKVersion: '1.15.0' });
    const uninstall = runtime.install();
    try {
      const adapter = createQQAdapter(null);
      expect(adapter.version).toBe('1.15.0');
      const controller = createShareController({ adapter });
      runtime.App({ ...shareApp({ adapter }) });
      runtime.Page(PAGE, { ...sharePage({ adapter, controller }) });
      runtime.Page('/pages/other/index', { ...sharePage({ adapter, controller }) });
      runtime.launch({ path: PAGE });
      await controller.hideMenu();
      runtime.navigateTo('/pages/other/index');
      expect(controller.getState().menu.visible).toBe(true);
      runtime.navigateBack();
      expect(controller.getState().menu.visible).toBe(false);
      // A new page of the same route is another page (the global getCurrentPages tells them apart).
      runtime.navigateTo(PAGE);
      expect(controller.getState().menu.visible).toBe(true);
    } finally {
      uninstall();
    }
  });

  it('documents every share row from the first base library', () => {
    const rows = ['onShareAppMessage', 'onShareAppMessage.object.from', 'onShareAppMessage.object.target', 'onShareAppMessage.return.title', 'onShareAppMessage.return.path'];
    const more = ['hideShareMenu', 'hideShareMenu.object.hideShareItems', 'updateShareMenu', 'updateShareMenu.object.withShareTicket', 'button.share-mode'];
    for (const schema of [...rows, ...more]) expect(canIUse(schema, { version: '1.0.0' }), schema).toBe(true);
    expect(canIUse('button.share-mode.quickToDialog', { version: '1.14.9' })).toBe(false);
    expect(canIUse('button.share-mode.quickToDialog', { version: '1.15.0' })).toBe(true);
  });
});

describe('errors say what to do', () => {
  it('menu options of the wrong type are invalid-argument, naming the option', async () => {
    const { controller } = world({ title: 'a' });
    await expect(controller.showMenu({ withShareTicket: 'yes' } as never)).rejects.toMatchObject({ code: 'invalid-argument', platform: 'qq', message: expect.stringContaining('boolean') });
    await expect(controller.showMenu({ showShareItems: ['qq', 'bogus'] } as never)).rejects.toMatchObject({ code: 'invalid-argument', platform: 'qq', message: expect.stringContaining('showShareItems') });
    await expect(controller.hideMenu({ hideShareItems: 'qq' } as never)).rejects.toMatchObject({ code: 'invalid-argument', message: expect.stringContaining('hideShareItems') });
  });

  it('share info: no-ticket for an empty or odd ticket, unsupported naming QQ’s versions, platform for an answer without data', async () => {
    const { adapter } = world({});
    for (const ticket of ['', 42]) {
      await expect(adapter.getShareInfo(ticket as never)).rejects.toMatchObject({ code: 'no-ticket', platform: 'qq', message: expect.stringContaining('withShareTicket') });
    }
    const old = world({}, { noShareTickets: true });
    await expect(old.adapter.getShareInfo('t')).rejects.toMatchObject({ code: 'unsupported', platform: 'qq', message: expect.stringContaining('8.0.5') });
    for (const answer of [undefined, {}, { encryptedData: 'e' }, { iv: 'i' }]) {
      const qq = { getShareInfo: (o: { success: (r: unknown) => void }) => o.success(answer) };
      await expect(createQQAdapter({ qq: qq as never }).getShareInfo('t')).rejects.toMatchObject({ code: 'platform', platform: 'qq', message: expect.stringContaining('qq.getShareInfo') });
    }
  });
});
