import { createShareController, isShareError, type ShareError } from '@sharekit/core';
import { describe, expect, it } from 'vitest';
import { createWebAdapter } from '../src';

describe('server rendering (no window)', () => {
  it('imports and creates the adapter without a window', () => {
    expect(typeof (globalThis as { window?: unknown }).window).toBe('undefined');
    expect(() => createWebAdapter()).not.toThrow();
  });

  it('shares fail unsupported, never a TypeError', async () => {
    const controller = createShareController({ adapter: createWebAdapter(), content: { title: 'SSR', path: '/a' } });
    const outcome = await controller.share();
    expect(outcome.status).toBe('failed');
    expect(outcome.status === 'failed' && isShareError(outcome.error, 'unsupported')).toBe(true);
    expect(outcome.status === 'failed' && outcome.error.message).toMatch(/no window: share in the browser/);
    expect(controller.getState().session.phase).toBe('idle');
  });

  it('canIUse and supports say no to every share path', () => {
    const adapter = createWebAdapter();
    for (const schema of ['web.share', 'web.share.files', 'web.clipboard', 'web.sheet', 'button.open-type.share', 'showShareMenu']) {
      expect(adapter.canIUse(schema), schema).toBe(false);
    }
    for (const c of ['share', 'button', 'menu', 'image', 'text', 'async', 'result', 'tickets', 'timeline', 'files'] as const) {
      expect(adapter.supports(c), c).toBe(false);
    }
  });

  it('the web has no menus: the controller answers unsupported', async () => {
    const controller = createShareController({ adapter: createWebAdapter() });
    await expect(controller.showMenu()).rejects.toSatisfy((e) => isShareError(e, 'unsupported'));
  });

  it('createWebAdapter(null) is createWebAdapter()', async () => {
    const adapter = createWebAdapter(null);
    expect(adapter.platform).toBe('web');
    expect(adapter.canIUse('web.sheet')).toBe(false);
    const outcome = await adapter.share({ title: 'SSR' });
    expect(outcome.status === 'failed' && isShareError(outcome.error, 'unsupported')).toBe(true);
  });

  it('options that are not an object throw invalid-argument, never a TypeError', () => {
    for (const options of ['fallback', 0, true, [], () => ({})]) {
      let error: unknown;
      try {
        createWebAdapter(options as never);
      } catch (e) {
        error = e;
      }
      expect(isShareError(error, 'invalid-argument'), String(options)).toBe(true);
      expect((error as ShareError).platform).toBe('web');
      expect((error as Error).message).toMatch(/options must be an object/);
      // It names what it got instead.
      expect((error as Error).message).toContain(Array.isArray(options) ? '(got an array)' : `(got ${typeof options})`);
    }
  });
});
