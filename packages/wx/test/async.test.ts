import { isShareError, type ShareContent } from '@sharekit/core';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { PAGE, warnings, world } from './harness';

const DEFAULTS = { title: 'Sync defaults', path: `${PAGE}?from=defaults` };
const LATE = { title: 'Async title', path: `${PAGE}?id=99`, imageUrl: 'https://example.com/99.png' };

/** A provider that resolves after `ms` (fake timers). */
const after = (ms: number, content: ShareContent) => () =>
  new Promise<ShareContent>((resolve) => setTimeout(() => resolve(content), ms));

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('async content below 2.12.0 (2.11.3)', () => {
  it('WeChat gets the sync defaults, never a Promise, and the app gets a warning', async () => {
    const { runtime, events, last } = world('2.11.3', { adapter: { defaults: DEFAULTS }, controller: { content: after(100, LATE) } });
    const report = await runtime.user.tapMenuShare();
    expect(report.returned).toEqual(DEFAULTS);
    expect(report.promise).toBe('none');
    expect(report.delivered).toEqual(DEFAULTS);

    const [error, ...more] = warnings(events);
    expect(more).toEqual([]);
    expect(isShareError(error, 'unsupported')).toBe(true);
    expect(error?.message).toContain('2.12.0');

    // The page showed again: the session ends unconfirmed; the provider resolving later changes nothing.
    expect(last()?.status).toBe('unconfirmed');
    await vi.advanceTimersByTimeAsync(200);
    expect(new Set(events.map((e) => e.state.settled).filter(Boolean)).size).toBe(1);
    expect(last()?.status).toBe('unconfirmed');
  });

  it('without adapter defaults WeChat uses its own (app name, current page)', async () => {
    const { runtime } = world('2.11.3', { controller: { content: after(100, LATE) } });
    const report = await runtime.user.tapMenuShare();
    expect(report.delivered).toEqual({ title: 'Demo App', path: `${PAGE}?id=42` });
  });
});

