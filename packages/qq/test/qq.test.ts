// What is QQ's own: the WeChat-compatible card, QQ's menu items, share tickets through
// qq.getShareInfo, and the conservative answers where QQ's mini program docs are silent.
import { createShareController, type ShareEvent } from '@sharekit/core';
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
