import { isShareError, type ShareContent } from '@sharekit/core';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { PAGE, world } from './harness';

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

    const warnings = events.filter((e) => e.event.type === 'warning');
    expect(warnings).toHaveLength(1);
    const error = warnings[0]!.event.type === 'warning' ? warnings[0]!.event.error : undefined;
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

  it('a provider that rejects: the promise still resolves (to the defaults) and the session fails', async () => {
    const { runtime, last } = world('2.12.0', {
      adapter: { defaults: DEFAULTS },
      controller: { content: () => Promise.reject(new Error('offline')) },
    });
    const report = await runtime.user.tapMenuShare();
    expect(report.promise).toBe('resolved');
    expect(report.delivered).toEqual(DEFAULTS);
    const outcome = last();
    expect(outcome?.status).toBe('failed');
    expect(outcome?.status === 'failed' && outcome.error.message).toContain('offline');
  });
});
