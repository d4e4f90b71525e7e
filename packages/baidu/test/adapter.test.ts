// The adapter's own parts the conformance suite cannot see: what Baidu receives from the hook,
// pages, globals, and an openShare Baidu never answers.
import { createShareController, type ShareContent } from '@sharekit/core';
import { createBaiduRuntime } from '@sharekit/mock/baidu';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createBaiduAdapter, shareApp, sharePage } from '../src/index';
import { OTHER_PAGE, PAGE, world } from './harness';

afterEach(() => {
  vi.useRealTimers();
});

describe('what Baidu receives', () => {
  const hook = (defaults: ShareContent) => createBaiduAdapter({ swan: createBaiduRuntime().swan, getCurrentPages: null, defaults }).page.onShareAppMessage();

  it('only the fields the content has; no result callbacks without a controller', () => {
    expect(hook({ title: 'Only a title' })).toStrictEqual({ title: 'Only a title' });
    expect(hook({ path: '/pages/a/index' })).toStrictEqual({ path: '/pages/a/index' });
    expect(hook({ text: 'Body', imageUrl: 'https://example.com/i.png' })).toStrictEqual({ content: 'Body', imageUrl: 'https://example.com/i.png' });
  });

  it('a second pull while a user share presents ends the first unconfirmed', () => {
    const { adapter, controller } = world({ page: { title: 'T' } });
    const first = controller.getState().nextId;
    adapter.page.onShareAppMessage({ from: 'menu' });
    adapter.page.onShareAppMessage({ from: 'button' });
    expect(controller.getState().settled).toEqual({ id: first, outcome: { status: 'unconfirmed' } });
    expect(controller.getState().session).toMatchObject({ phase: 'presenting', id: first + 1 });
  });

  it("an odd nested from (null) is no from, and nothing throws into Baidu", () => {
    const { adapter, runtime } = world({ page: { title: 'T' } });
    expect(adapter.page.onShareAppMessage({ from: null } as never)).toMatchObject({ title: 'T' });
    expect(runtime.errors).toEqual([]);
  });

  it('sharePage hands the page’s content to the controller on every show', async () => {
    const runtime = createBaiduRuntime();
    const adapter = createBaiduAdapter({ swan: runtime.swan, getCurrentPages: runtime.getCurrentPages });
    const controller = createShareController({ adapter, content: { title: 'App' } });
    runtime.App({ ...shareApp({ adapter }) });
    runtime.Page(PAGE, { ...sharePage({ adapter, controller }, { title: 'Page content', path: PAGE }) });
    runtime.launch({ path: PAGE });
    await runtime.user.tapMenuShare();
    expect(runtime.cards.at(-1)?.title).toBe('Page content');
  });

  it('async content: the warning names the defaults Baidu got', async () => {
    const { runtime, events } = world({ page: async () => ({ title: 'Late' }) });
    await runtime.user.tapMenuShare();
    const warning = events.find((e) => e.event.type === 'warning')?.event;
    expect(warning).toMatchObject({ error: { code: 'unsupported', platform: 'baidu', message: expect.stringContaining('defaults') } });
    expect(warning?.type === 'warning' && warning.error.message).toContain('no async onShareAppMessage');
  });
});

describe('swan.openShare that never answers', () => {
  it('ends unconfirmed after Baidu’s long wait, where the app allows that long', async () => {
    vi.useFakeTimers();
    const swan = { ...createBaiduRuntime().swan, openShare: () => {} };
    const adapter = createBaiduAdapter({ swan, getCurrentPages: null });
    const controller = createShareController({ adapter, content: { title: 'T' }, presentTimeout: 40 * 60_000 });
    const outcome = controller.share();
    await vi.advanceTimersByTimeAsync(30 * 60_000 - 1);
    expect(controller.getState().session.phase).toBe('presenting');
    await vi.advanceTimersByTimeAsync(1);
    expect(await outcome).toEqual({ status: 'unconfirmed' });
  });

  it('canIUse: a table API also needs its function on swan; other schemas go to swan.canIUse; never throws', () => {
    const adapter = (swan: object) => createBaiduAdapter({ swan: swan as never, getCurrentPages: null });
    const yes = { getSystemInfoSync: () => ({ SDKVersion: '3.0.0' }), canIUse: () => true };
    expect(adapter(yes).canIUse('openShare')).toBe(false);
    expect(adapter(yes).canIUse('onShareAppMessage.return.content')).toBe(true);
    expect(adapter(yes).canIUse('getLocation')).toBe(true);
    expect(adapter(yes).canIUse(42 as never)).toBe(false);
    expect(adapter({ ...yes, SDKVersion: undefined, getSystemInfoSync: () => ({ SDKVersion: '0.9.0' }), openShare() {} }).canIUse('openShare')).toBe(false);
    expect(adapter({ canIUse: () => { throw new Error('bridge down'); } }).canIUse('getLocation')).toBe(false);
  });

  it('a throwing swan.openShare fails the share', async () => {
    const swan = { ...createBaiduRuntime().swan, openShare: () => { throw new Error('bridge down'); } };
    const controller = createShareController({ adapter: createBaiduAdapter({ swan, getCurrentPages: null }), content: { title: 'T' } });
    expect(await controller.share()).toMatchObject({ status: 'failed', error: { code: 'platform', platform: 'baidu' } });
  });
});

