import { createShareController, type ShareTrigger } from '@sharekit/core';
import { createWxRuntime } from '@sharekit/mock/wx';
import { describe, expect, it } from 'vitest';
import { createWxAdapter, shareApp, sharePage } from '../src/index';
import { OTHER_PAGE, PAGE, type World, world } from './harness';

/** The controller's menu is the one WeChat holds for the page in front. */
function expectMenuInSync({ controller, runtime }: Pick<World, 'controller' | 'runtime'>) {
  const { visible, withShareTicket, menus } = runtime.menu;
  expect(controller.getState().menu).toEqual({ visible, items: menus, tickets: withShareTicket });
}

/** A group share from the page in front: the outcome's tickets and the ones WeChat issued. */
async function groupShare({ runtime, last }: Pick<World, 'runtime' | 'last'>) {
  const report = await runtime.user.tapMenuShare({ choose: 'group' });
  const outcome = last();
  return { reported: report.shareTickets ?? [], tickets: outcome?.status === 'shared' ? outcome.tickets : undefined };
}

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

describe('per-page share menus (WeChat keeps one per page)', () => {
  it('2.2.3: withShareTicket on A, navigateTo(B), back to A: the menu state and the tickets follow the page', async () => {
    const w = world('2.2.3', { page: { title: 'A' }, other: { title: 'B' } });
    await w.controller.showMenu({ withShareTicket: true });
    expect(w.controller.getState().menu.tickets).toBe(true);
    expectMenuInSync(w);
    expect(await groupShare(w)).toEqual({ reported: [expect.any(String)], tickets: [expect.any(String)] });

    w.runtime.navigateTo(OTHER_PAGE);
    expect(w.controller.getState().menu).toEqual({ visible: true, items: ['shareAppMessage'], tickets: false });
    expectMenuInSync(w);
    // B never asked for tickets: WeChat gives none, and the controller no longer claims it would.
    expect(await groupShare(w)).toEqual({ reported: [], tickets: [] });

    w.runtime.navigateBack();
    expect(w.controller.getState().menu.tickets).toBe(true);
    expectMenuInSync(w);
    const back = await groupShare(w);
    expect(back.tickets).toHaveLength(1);
    expect(back.tickets).toEqual(back.reported);
    expect(w.runtime.isTicketValid(back.tickets![0]!)).toBe(true);
  });

  it('a menu hidden on A stays hidden on A only; B starts visible', async () => {
    const w = world('2.2.3', { other: { title: 'B' } });
    await w.controller.hideMenu();
    expect(w.controller.getState().menu.visible).toBe(false);
    w.runtime.navigateTo(OTHER_PAGE);
    expect(w.controller.getState().menu.visible).toBe(true);
    expectMenuInSync(w);
    expect((await w.runtime.user.tapMenuShare()).opened).toBe(true);
    w.runtime.navigateBack();
    expect(w.controller.getState().menu.visible).toBe(false);
    expectMenuInSync(w);
    expect((await w.runtime.user.tapMenuShare()).reason).toBe('menu-hidden');
  });

  it('menus set on B are B\'s: they follow B while it lives, a new B starts from the default', async () => {
    const w = world('2.11.3', { other: { title: 'B' } });
    w.runtime.navigateTo(OTHER_PAGE);
    await w.controller.showMenu({ withShareTicket: true, menus: ['shareAppMessage', 'shareTimeline'] });
    expectMenuInSync(w);
    w.runtime.navigateBack();
    expect(w.controller.getState().menu).toEqual({ visible: true, items: ['shareAppMessage'], tickets: false });
    expectMenuInSync(w);
    // The old B was unloaded: this is a new page with WeChat's default menu.
    w.runtime.navigateTo(OTHER_PAGE);
    expect(w.controller.getState().menu).toEqual({ visible: true, items: ['shareAppMessage'], tickets: false });
    expectMenuInSync(w);
  });

  it('two instances of the same route keep their own menus (pages are told apart by instance)', async () => {
    const w = world('2.2.3');
    await w.controller.showMenu({ withShareTicket: true });
    w.runtime.navigateTo(`${PAGE}?id=43`);
    expect(w.controller.getState().menu.tickets).toBe(false);
    expectMenuInSync(w);
    w.runtime.navigateBack();
    expect(w.controller.getState().menu.tickets).toBe(true);
    expectMenuInSync(w);
  });

  it('redirectTo and reLaunch open new pages: the default menu', async () => {
    const w = world('2.2.3', { other: { title: 'B' } });
    await w.controller.showMenu({ withShareTicket: true });
    w.runtime.redirectTo(OTHER_PAGE);
    expectMenuInSync(w);
    expect(w.controller.getState().menu.tickets).toBe(false);
    await w.controller.showMenu({ withShareTicket: true });
    w.runtime.reLaunch(PAGE);
    expectMenuInSync(w);
    expect(w.controller.getState().menu.tickets).toBe(false);
  });

  it('the share panel and the app going to the background keep the page, and its menu', async () => {
    const w = world('2.2.3', { controller: { content: { title: 't' } } });
    await w.controller.showMenu({ withShareTicket: true });
    const before = w.events.length;
    await w.runtime.user.tapMenuShare();
    w.runtime.hide();
    w.runtime.show();
    expect(w.controller.getState().menu.tickets).toBe(true);
    expect(w.events.slice(before).some((e) => e.event.type === 'menu')).toBe(false);
  });

  it('a new page with onShareTimeline (2.11.3+) starts with the timeline item, as WeChat shows it', () => {
    const w = world('2.11.3');
    w.runtime.Page(OTHER_PAGE, { ...sharePage(w, { title: 'B' }, { timeline: true }) });
    w.runtime.navigateTo(OTHER_PAGE);
    expect(w.controller.getState().menu.items).toEqual(['shareAppMessage', 'shareTimeline']);
    expectMenuInSync(w);
  });

  it('a page without onShareAppMessage has no share menu', () => {
    const w = world('2.2.3');
    w.runtime.Page(OTHER_PAGE, { onShow: w.adapter.page.onShow });
    w.runtime.navigateTo(OTHER_PAGE);
    expect(w.controller.getState().menu).toEqual({ visible: false, items: [], tickets: false });
    expectMenuInSync(w);
  });

  it('after the lifecycle ends, the first page of the next one starts from the default menu', async () => {
    const w = world('2.2.3');
    await w.controller.showMenu({ withShareTicket: true });
    w.runtime.destroy();
    w.adapter.destroy();
    w.runtime.launch({ path: PAGE });
    expect(w.controller.getState().menu.tickets).toBe(false);
    expectMenuInSync(w);
  });

  it('without getCurrentPages, pages are told apart by the route of the page calling onShow', async () => {
    const w = world('2.2.3', { adapter: { getCurrentPages: null }, other: { title: 'B' } });
    await w.controller.showMenu({ withShareTicket: true });
    w.runtime.navigateTo(OTHER_PAGE);
    expect(w.controller.getState().menu.tickets).toBe(false);
    expectMenuInSync(w);
    w.runtime.navigateBack();
    expect(w.controller.getState().menu.tickets).toBe(true);
    expectMenuInSync(w);
  });

  it("uses the global getCurrentPages, as in a mini program", async () => {
    const runtime = createWxRuntime({ SDKVersion: '2.2.3' });
    const restore = runtime.install();
    try {
      const adapter = createWxAdapter({ wx: runtime.wx });
      const controller = createShareController({ adapter });
      runtime.App({ ...shareApp({ adapter }) });
      // A page that calls the helper from its own onShow: `this` is not the page there.
      const hooks = sharePage({ adapter, controller });
      runtime.Page(PAGE, { ...hooks, onShow: () => hooks.onShow() });
      runtime.Page(OTHER_PAGE, { ...hooks, onShow: () => hooks.onShow() });
      runtime.launch({ path: PAGE });
      await controller.showMenu({ withShareTicket: true });
      runtime.navigateTo(OTHER_PAGE);
      expectMenuInSync({ controller, runtime });
      expect(controller.getState().menu.tickets).toBe(false);
      runtime.navigateBack();
      expect(controller.getState().menu.tickets).toBe(true);
    } finally {
      restore();
    }
  });
});