describe('async content on 2.12.0', () => {
  it('resolving within WeChat\'s 3 s: the provider\'s content is delivered', async () => {
    const { runtime, events, last } = world('2.12.0', { adapter: { defaults: DEFAULTS }, controller: { content: after(1000, LATE) } });
    const tap = runtime.user.tapMenuShare();
    await vi.advanceTimersByTimeAsync(1000);
    const report = await tap;
    expect(report.returned).toMatchObject({ ...DEFAULTS, promise: expect.any(Promise) });
    expect(report.promise).toBe('resolved');
    expect(report.delivered).toEqual(LATE);
    expect(events.some((e) => e.event.type === 'warning')).toBe(false);
    expect(last()).toEqual({ status: 'unconfirmed', channel: 'shareAppMessage' });
  });

  it('resolving too late: the sync defaults are delivered, and the late content is ignored', async () => {
    const { runtime, events, last } = world('2.12.0', { adapter: { defaults: DEFAULTS }, controller: { content: after(5000, LATE) } });
    const tap = runtime.user.tapMenuShare();
    await vi.advanceTimersByTimeAsync(3000);
    const report = await tap;
    expect(report.promise).toBe('timeout');
    expect(report.delivered).toEqual(DEFAULTS);
    expect(last()?.status).toBe('unconfirmed');
    await vi.advanceTimersByTimeAsync(5000);
    const settlements = new Set(events.map((e) => e.state.settled).filter(Boolean));
    expect(settlements.size).toBe(1);
    expect(runtime.errors).toEqual([]);
  });

  it('a provider that rejects: the promise still resolves (to the defaults); the outcome is WeChat\'s, a warning carries the error', async () => {
    const { runtime, events, last } = world('2.12.0', {
      adapter: { defaults: DEFAULTS },
      controller: { content: () => Promise.reject(new Error('offline')) },
    });
    const report = await runtime.user.tapMenuShare();
    expect(report.promise).toBe('resolved');
    expect(report.delivered).toEqual(DEFAULTS);
    expect(last()).toEqual({ status: 'unconfirmed', channel: 'shareAppMessage' });
    expect(warnings(events)).toEqual([expect.objectContaining({ code: 'invalid-content', message: expect.stringContaining('offline') })]);
    // Nothing is left to fire: no timeout warning later.
    await vi.advanceTimersByTimeAsync(10_000);
    expect(warnings(events)).toHaveLength(1);
  });

  it('the promise field resolves to the defaults, never rejects, when the provider rejects', async () => {
    const { adapter } = world('2.12.0', { adapter: { defaults: DEFAULTS }, controller: { content: () => Promise.reject(new Error('offline')) } });
    const out = adapter.page.onShareAppMessage({ from: 'menu' });
    await expect(out.promise).resolves.toEqual(DEFAULTS);
  });

  it('content later than 3 s: a timeout warning when WeChat stops waiting; none when it arrives in time', async () => {
    const late = world('2.12.0', { adapter: { defaults: DEFAULTS }, controller: { content: after(5000, LATE) } });
    const tap = late.runtime.user.tapMenuShare();
    await vi.advanceTimersByTimeAsync(2999);
    expect(warnings(late.events)).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    expect((await tap).promise).toBe('timeout');
    const [warning, ...more] = warnings(late.events);
    expect(more).toEqual([]);
    expect(isShareError(warning, 'timeout')).toBe(true);
    expect(warning).toMatchObject({ platform: 'wx', message: expect.stringContaining('3 s') });
    // A warning, not an outcome: the session ended as WeChat let it (the page showed again).
    expect(late.last()).toEqual({ status: 'unconfirmed', channel: 'shareAppMessage' });

    const early = world('2.12.0', { adapter: { defaults: DEFAULTS }, controller: { content: after(2500, LATE) } });
    const quick = early.runtime.user.tapMenuShare();
    await vi.advanceTimersByTimeAsync(10_000);
    expect((await quick).delivered).toEqual(LATE);
    expect(warnings(early.events)).toEqual([]);
  });

  it('a user who cancels before 3 s needed no content: no timeout warning', async () => {
    const { runtime, events, last } = world('2.12.0', { controller: { content: () => new Promise<ShareContent>(() => {}) } });
    const tap = runtime.user.tapMenuShare({ choose: 'cancel', dwell: 1000 });
    await vi.advanceTimersByTimeAsync(1000);
    expect((await tap).promise).toBe('not-needed');
    expect(last()).toEqual({ status: 'unconfirmed', channel: 'shareAppMessage' });
    await vi.advanceTimersByTimeAsync(10_000);
    expect(warnings(events)).toEqual([]);
  });
});

describe('a provider that never resolves and a slow user (15 s in the chat picker)', () => {
  const hanging = () => new Promise<ShareContent>(() => {});

  it('2.12.0: WeChat shares the defaults after 3 s; unconfirmed when the page shows again, never timeout', async () => {
    const { runtime, events, last, controller } = world('2.12.0', { adapter: { defaults: DEFAULTS }, controller: { content: hanging } });
    const tap = runtime.user.tapMenuShare({ dwell: 15_000 });
    expect(controller.getState().session.phase).toBe('presenting');
    await vi.advanceTimersByTimeAsync(10_001);
    // Past core's old 10 s compose timeout: still presenting, nothing failed.
    expect(controller.getState().session.phase).toBe('presenting');
    expect(last()).toBeUndefined();
    await vi.advanceTimersByTimeAsync(5000);
    const report = await tap;
    expect(report.promise).toBe('timeout');
    expect(report.delivered).toEqual(DEFAULTS);
    expect(last()).toEqual({ status: 'unconfirmed', channel: 'shareAppMessage' });
    expect(warnings(events).map((w) => w.code)).toEqual(['timeout']);
  });

  it('2.2.3: WeChat shares the defaults at once (no promise field) and reports the share', async () => {
    const { runtime, events, last, controller } = world('2.2.3', { adapter: { defaults: DEFAULTS }, controller: { content: hanging } });
    await controller.showMenu({ withShareTicket: true });
    const tap = runtime.user.tapMenuShare({ dwell: 15_000 });
    await vi.advanceTimersByTimeAsync(15_000);
    const report = await tap;
    expect(report.delivered).toEqual(DEFAULTS);
    expect(last()).toEqual({ status: 'shared', channel: 'shareAppMessage', tickets: report.shareTickets });
    expect(report.shareTickets).toHaveLength(1);
    expect(warnings(events).map((w) => w.code)).toEqual(['unsupported']);
  });
});