describe('pages and globals', () => {
  it('each page has its own menu: shown where the page has onShareAppMessage, also for a new page of a route', () => {
    const runtime = createBaiduRuntime();
    const adapter = createBaiduAdapter({ swan: runtime.swan, getCurrentPages: runtime.getCurrentPages });
    const controller = createShareController({ adapter, content: { title: 'T' } });
    runtime.App({ ...shareApp({ adapter }) });
    runtime.Page(PAGE, { ...sharePage({ adapter, controller }) });
    runtime.Page(OTHER_PAGE, { onShow: adapter.page.onShow });
    runtime.launch({ path: PAGE });
    expect(controller.getState().menu).toEqual({ visible: true, items: [], tickets: false });
    runtime.navigateTo(OTHER_PAGE);
    expect(controller.getState().menu.visible).toBe(false);
    runtime.navigateTo(PAGE);
    expect(controller.getState().menu.visible).toBe(true);
  });

  it('without getCurrentPages, pages are told apart by route', () => {
    const runtime = createBaiduRuntime();
    const adapter = createBaiduAdapter({ swan: runtime.swan, getCurrentPages: null });
    const controller = createShareController({ adapter, content: { title: 'T' } });
    runtime.App({ ...shareApp({ adapter }) });
    runtime.Page(PAGE, { ...sharePage({ adapter, controller }) });
    runtime.Page(OTHER_PAGE, { onShow: adapter.page.onShow });
    runtime.launch({ path: PAGE });
    runtime.navigateTo(OTHER_PAGE);
    expect(controller.getState().menu.visible).toBe(false);
    runtime.navigateBack();
    expect(controller.getState().menu.visible).toBe(true);
  });

  it('reads the system: lower-cased, unknown when empty or no string', () => {
    const os = (platform: unknown) => createBaiduAdapter({ swan: { getSystemInfoSync: () => ({ SDKVersion: '3.0.0', platform }) } as never }).os;
    expect([os('Android'), os(''), os(42), os(undefined)]).toEqual(['android', 'unknown', 'unknown', 'unknown']);
  });

  it('with getCurrentPages, a page whose onShow passes no `this` is still told apart', () => {
    const runtime = createBaiduRuntime();
    const adapter = createBaiduAdapter({ swan: runtime.swan, getCurrentPages: runtime.getCurrentPages });
    const controller = createShareController({ adapter, content: { title: 'T' } });
    runtime.App({ ...shareApp({ adapter }) });
    runtime.Page(PAGE, { ...sharePage({ adapter, controller }) });
    runtime.Page(OTHER_PAGE, { onShow: () => adapter.page.onShow() });
    runtime.launch({ path: PAGE });
    runtime.navigateTo(OTHER_PAGE);
    expect(controller.getState().menu.visible).toBe(false);
  });

  it("uses Baidu's globals when given no swan nor getCurrentPages", () => {
    const runtime = createBaiduRuntime({ SDKVersion: '3.140.1' });
    const uninstall = runtime.install();
    try {
      const adapter = createBaiduAdapter();
      expect([adapter.version, adapter.initiation]).toEqual(['3.140.1', ['user', 'app']]);
      const controller = createShareController({ adapter, content: { title: 'T' } });
      runtime.App({ ...shareApp({ adapter }) });
      runtime.Page(PAGE, { ...sharePage({ adapter, controller }) });
      runtime.Page(OTHER_PAGE, { onShow: () => adapter.page.onShow() });
      runtime.launch({ path: PAGE });
      runtime.navigateTo(OTHER_PAGE);
      expect(controller.getState().menu.visible).toBe(false);
    } finally {
      uninstall();
    }
    expect(createBaiduAdapter(null).initiation).toEqual(['user']);
  });

  it('hands the launch context to the controller', () => {
    const { adapter, controller } = world();
    adapter.app.onLaunch({ scene: 1044, path: 'pages/a/index', query: {} });
    expect(controller.getState().launch).toMatchObject({ scene: 1044, path: 'pages/a/index' });
  });
});
