// The adapter's own parts the conformance suite cannot see: what Douyin receives from the hook,
// the launch context, pages, globals, and what its errors and warnings say.
import { createShareController, isShareError, type ShareContent } from '@sharekit/core';
import { createDouyinRuntime } from '@sharekit/mock/douyin';
import { describe, expect, it } from 'vitest';
import { createDouyinAdapter, shareApp, sharePage, type TtLike } from '../src/index';
import { OTHER_PAGE, PAGE, warnings, world } from './harness';

const tt = (version: string, extra: object = {}): TtLike => ({ ...createDouyinRuntime({ SDKVersion: version }).tt, ...extra }) as TtLike;

describe('what Douyin receives', () => {
  const hook = (defaults: ShareContent) => createDouyinAdapter({ tt: tt('3.50.0'), getCurrentPages: null, defaults }).page.onShareAppMessage();

  it('only the fields the content has; no result callbacks without a controller', () => {
    expect(hook({ title: 'Only a title' })).toStrictEqual({ title: 'Only a title' });
    expect(hook({ path: '/pages/a/index' })).toStrictEqual({ path: '/pages/a/index' });
    expect(hook({ douyin: { extra: null } } as unknown as ShareContent)).toStrictEqual({});
  });

  it("success settles the pull unconfirmed, naming Douyin's channel when it gave one", () => {
    const { adapter, controller } = world('3.50.0', { page: { title: 'T' } });
    adapter.page.onShareAppMessage({ from: 'menu' }).success?.({});
    expect(controller.getState().settled?.outcome).toStrictEqual({ status: 'unconfirmed' });
    adapter.page.onShareAppMessage({ from: 'menu', channel: 'video' }).success?.({});
    expect(controller.getState().settled?.outcome).toStrictEqual({ status: 'unconfirmed', channel: 'video' });
    adapter.page.onShareAppMessage({ from: 'menu' }).fail?.({ errMsg: 'shareAppMessage:fail no' });
    const failed = controller.getState().settled?.outcome;
    expect(failed).toMatchObject({ status: 'failed', error: { code: 'platform', platform: 'douyin', platformMessage: 'shareAppMessage:fail no' } });
    expect(failed?.status === 'failed' && failed.error.message).toContain('onShareAppMessage');
  });

  it('a second pull while a share presents (Douyin called neither callback) ends the first unconfirmed', () => {
    const { adapter, controller } = world('3.50.0', { page: { title: 'T' } });
    const first = controller.getState().nextId;
    adapter.page.onShareAppMessage({ from: 'menu' });
    adapter.page.onShareAppMessage({ from: 'button' });
    expect(controller.getState().settled).toEqual({ id: first, outcome: { status: 'unconfirmed' } });
    expect(controller.getState().session).toMatchObject({ phase: 'presenting', id: first + 1 });
  });
});

describe('a share Douyin does not report', () => {
  it('ends unconfirmed, with the pull’s channel, when the page or the app shows again', () => {
    const { adapter, controller } = world('3.50.0', { page: { title: 'T' } });
    adapter.page.onShareAppMessage({ from: 'menu', channel: 'video' });
    adapter.page.onShow.call({ route: 'pages/article/index' });
    expect(controller.getState().settled?.outcome).toStrictEqual({ status: 'unconfirmed', channel: 'video' });
    adapter.page.onShareAppMessage({ from: 'menu' });
    adapter.app.onShow({ scene: '1001' });
    expect(controller.getState().settled?.outcome).toStrictEqual({ status: 'unconfirmed' });
  });
});

describe('the launch context', () => {
  const launched = (o: unknown) => {
    const { adapter, controller } = world('3.50.0');
    adapter.app.onLaunch(o as never);
    return controller.getState().launch;
  };

  it("takes Douyin's scene of digits as a number, with path and query", () => {
    expect(launched({ scene: '011009', path: 'pages/a/index', query: { id: '1' } })).toEqual({ scene: 11009, path: 'pages/a/index', query: { id: '1' } });
    expect(launched({ scene: 1001 })).toEqual({ scene: 1001 });
  });

  it('drops what is not a scene, a path or a query', () => {
    for (const scene of ['1e3', 'a12', '12a', 'abc', null, ['12'], Number.NaN, Number.POSITIVE_INFINITY]) expect(launched({ scene }), String(scene)).toEqual({});
    expect(launched({ path: 42, query: null })).toEqual({});
    expect(launched({ query: 'id=1' })).toEqual({});
    expect(launched(null)).toEqual({});
  });

  it('App.onShow hands the new scene to the controller', () => {
    const { runtime, controller } = world('3.50.0');
    runtime.hide();
    runtime.show({ scene: '021001' });
    expect(controller.getState().launch).toMatchObject({ scene: 21001 });
  });
});

