import { afterEach, describe, expect, it, vi } from 'vitest';
import type { WxShareAppMessageReturn } from '../../src/wx';
import { launched } from './helpers';

afterEach(() => {
  vi.useRealTimers();
});

const hooks = (runtime: { events: readonly { target: string; hook: string }[] }) =>
  runtime.events.map((event) => `${event.target}.${event.hook}`);

describe('chat choice below 2.3.0 (2.2.3)', () => {
  function setup() {
    const log: string[] = [];
    const { runtime } = launched('2.2.3', {
      onShareAppMessage: () => ({
        title: 'Hello',
        success: (result) => log.push(`success ${JSON.stringify(result)}`),
        fail: (result) => log.push(`fail ${result.errMsg}`),
        complete: (result) => log.push(`complete ${result.errMsg}`),
      }),
    });
    return { runtime, log };
  }

  it('group chats with withShareTicket: one ticket per group, one card per group', async () => {
    const { runtime, log } = setup();
    await runtime.wx.showShareMenu?.({ withShareTicket: true, success() {} });
    const report = await runtime.user.tapMenuShare({ choose: 'group', groups: ['tGroupA', 'tGroupB'] });
    expect(report.shareTickets).toHaveLength(2);
    expect(new Set(report.shareTickets).size).toBe(2);
    expect(report.cards.map((card) => [card.chat, card.openGId, card.withShareTicket])).toEqual([
      ['group', 'tGroupA', true],
      ['group', 'tGroupB', true],
    ]);
    expect(log[0]).toBe(`success ${JSON.stringify({ errMsg: 'shareAppMessage:ok', shareTickets: report.shareTickets })}`);
    expect(log[1]).toBe('complete shareAppMessage:ok');
    for (const ticket of report.shareTickets ?? []) expect(runtime.isTicketValid(ticket)).toBe(true);
  });

  it('group chats without withShareTicket: success without tickets', async () => {
    const { runtime, log } = setup();
    const report = await runtime.user.tapMenuShare({ choose: 'group' });
    expect(report.shareTickets).toBeUndefined();
    expect(log).toEqual(['success {"errMsg":"shareAppMessage:ok"}', 'complete shareAppMessage:ok']);
    expect(report.cards[0]).toMatchObject({ chat: 'group', withShareTicket: false });
  });

  it('one-to-one chats never yield tickets, even with withShareTicket', async () => {
    const { runtime, log } = setup();
    runtime.wx.showShareMenu?.({ withShareTicket: true, success() {} });
    const report = await runtime.user.tapMenuShare({ choose: 'single' });
    expect(report.shareTickets).toBeUndefined();
    expect(report.cards).toEqual([expect.objectContaining({ chat: 'single', withShareTicket: false })]);
    expect(log[0]).toBe('success {"errMsg":"shareAppMessage:ok"}');
  });

  it('cancel: fail cancel, nothing delivered', async () => {
    const { runtime, log } = setup();
    const report = await runtime.user.tapMenuShare({ choose: 'cancel' });
    expect(report).toMatchObject({ delivered: null, cards: [], errMsg: 'shareAppMessage:fail cancel' });
    expect(report.callbacks).toEqual(['fail', 'complete']);
    expect(log).toEqual(['fail shareAppMessage:fail cancel', 'complete shareAppMessage:fail cancel']);
  });

  it('failure: fail with the detail message', async () => {
    const { runtime, log } = setup();
    const report = await runtime.user.tapMenuShare({ choose: 'fail', detail: 'network busy' });
    expect(report.errMsg).toBe('shareAppMessage:fail network busy');
    expect(log[0]).toBe('fail shareAppMessage:fail network busy');
  });
});

describe('from 2.3.0 (3.4.0): no result at all', () => {
  it.each(['group', 'single', 'cancel', 'fail'] as const)('%s: no callback fires', async (choose) => {
    const success = vi.fn();
    const fail = vi.fn();
    const complete = vi.fn();
    const { runtime } = launched('3.4.0', { onShareAppMessage: () => ({ title: 'T', success, fail, complete }) });
    await runtime.wx.showShareMenu?.({ withShareTicket: true });
    const report = await runtime.user.tapMenuShare({ choose });
    expect(success).not.toHaveBeenCalled();
    expect(fail).not.toHaveBeenCalled();
    expect(complete).not.toHaveBeenCalled();
    expect(report.errMsg).toBeUndefined();
    expect(report.shareTickets).toBeUndefined();
    expect(report.delivered === null).toBe(choose === 'cancel' || choose === 'fail');
  });

  it('the card still carries the ticket for whoever opens it', async () => {
    const { runtime } = launched('3.4.0', { onShareAppMessage: () => ({}) });
    await runtime.wx.showShareMenu?.({ withShareTicket: true });
    const report = await runtime.user.tapMenuShare({ groups: ['tGroupA'] });
    expect(report.cards[0]).toMatchObject({ chat: 'group', openGId: 'tGroupA', withShareTicket: true });
  });
});

