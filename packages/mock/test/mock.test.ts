// What is specific to the mock; contract behaviour is in the conformance suite.
import { createShareController, isShareError } from '@sharekit/core';
import { describe, expect, it, vi } from 'vitest';
import { createMockAdapter } from '../src';

describe('createMockAdapter', () => {
  it('answers supports() as configured, and lacks what it does not support', () => {
    const adapter = createMockAdapter({ initiation: ['user'], supports: { menu: false, tickets: false, result: false } });
    expect(adapter.supports('share')).toBe(false);
    expect(adapter.supports('menu')).toBe(false);
    expect(adapter.supports('image')).toBe(true);
    expect(adapter.supports('nope' as never)).toBe(false);
    expect(adapter.share).toBeUndefined();
    expect(adapter.showMenu).toBeUndefined();
    expect(adapter.getShareInfo).toBeUndefined();
    expect(createMockAdapter().supports('share')).toBe(true);
  });

  it('canIUse is the configured function, false by default and when it throws', () => {
    expect(createMockAdapter().canIUse('showShareMenu')).toBe(false);
    expect(createMockAdapter({ canIUse: (s) => s === 'a' }).canIUse('a')).toBe(true);
    expect(createMockAdapter({ canIUse: () => { throw new Error('x'); } }).canIUse('a')).toBe(false);
  });

  it('menu arithmetic: show adds items and sets tickets, hide removes them, update sets tickets', async () => {
    const adapter = createMockAdapter();
    await expect(adapter.showMenu!({ items: ['share', 'feed'], tickets: true })).resolves.toEqual({
      menu: { visible: true, items: ['share', 'feed'], tickets: true },
      current: true,
    });
    await expect(adapter.hideMenu!({ items: ['share'] })).resolves.toMatchObject({ menu: { visible: true, items: ['feed'] } });
    await expect(adapter.updateMenu!({ tickets: false })).resolves.toMatchObject({ menu: { tickets: false } });
    await expect(adapter.hideMenu!()).resolves.toMatchObject({ menu: { visible: false, items: [] } });
    await expect(adapter.showMenu!({ items: 'x' as never })).rejects.toMatchObject({ code: 'invalid-argument' });
    await expect(createMockAdapter({ supports: { tickets: false } }).showMenu!({ tickets: true })).rejects.toMatchObject({ code: 'unsupported' });
  });

  it('without results, shared and cancelled steps end unconfirmed', async () => {
    const adapter = createMockAdapter({ supports: { result: false } });
    adapter.queue({ status: 'shared', channel: 'c' }, { status: 'cancelled' });
    await expect(adapter.share!({}, { from: 'api' })).resolves.toEqual({ status: 'unconfirmed', channel: 'c' });
    await expect(adapter.share!({}, { from: 'api' })).resolves.toEqual({ status: 'unconfirmed' });
  });

  it('plays queued steps in order, then the fallback', async () => {
    const adapter = createMockAdapter({ fallback: { status: 'cancelled' } });
    adapter.queue({ status: 'unconfirmed', channel: 'x' });
    await expect(adapter.share!({}, { from: 'api' })).resolves.toEqual({ status: 'unconfirmed', channel: 'x' });
    await expect(adapter.share!({}, { from: 'api' })).resolves.toEqual({ status: 'cancelled' });
  });

  it('delays with the timers the test controls', async () => {
    vi.useFakeTimers();
    try {
      const adapter = createMockAdapter();
      adapter.queue({ status: 'shared', delay: 1000 });
      const settled = vi.fn();
      void adapter.share!({}, { from: 'api' }).then(settled);
      await vi.advanceTimersByTimeAsync(999);
      expect(settled).not.toHaveBeenCalled();
      await vi.advanceTimersByTimeAsync(1);
      expect(settled).toHaveBeenCalledWith({ status: 'shared' });
    } finally {
      vi.useRealTimers();
    }
  });

  it('a throw step rejects the platform call', async () => {
    const adapter = createMockAdapter();
    adapter.queue({ status: 'throw', error: new Error('boom') });
    await expect(adapter.share!({}, { from: 'api' })).rejects.toThrow('boom');
  });

  it('failNext fails exactly one call and records it', async () => {
    const adapter = createMockAdapter();
    adapter.failNext('showMenu');
    await expect(adapter.showMenu!({})).rejects.toSatisfy((e) => isShareError(e, 'platform'));
    await expect(adapter.showMenu!({})).resolves.toMatchObject({ current: true });
    expect(adapter.calls.filter((c) => c.method === 'showMenu')).toHaveLength(2);
  });

  it('tickets die with the lifecycle', async () => {
    const adapter = createMockAdapter();
    const ticket = adapter.issueTicket('G');
    await expect(adapter.getShareInfo!(ticket, {})).resolves.toMatchObject({ source: 'getShareInfo' });
    adapter.destroy();
    await expect(adapter.getShareInfo!(ticket, {})).rejects.toMatchObject({ platformMessage: 'getShareInfo:fail invalid shareTicket' });
  });

  it('a tap with no controller connected goes nowhere, without throwing', async () => {
    const adapter = createMockAdapter();
    const { content } = adapter.tap('menu');
    await expect(content).resolves.toEqual({});
    expect(adapter.connected).toBe(false);
  });

  it('a button tap without a share button, or a tap without user initiation, is unsupported', () => {
    expect(() => createMockAdapter({ supports: { button: false } }).tap('button')).toThrow(expect.objectContaining({ code: 'unsupported' }));
    expect(() => createMockAdapter({ initiation: ['app'] }).tap('menu')).toThrow(expect.objectContaining({ code: 'unsupported' }));
  });

  it('a pull during an app-started share joins it: one session, the app content, the share’s outcome', async () => {
    const adapter = createMockAdapter({ initiation: ['app', 'user'] });
    const controller = createShareController({ adapter, content: { title: 'joined' } });
    adapter.queue({ status: 'shared', channel: 'panel', delay: 5 });
    const outcome = controller.share();
    const pulled = adapter.pull();
    expect(pulled.hosted.joined).toBe(true);
    await expect(pulled.content).resolves.toEqual({ title: 'joined' });
    await expect(outcome).resolves.toEqual({ status: 'shared', channel: 'panel' });
    expect(controller.getState().nextId).toBe(2);
  });

  it('preset: the platform hears every content change', async () => {
    const adapter = createMockAdapter({ initiation: ['preset'] });
    const controller = createShareController({ adapter, content: { title: 'a' } });
    expect(adapter.presetContent).toEqual({ title: 'a' });
    controller.setContent(async () => ({ title: 'b' }));
    await vi.waitFor(() => expect(adapter.presetContent).toEqual({ title: 'b' }));
    expect(controller.getState().preset).toEqual({ title: 'b' });
  });
});