describe('pages and globals', () => {
  it('a controller made after launch starts from the page’s menu; showMenu() adds both default items', async () => {
    const runtime = createDouyinRuntime({ SDKVersion: '2.90.0' });
    const adapter = createDouyinAdapter({ tt: runtime.tt, getCurrentPages: runtime.getCurrentPages });
    runtime.App({ ...shareApp({ adapter }) });
    runtime.Page(PAGE, { onShareAppMessage: adapter.page.onShareAppMessage, onShow: adapter.page.onShow });
    runtime.launch({ path: PAGE });
    const controller = createShareController({ adapter });
    expect(controller.getState().menu).toEqual({ visible: true, items: ['share'], tickets: false });
    await controller.hideMenu();
    expect(await controller.showMenu()).toEqual({ visible: true, items: ['share', 'record'], tickets: false });
  });

  it('a page without onShareAppMessage below 2.91.0 has no items at all', () => {
    expect(world('2.90.0', { bare: true }).adapter.initialMenu).toEqual({ visible: false, items: [], tickets: false });
  });

  it('without getCurrentPages, pages are told apart by route', async () => {
    const runtime = createDouyinRuntime({ SDKVersion: '3.50.0' });
    const adapter = createDouyinAdapter({ tt: runtime.tt, getCurrentPages: null });
    await hiddenOnFirstRoute(runtime, adapter);
  });

  it("uses Douyin's globals when given no tt nor getCurrentPages; without them nothing is supported", async () => {
    const bare = createDouyinAdapter(null);
    expect([bare.version, bare.supports('menu'), bare.canIUse('showShareMenu')]).toEqual(['1.0.0', false, false]);
    const runtime = createDouyinRuntime({ SDKVersion: '3.50.0' });
    const uninstall = runtime.install();
    try {
      const adapter = createDouyinAdapter();
      expect(adapter.version).toBe('3.50.0');
      const controller = await hiddenOnFirstRoute(runtime, adapter);
      // A new page of the same route is another page (the global getCurrentPages tells them apart).
      runtime.navigateTo(PAGE);
      expect(controller.getState().menu.visible).toBe(true);
    } finally {
      uninstall();
    }
  });
});

/**
 * The app and two routes wired through `adapter`, launched, the first page's menu hidden: the other
 * route shows its own menu, and back on the first it is hidden still. Returns the controller.
 */
async function hiddenOnFirstRoute(runtime: ReturnType<typeof createDouyinRuntime>, adapter: ReturnType<typeof createDouyinAdapter>) {
  const controller = createShareController({ adapter, content: { title: 'T' } });
  runtime.App({ ...shareApp({ adapter }) });
  runtime.Page(PAGE, { ...sharePage({ adapter, controller }) });
  runtime.Page(OTHER_PAGE, { ...sharePage({ adapter, controller }) });
  runtime.launch({ path: PAGE });
  await controller.hideMenu();
  runtime.navigateTo(OTHER_PAGE);
  expect(controller.getState().menu.visible).toBe(true);
  runtime.navigateBack();
  expect(controller.getState().menu.visible).toBe(false);
  return controller;
}

describe('supports and canIUse in detail', () => {
  it('answers each capability from its own row', () => {
    const at = (version: string) => {
      const adapter = createDouyinAdapter({ tt: tt(version), getCurrentPages: null });
      return ['button', 'menu', 'image', 'text', 'share', 'result', 'async'].map((c) => adapter.supports(c as never));
    };
    expect(at('1.0.0')).toEqual([true, false, true, true, false, false, false]);
    expect(at('1.5.0')).toEqual([true, true, true, true, false, false, false]);
  });

  it("menu needs both tt.showShareMenu and tt.hideShareMenu; a throwing or permissive tt.canIUse changes nothing it shouldn't", () => {
    const noHide = createDouyinAdapter({ tt: tt('3.50.0', { hideShareMenu: undefined }) });
    expect(noHide.supports('menu')).toBe(false);
    const throwing = createDouyinAdapter({ tt: tt('3.50.0', { canIUse: () => { throw new Error('bridge down'); } }) });
    expect(throwing.canIUse('video')).toBe(false);
    const yes = createDouyinAdapter({ tt: tt('3.50.0', { canIUse: () => true }) });
    expect(yes.canIUse(42 as never)).toBe(false);
  });
});

describe('errors and warnings say what to do', () => {
  it('menus below 2.28.0 name the version; undefined options are no request', async () => {
    const { controller } = world('2.27.0');
    await expect(controller.showMenu({ menus: ['share'] })).rejects.toMatchObject({ code: 'unsupported', platform: 'douyin', message: expect.stringContaining('2.28.0') });
    expect((await controller.showMenu({ menus: undefined })).visible).toBe(true);
  });

  it('bad menus are invalid-argument, naming the items; menus on hide are unsupported', async () => {
    const { controller } = world('3.50.0');
    for (const menus of [['share', 'bogus'], 'share']) {
      await expect(controller.showMenu({ menus } as never)).rejects.toMatchObject({ code: 'invalid-argument', platform: 'douyin', message: expect.stringContaining('share / record') });
    }
    await expect(controller.hideMenu({ menus: ['share'] } as never)).rejects.toMatchObject({ code: 'unsupported', platform: 'douyin', message: expect.stringContaining('hideMenu()') });
    expect(isShareError(await controller.showMenu({ menus: ['bogus'] } as never).catch((e: unknown) => e), 'invalid-argument')).toBe(true);
  });

  it('async content: the warning names the defaults Douyin got', async () => {
    const { runtime, events } = world('3.50.0', { adapter: { defaults: { title: 'Default' } }, page: async () => ({ title: 'Late' }) });
    await runtime.user.tapMenuShare();
    expect(warnings(events)).toEqual([expect.objectContaining({ code: 'unsupported', platform: 'douyin', message: expect.stringContaining('defaults') })]);
  });
});