describe('the page around the chat picker', () => {
  it.each(['group', 'cancel'] as const)('%s: onHide at the tap, onShow when the picker closes', async (choose) => {
    const { runtime } = launched('3.4.0', { onShareAppMessage: () => ({}) });
    runtime.clearRecords();
    const tap = runtime.user.tapMenuShare({ choose });
    // Synchronously: the handler ran and the picker covers the page.
    expect(hooks(runtime)).toEqual(['page.onHide']);
    await tap;
    expect(hooks(runtime)).toEqual(['page.onHide', 'page.onShow']);
  });

  it('below 2.3.0 the result callbacks fire before onShow (default order)', async () => {
    const order: string[] = [];
    const { runtime } = launched('2.2.3', {
      onShow: () => order.push('onShow'),
      onHide: () => order.push('onHide'),
      onShareAppMessage: () => ({ success: () => order.push('success'), complete: () => order.push('complete') }),
    });
    order.length = 0;
    await runtime.user.tapMenuShare();
    expect(order).toEqual(['onHide', 'success', 'complete', 'onShow']);
  });

  it('resultOrder "show-first" puts onShow before the callbacks', async () => {
    const order: string[] = [];
    const { runtime } = launched(
      '2.2.3',
      { onShow: () => order.push('onShow'), onShareAppMessage: () => ({ success: () => order.push('success') }) },
      { resultOrder: 'show-first' },
    );
    order.length = 0;
    await runtime.user.tapMenuShare();
    expect(order).toEqual(['onShow', 'success']);
  });

  it('the user can take time (dwell, fake timers)', async () => {
    vi.useFakeTimers();
    const { runtime } = launched('3.4.0', { onShareAppMessage: () => ({}) });
    let settled = false;
    const tap = runtime.user.tapMenuShare({ dwell: 10_000 }).then((report) => {
      settled = true;
      return report;
    });
    await vi.advanceTimersByTimeAsync(9_999);
    expect(settled).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect((await tap).delivered).not.toBeNull();
  });

  it('a second tap while the picker is open does nothing', async () => {
    vi.useFakeTimers();
    const handler = vi.fn(() => ({}));
    const { runtime } = launched('3.4.0', { onShareAppMessage: handler });
    const first = runtime.user.tapMenuShare({ dwell: 100 });
    const second = await runtime.user.tapShareButton();
    expect(second).toMatchObject({ opened: false, reason: 'busy' });
    await vi.advanceTimersByTimeAsync(100);
    expect((await first).opened).toBe(true);
    expect(handler).toHaveBeenCalledTimes(1);
  });
});

describe('content', () => {
  it('defaults: title = app name, path = current page with its query, no imageUrl', async () => {
    const { runtime } = launched('3.4.0', { onShareAppMessage: () => undefined });
    const report = await runtime.user.tapMenuShare();
    expect(report.delivered).toEqual({ title: 'Demo App', path: '/pages/article/index?id=42' });
  });

  it('imageUrl is ignored before 1.5.0', async () => {
    const { runtime } = launched('1.4.9', { onShareAppMessage: () => ({ title: 'T', imageUrl: '/img.png' }) });
    expect((await runtime.user.tapMenuShare()).delivered).toEqual({ title: 'T', path: '/pages/article/index?id=42' });
  });

  it('a returned Promise is not understood: defaults are shared', async () => {
    const { runtime } = launched('3.4.0', {
      onShareAppMessage: (() => Promise.resolve({ title: 'async title', path: '/pages/x' })) as unknown as () => undefined,
    });
    const report = await runtime.user.tapMenuShare();
    expect(report.promise).toBe('returned-promise');
    expect(report.delivered).toEqual({ title: 'Demo App', path: '/pages/article/index?id=42' });
  });

  it('a throwing handler: reported to App.onError, defaults are shared', async () => {
    const { runtime, appErrors } = launched('3.4.0', {
      onShareAppMessage: () => {
        throw new Error('provider broke');
      },
    });
    const report = await runtime.user.tapMenuShare();
    expect(report.handlerError).toBeInstanceOf(Error);
    expect(appErrors[0]).toContain('provider broke');
    expect(report.delivered?.title).toBe('Demo App');
  });
});

