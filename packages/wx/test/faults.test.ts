// Fault injection: a wx that throws, answers twice, answers both ways, never answers, or answers
// after dispose. Each ends in a defined outcome and a ShareError, and the next call still works.
import { createShareController, isShareError, type ShareEvent } from '@sharekit/core';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { WxLike } from '../src/index';
import { PAGE, world } from './harness';

type Callbacks = { success?: (r: unknown) => void; fail?: (r: unknown) => void };
type Fault = (options: Callbacks) => void;

/** A world at 2.2.3 whose wx.showShareMenu misbehaves as `fault` says, for the next call only. */
function faulty(fault: Fault) {
  let armed = true;
  return world('2.2.3', {
    wx: (wx) =>
      ({
        ...wx,
        showShareMenu(options: Callbacks) {
          if (!armed) return wx.showShareMenu!(options as never);
          armed = false;
          return fault(options);
        },
      }) as WxLike,
  });
}

const menuEvents = (events: Array<{ event: ShareEvent }>) => events.filter((e) => e.event.type === 'menu').length;

afterEach(() => {
  vi.useRealTimers();
});

describe('wx faults', () => {
  it('a wx API that throws synchronously: platform, state unchanged, the next call works', async () => {
    const { controller } = faulty(() => {
      throw new Error('native bridge down');
    });
    const before = controller.getState().menu;
    const error = await controller.showMenu({ withShareTicket: true }).catch((e: unknown) => e);
    expect(isShareError(error, 'platform')).toBe(true);
    expect((error as Error).message).toContain('wx.showShareMenu threw: native bridge down');
    expect(controller.getState().menu).toBe(before);
    await controller.showMenu({ withShareTicket: true });
    expect(controller.getState().menu.tickets).toBe(true);
  });

  it('success then fail: the first answer wins, once', async () => {
    const { controller, events } = faulty((o) => {
      o.success?.({ errMsg: 'showShareMenu:ok' });
      o.fail?.({ errMsg: 'showShareMenu:fail late' });
    });
    await controller.showMenu({ withShareTicket: true });
    expect(controller.getState().menu.tickets).toBe(true);
    expect(menuEvents(events)).toBe(1);
  });

  it('fail then success: rejected, and the late success changes nothing', async () => {
    const { controller, events } = faulty((o) => {
      o.fail?.({ errMsg: 'showShareMenu:fail busy' });
      o.success?.({ errMsg: 'showShareMenu:ok' });
    });
    const before = controller.getState().menu;
    const error = await controller.showMenu({ withShareTicket: true }).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'platform', platformMessage: 'showShareMenu:fail busy' });
    expect(controller.getState().menu).toBe(before);
    expect(menuEvents(events)).toBe(0);
  });

  it('success twice: applied once', async () => {
    const { controller, events } = faulty((o) => {
      o.success?.({ errMsg: 'showShareMenu:ok' });
      o.success?.({ errMsg: 'showShareMenu:ok' });
    });
    await controller.showMenu();
    expect(menuEvents(events)).toBe(1);
  });

  it('never answers: timeout after 10 s, state unchanged, the next call works', async () => {
    vi.useFakeTimers();
    const { controller } = faulty(() => {});
    const before = controller.getState().menu;
    const pending = controller.showMenu({ withShareTicket: true }).catch((e: unknown) => e);
    await vi.advanceTimersByTimeAsync(10_000);
    const error = await pending;
    expect(isShareError(error, 'timeout')).toBe(true);
    expect((error as Error).message).toBe('timeout: wx.showShareMenu gave no answer within 10000 ms');
    expect(controller.getState().menu).toBe(before);
    await controller.showMenu({ withShareTicket: true });
    expect(controller.getState().menu.tickets).toBe(true);
  });

  it('answers after dispose: the call rejected disposed already, no listener runs, nothing throws', async () => {
    let answer: (() => void) | undefined;
    const { controller, events } = faulty((o) => {
      answer = () => o.success?.({ errMsg: 'showShareMenu:ok' });
    });
    const pending = controller.showMenu();
    controller.dispose();
    const count = events.length;
    expect(() => answer!()).not.toThrow();
    await expect(pending).rejects.toSatisfy((e) => isShareError(e, 'disposed'));
    expect(events.length).toBe(count);
  });

  it('share result callbacks called twice, or both ways, or after dispose (2.2.3): one outcome', async () => {
    const { adapter, controller, events } = world('2.2.3', { controller: { content: { title: 'T', path: '/pages/a/index' } } });
    const returned = adapter.page.onShareAppMessage({ from: 'menu' }) as Callbacks;
    returned.success?.({ errMsg: 'shareAppMessage:ok', shareTickets: ['T1'] });
    returned.fail?.({ errMsg: 'shareAppMessage:fail cancel' });
    returned.success?.({ errMsg: 'shareAppMessage:ok', shareTickets: ['T2'] });
    const settled = new Set(events.map((e) => e.state.settled).filter(Boolean));
    expect([...settled]).toEqual([{ id: 1, outcome: { status: 'shared', channel: 'shareAppMessage', tickets: ['T1'] } }]);
    const again = adapter.page.onShareAppMessage({ from: 'menu' }) as Callbacks;
    controller.dispose();
    const count = events.length;
    expect(() => again.success?.({ errMsg: 'shareAppMessage:ok' })).not.toThrow();
    expect(events.length).toBe(count);
  });

  it('getShareInfo that never answers: timeout after WeChat’s own timeout plus 10 s', async () => {
    vi.useFakeTimers();
    const { adapter } = world('2.2.3', {
      wx: (wx) => ({ ...wx, getShareInfo: () => {} }) as WxLike,
    });
    let done = false;
    const pending = adapter.getShareInfo('T', { timeout: 2000 }).catch((e: unknown) => e).finally(() => {
      done = true;
    });
    await vi.advanceTimersByTimeAsync(11_999);
    expect(done).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(isShareError(await pending, 'timeout')).toBe(true);
  });

  it('never answers, then dispose: disposed at once, and no timer is left (10 s call timer)', async () => {
    vi.useFakeTimers();
    const { controller } = faulty(() => {});
    const timers = vi.getTimerCount();
    let settled: unknown;
    controller.showMenu().catch((e: unknown) => {
      settled = e;
    });
    expect(vi.getTimerCount()).toBeGreaterThan(timers);
    controller.dispose();
    await vi.advanceTimersByTimeAsync(0);
    expect(isShareError(settled, 'disposed')).toBe(true);
    expect(vi.getTimerCount()).toBe(timers);
  });

  it('getShareInfo that never answers, then dispose: disposed at once, no timer left', async () => {
    vi.useFakeTimers();
    const { controller, runtime } = world('2.2.3', { wx: (wx) => ({ ...wx, getShareInfo: () => {} }) as WxLike });
    runtime.hide();
    runtime.show({ scene: 1044, shareTicket: runtime.issueTicket() });
    const timers = vi.getTimerCount();
    const pending = controller.getShareInfo().catch((e: unknown) => e);
    controller.dispose();
    expect(isShareError(await pending, 'disposed')).toBe(true);
    expect(vi.getTimerCount()).toBe(timers);
  });

  it('async content still on its way at dispose (2.12.0): the 3 s watch is cleared, no warning', async () => {
    vi.useFakeTimers();
    const { adapter, controller, events } = world('2.12.0', { controller: { content: () => new Promise(() => {}) } });
    const timers = vi.getTimerCount();
    adapter.page.onShareAppMessage({ from: 'menu' });
    expect(vi.getTimerCount()).toBeGreaterThan(timers);
    controller.dispose();
    const count = events.length;
    expect(vi.getTimerCount()).toBe(timers);
    await vi.advanceTimersByTimeAsync(10_000);
    expect(events.length).toBe(count);
  });

  it('a share fail() callback with no argument still settles (2.2.3)', () => {
    const { adapter, last } = world('2.2.3', { controller: { content: { title: 'T', path: '/pages/a/index' } } });
    const returned = adapter.page.onShareAppMessage({ from: 'menu' }) as Callbacks;
    (returned.fail as () => void)();
    expect(last()).toMatchObject({ status: 'failed', error: { code: 'platform' } });
  });

  it('a menu fail() callback with no argument still settles', async () => {
    const { controller } = faulty((o) => (o.fail as () => void)());
    await expect(controller.showMenu()).rejects.toSatisfy((e) => isShareError(e, 'platform'));
  });

  it('getShareInfo success without encryptedData or iv rejects platform', async () => {
    for (const answer of [{}, { encryptedData: 'x' }, { iv: 'y' }, { encryptedData: '', iv: '' }, undefined]) {
      const { controller, runtime } = world('2.2.3', {
        wx: (wx) => ({ ...wx, getShareInfo: (o: Callbacks) => o.success?.(answer) }) as WxLike,
      });
      runtime.hide();
      runtime.show({ scene: 1044, shareTicket: runtime.issueTicket() });
      await expect(controller.getShareInfo(), JSON.stringify(answer)).rejects.toSatisfy((e) => isShareError(e, 'platform'));
    }
  });

  it('disposing an old controller leaves a newer one on the same adapter connected', async () => {
    const { adapter, controller: old, runtime } = world('2.2.3');
    const current = createShareController({ adapter, content: { title: 'New', path: PAGE } });
    old.dispose();
    const report = await runtime.user.tapMenuShare({ choose: 'group' });
    expect(report.opened).toBe(true);
    expect(current.getState().settled?.outcome).toMatchObject({ status: 'shared' });
  });

  it('disposing a superseded controller ends its own pending wx calls and timers, not the newer one\'s', async () => {
    vi.useFakeTimers();
    const { adapter, controller: old } = world('2.2.3', { wx: (wx) => ({ ...wx, showShareMenu: () => {} }) as WxLike });
    const timers = vi.getTimerCount();
    const oldCall = old.showMenu().catch((e: unknown) => e);
    const current = createShareController({ adapter, content: { title: 'New', path: PAGE } });
    let currentSettled: unknown;
    const currentCall = current.showMenu().catch((e: unknown) => {
      currentSettled = e;
      return e;
    });
    expect(vi.getTimerCount()).toBe(timers + 2);
    old.dispose();
    expect(isShareError(await oldCall, 'disposed')).toBe(true);
    // The old call's 10 s timer is gone; the newer controller's call still waits for WeChat.
    expect(vi.getTimerCount()).toBe(timers + 1);
    await vi.advanceTimersByTimeAsync(0);
    expect(currentSettled).toBeUndefined();
    current.dispose();
    expect(isShareError(await currentCall, 'disposed')).toBe(true);
    expect(vi.getTimerCount()).toBe(timers);
  });
});
