// The adapter's own machinery against a fake window: when the sheet chunk is prefetched, and what a
// share reports when that chunk cannot load.
import { isShareError } from '@sharekit/core';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createWebAdapter, type WebAdapterOptions } from '../src';

interface Shape {
  share?: boolean;
  idle?: boolean;
}

/** A browser window with a <dialog> (so the sheet can open) and recorded event and timer calls. */
function fakeWindow({ share = false, idle = true }: Shape = {}) {
  return {
    location: new URL('https://example.com/a'),
    document: { title: 'Page' },
    navigator: share ? { share: () => Promise.resolve() } : {},
    HTMLDialogElement: function HTMLDialogElement() {},
    addEventListener: vi.fn(),
    removeEventListener: vi.fn(),
    requestIdleCallback: idle ? vi.fn() : undefined,
    setTimeout: vi.fn(),
  };
}

const adapterOn = (win: ReturnType<typeof fakeWindow>, options: WebAdapterOptions = {}) =>
  createWebAdapter({ window: win as unknown as Window, ...options });

describe('prefetch of the sheet chunk', () => {
  it('asks for it when the page is idle (within 3 s) or at the first pointer-down, whichever comes first', () => {
    const win = fakeWindow();
    adapterOn(win);
    expect(win.requestIdleCallback).toHaveBeenCalledTimes(1);
    const [prefetch, idleOptions] = win.requestIdleCallback!.mock.calls[0]!;
    expect(idleOptions).toEqual({ timeout: 3000 });
    // Capture phase: a page that stops the event on its way down still prefetches.
    expect(win.addEventListener).toHaveBeenCalledWith('pointerdown', prefetch, true);
    expect(win.setTimeout).not.toHaveBeenCalled();
    // Once it ran, the pointer-down listener is gone.
    prefetch();
    expect(win.removeEventListener).toHaveBeenCalledWith('pointerdown', prefetch, true);
  });

  it('waits 200 ms where there is no requestIdleCallback (Safari)', () => {
    const win = fakeWindow({ idle: false });
    expect(() => adapterOn(win)).not.toThrow();
    expect(win.setTimeout).toHaveBeenCalledWith(win.addEventListener.mock.calls[0]![1], 200);
  });

  it('a window-like object without events or timers does not make it throw: it gets no prefetch', () => {
    const win = { ...fakeWindow(), addEventListener: undefined, removeEventListener: undefined, setTimeout: undefined };
    expect(() => adapterOn(win as never)).not.toThrow();
    expect(() => win.requestIdleCallback!.mock.calls[0]![0]()).not.toThrow();
    expect(() => adapterOn({ ...win, requestIdleCallback: undefined } as never)).not.toThrow();
  });

  it('asks for nothing with prefetch: false, or where the sheet cannot open', () => {
    for (const options of [{ prefetch: false }, { fallback: false }]) {
      const win = fakeWindow();
      adapterOn(win, options);
      expect(win.requestIdleCallback, JSON.stringify(options)).not.toHaveBeenCalled();
      expect(win.addEventListener, JSON.stringify(options)).not.toHaveBeenCalled();
    }
  });
});

it('without navigator.share and without the sheet, a share fails unsupported, saying why', async () => {
  const outcome = await adapterOn(fakeWindow(), { fallback: false }).share({ title: 'T', url: 'https://example.com/' });
  expect(outcome.status === 'failed' && isShareError(outcome.error, 'unsupported')).toBe(true);
  expect(outcome.status === 'failed' && outcome.error.message).toMatch(/no navigator\.share .* no fallback sheet/);
});

describe('a sheet chunk that does not load (offline, a deploy removed it)', () => {
  afterEach(() => {
    vi.doUnmock('../src/sheet');
    vi.resetModules();
  });

  it('fails platform, and the next share tries to load it again', async () => {
    let loads = 0;
    vi.resetModules();
    vi.doMock('../src/sheet', () => {
      loads++;
      throw new TypeError('Failed to fetch dynamically imported module');
    });
    const { createWebAdapter: create } = await import('../src');
    const adapter = create({ window: fakeWindow() as unknown as Window, prefetch: false });
    const outcome = await adapter.share({ title: 'T', url: 'https://example.com/' });
    expect(outcome.status).toBe('failed');
    expect(outcome.status === 'failed' && isShareError(outcome.error, 'platform')).toBe(true);
    expect(outcome.status === 'failed' && outcome.error.message).toMatch(/did not load/);
    const tries = loads;
    await adapter.share({ title: 'T', url: 'https://example.com/' });
    expect(loads).toBeGreaterThan(tries);
  });
});