describe('the promise field (2.12.0+)', () => {
  const page = (promise: WxShareAppMessageReturn['promise']) => ({
    onShareAppMessage: () => ({ title: 'sync title', path: '/pages/article/index?id=1', promise }),
  });
  const later = <T>(ms: number, value: T) => new Promise<T>((resolve) => setTimeout(() => resolve(value), ms));

  it('resolves in time: its fields win, fields it lacks get defaults', async () => {
    vi.useFakeTimers();
    const { runtime } = launched('2.12.0', page(later(2_999, { title: 'async title', imageUrl: '/a.png' })));
    const tap = runtime.user.tapMenuShare();
    await vi.advanceTimersByTimeAsync(2_999);
    const report = await tap;
    expect(report.promise).toBe('resolved');
    expect(report.delivered).toEqual({ title: 'async title', path: '/pages/article/index?id=42', imageUrl: '/a.png' });
  });

  it('too late: the synchronous fields are used at 3 s', async () => {
    vi.useFakeTimers();
    const { runtime } = launched('2.12.0', page(later(3_500, { title: 'async title' })));
    let report: Awaited<ReturnType<typeof runtime.user.tapMenuShare>> | undefined;
    void runtime.user.tapMenuShare().then((r) => {
      report = r;
    });
    await vi.advanceTimersByTimeAsync(2_999);
    expect(report).toBeUndefined();
    await vi.advanceTimersByTimeAsync(1);
    expect(report?.promise).toBe('timeout');
    expect(report?.delivered).toEqual({ title: 'sync title', path: '/pages/article/index?id=1' });
    await vi.advanceTimersByTimeAsync(1_000); // the late resolution changes nothing
    expect(report?.delivered?.title).toBe('sync title');
  });

  it('promiseTimeout is configurable', async () => {
    vi.useFakeTimers();
    const { runtime } = launched('3.4.0', page(later(200, { title: 'async' })), { promiseTimeout: 100 });
    const tap = runtime.user.tapMenuShare();
    await vi.advanceTimersByTimeAsync(100);
    expect((await tap).promise).toBe('timeout');
  });

  it('rejected: the synchronous fields are used', async () => {
    const { runtime } = launched('3.4.0', page(Promise.reject(new Error('no'))));
    const report = await runtime.user.tapMenuShare();
    expect(report.promise).toBe('rejected');
    expect(report.delivered?.title).toBe('sync title');
  });

  it('cancel does not wait for the promise', async () => {
    vi.useFakeTimers();
    const { runtime } = launched('3.4.0', page(new Promise(() => {})));
    const report = await runtime.user.tapMenuShare({ choose: 'cancel' });
    expect(report).toMatchObject({ promise: 'not-needed', delivered: null });
  });
});

describe('when the tap does nothing', () => {
  it('no onShareAppMessage: no menu item, the button does nothing', async () => {
    const { runtime } = launched('3.4.0', {});
    expect(runtime.menu.visible).toBe(false);
    expect(await runtime.user.tapMenuShare()).toMatchObject({ opened: false, reason: 'no-handler' });
    expect(await runtime.user.tapShareButton()).toMatchObject({ opened: false, reason: 'no-handler' });
  });

  it('hideShareMenu hides the menu item but not the button', async () => {
    const { runtime } = launched('3.4.0', { onShareAppMessage: () => ({}) });
    expect(runtime.menu.visible).toBe(true);
    await runtime.wx.hideShareMenu?.();
    expect(runtime.menu.visible).toBe(false);
    expect(await runtime.user.tapMenuShare()).toMatchObject({ opened: false, reason: 'menu-hidden' });
    expect((await runtime.user.tapShareButton()).opened).toBe(true);
  });

  it('the app in the background or destroyed', async () => {
    const { runtime } = launched('3.4.0', { onShareAppMessage: () => ({}) });
    runtime.hide();
    expect(await runtime.user.tapMenuShare()).toMatchObject({ opened: false, reason: 'not-running' });
    runtime.destroy();
    expect(await runtime.user.tapMenuShare()).toMatchObject({ opened: false, reason: 'not-running' });
  });
});

describe('timeline and favorites', () => {
  const page = {
    onShareAppMessage: () => ({}),
    onShareTimeline: () => ({ title: 'Moments title', query: 'id=42&from=timeline' }),
  };

  it('the timeline item exists from 2.11.3 when the page defines both handlers', async () => {
    const { runtime } = launched('2.11.3', page);
    expect(runtime.menu.menus).toEqual(['shareAppMessage', 'shareTimeline']);
    const report = await runtime.user.tapTimelineShare();
    expect(report).toMatchObject({ opened: true, delivered: { title: 'Moments title', query: 'id=42&from=timeline' } });
    expect((await launched('2.11.2', page).runtime.user.tapTimelineShare()).reason).toBe('timeline-unsupported');
  });

  it('timeline needs shareAppMessage shown too', async () => {
    const { runtime } = launched('3.4.0', page);
    await runtime.wx.hideShareMenu?.({ menus: ['shareAppMessage'] });
    expect(runtime.menu.menus).toEqual(['shareTimeline']);
    expect((await runtime.user.tapTimelineShare()).reason).toBe('timeline-hidden');
    await runtime.wx.showShareMenu?.({ menus: ['shareAppMessage', 'shareTimeline'] });
    expect((await runtime.user.tapTimelineShare()).opened).toBe(true);
  });

  it('timeline defaults: app name and the page query', async () => {
    const { runtime } = launched('3.4.0', { onShareAppMessage: () => ({}), onShareTimeline: () => undefined });
    expect((await runtime.user.tapTimelineShare()).delivered).toEqual({ title: 'Demo App', query: 'id=42' });
  });

  it('onAddToFavorites is asked from 2.10.3', () => {
    const favorites = { onAddToFavorites: () => ({ title: 'Fav', query: 'id=7' }) };
    expect(launched('2.10.3', favorites).runtime.user.tapAddToFavorites().delivered).toEqual({ title: 'Fav', query: 'id=7' });
    expect(launched('2.10.2', favorites).runtime.user.tapAddToFavorites().delivered).toEqual({
      title: 'Demo App',
      query: 'id=42',
    });
  });
});
