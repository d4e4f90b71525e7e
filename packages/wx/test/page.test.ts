import { createShareController, type ShareTrigger } from '@sharekit/core';
import { createWxRuntime } from '@sharekit/mock/wx';
import { describe, expect, it } from 'vitest';
import { createWxAdapter, shareApp, sharePage } from '../src/index';
import { OTHER_PAGE, PAGE, world } from './harness';

describe('sharePage', () => {
  it('each page shares its own content: set when the page shows, restored on navigateBack', async () => {
    const a = { title: 'Page A', path: `${PAGE}?id=1` };
    const b = { title: 'Page B', path: `${OTHER_PAGE}?id=2` };
    const { runtime } = world('2.2.3', { page: a, other: b });
    expect((await runtime.user.tapMenuShare()).delivered).toMatchObject(a);
    runtime.navigateTo(OTHER_PAGE);
    expect((await runtime.user.tapMenuShare()).delivered).toMatchObject(b);
    runtime.navigateBack();
    expect((await runtime.user.tapMenuShare()).delivered).toMatchObject(a);
  });

  it("composes with the page's own onShow when that calls the helper's", async () => {
    const runtime = createWxRuntime({ SDKVersion: '3.4.0' });
    const adapter = createWxAdapter({ wx: runtime.wx });
    const controller = createShareController({ adapter, content: { title: 'app-wide' } });
    const share = sharePage({ adapter, controller }, { title: 'page content', path: '/pages/article/index' });
    let ownShows = 0;
    runtime.Page(PAGE, {
      ...share,
      onShow() {
        share.onShow();
        ownShows++;
      },
    });
    runtime.launch({ path: PAGE });
    const report = await runtime.user.tapMenuShare();
    expect(report.delivered?.title).toBe('page content');
    // The panel hid the page and showed it again: both the page's code and the helper ran, and
    // the helper settled the session (2.3.0+ reports nothing else).
    expect(ownShows).toBe(2);
    expect(controller.getState().settled?.outcome).toEqual({ status: 'unconfirmed', channel: 'shareAppMessage' });
  });

  it('a page that overrides onShow without calling the helper leaves sessions to the timeout', async () => {
    const runtime = createWxRuntime({ SDKVersion: '3.4.0' });
    const adapter = createWxAdapter({ wx: runtime.wx });
    const controller = createShareController({ adapter, content: { title: 't' }, presentTimeout: 50 });
    runtime.Page(PAGE, { ...sharePage({ adapter, controller }), onShow() {} });
    runtime.launch({ path: PAGE });
    await runtime.user.tapMenuShare();
    expect(controller.getState().session.phase).toBe('presenting');
    await new Promise((r) => setTimeout(r, 80));
    expect(controller.getState().settled?.outcome.status).toBe('unconfirmed');
  });

  it('passes from, target and webViewUrl to the provider (1.6.4+)', async () => {
    const triggers: ShareTrigger[] = [];
    const { runtime } = world('1.6.4', {
      controller: {
        content: (trigger) => {
          triggers.push(trigger);
          return {};
        },
      },
    });
    await runtime.user.tapShareButton({ id: 'share-btn', dataset: { article: 7 } }, { webViewUrl: 'https://example.com/w' });
    await runtime.user.tapMenuShare();
    expect(triggers[0]).toMatchObject({ from: 'button', target: { id: 'share-btn', dataset: { article: 7 } }, webViewUrl: 'https://example.com/w' });
    expect(triggers[1]).toEqual({ from: 'menu' });
  });

  it('timeline is opt-in: { timeline: true } defines onShareTimeline, which maps path to query', async () => {
    const content = { title: 'Moments', path: `${PAGE}?id=42&ref=tl`, imageUrl: 'https://example.com/sq.png' };
    const on = world('2.11.3', { controller: { content }, pageOptions: { timeline: true } });
    await on.controller.showMenu({ menus: ['shareAppMessage', 'shareTimeline'] });
    const report = await on.runtime.user.tapTimelineShare();
    expect(report.delivered).toEqual({ title: 'Moments', query: 'id=42&ref=tl', imageUrl: 'https://example.com/sq.png' });
    expect(on.last()).toEqual({ status: 'unconfirmed', channel: 'shareTimeline' });

    const off = world('2.11.3', { controller: { content } });
    await off.controller.showMenu({ menus: ['shareAppMessage', 'shareTimeline'] });
    expect((await off.runtime.user.tapTimelineShare()).reason).toBe('no-handler');
  });

  it('timeline with async content gets the defaults and a warning (WeChat cannot wait there)', async () => {
    const { runtime, events } = world('3.4.0', {
      adapter: { defaults: { title: 'D', path: '/pages/article/index?d=1' } },
      controller: { content: async () => ({ title: 'late' }) },
      pageOptions: { timeline: true },
    });
    const report = await runtime.user.tapTimelineShare();
    expect(report.delivered).toMatchObject({ title: 'D', query: 'd=1' });
    expect(events.some((e) => e.event.type === 'warning')).toBe(true);
  });

  it('without a controller connected, the handlers return the defaults', () => {
    const adapter = createWxAdapter({ wx: createWxRuntime({ SDKVersion: '3.4.0' }).wx, defaults: { title: 'D' } });
    expect(adapter.page.onShareAppMessage({ from: 'menu' })).toEqual({ title: 'D' });
    expect(adapter.page.onShareTimeline()).toEqual({ title: 'D' });
    const controller = createShareController({ adapter, content: { title: 'live' } });
    controller.dispose();
    expect(adapter.page.onShareAppMessage({ from: 'menu' })).toEqual({ title: 'D' });
  });
});

describe('shareApp', () => {
  it("composes with the app's own hooks and hands every launch and show to the controller", () => {
    const runtime = createWxRuntime({ SDKVersion: '2.2.3' });
    const adapter = createWxAdapter({ wx: runtime.wx });
    const controller = createShareController({ adapter });
    const hooks = shareApp({ adapter });
    const seen: string[] = [];
    runtime.App({
      ...hooks,
      onLaunch(options: { scene: number }) {
        hooks.onLaunch(options);
        seen.push(`launch ${options.scene}`);
      },
    });
    runtime.Page(PAGE, {});
    runtime.launch({ path: `${PAGE}?id=5` });
    expect(seen).toEqual(['launch 1001']);
    expect(controller.getState().launch).toEqual({ scene: 1001, path: 'pages/article/index', query: { id: '5' } });
    runtime.hide();
    runtime.show({ scene: 1044, shareTicket: runtime.issueTicket() });
    expect(controller.getState().launch).toMatchObject({ scene: 1044, shareTicket: expect.any(String) });
  });
});
