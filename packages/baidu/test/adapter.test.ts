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

  it('async content: the warning names the defaults Baidu got', async () => {
    const { runtime, events } = world({ page: async () => ({ title: 'Late' }) });
    await runtime.user.tapMenuShare();
    const warning = events.find((e) => e.event.type === 'warning')?.event;
    expect(warning).toMatchObject({ error: { code: 'unsupported', platform: 'baidu', message: expect.stringContaining('defaults') } });
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

  it("uses Baidu's globals when given no swan nor getCurrentPages", () => {
    const runtime = createBaiduRuntime({ SDKVersion: '3.140.1' });
    const uninstall = runtime.install();
    try {
      const adapter = createBaiduAdapter();
      expect([adapter.version, adapter.initiation]).toEqual(['3.140.1', ['user', 'app']]);
      const controller = createShareController({ adapter, content: { title: 'T' } });
      runtime.App({ ...shareApp({ adapter }) });
      runtime.Page(PAGE, { ...sharePage({ adapter, controller }) });
      runtime.Page(OTHER_PAGE, { onShow: adapter.page.onShow });
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
