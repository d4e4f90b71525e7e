// What is specific to the mock; contract behaviour is in the conformance suite.
import { isShareError } from '@sharekit/core';
import { describe, expect, it, vi } from 'vitest';
import { createMockAdapter } from '../src';

describe('createMockAdapter', () => {
  it('rejects a malformed version at creation, naming the option', () => {
    expect(() => createMockAdapter({ version: 'latest' })).toThrow(/^invalid-version: createMockAdapter\(\{ version \}\) must look like "2\.12\.0"/);
    expect(() => createMockAdapter(null)).not.toThrow();
  });

  it('gates options that ask for something, as WeChat does: false is the default, not a request', async () => {
    const adapter = createMockAdapter({ version: '2.12.0' });
    await expect(adapter.updateMenu({ withShareTicket: true, isPrivateMessage: false })).resolves.toBeUndefined();
    await expect(adapter.updateMenu({ isPrivateMessage: true })).rejects.toMatchObject({ code: 'unsupported' });
  });

  it('plays queued steps in order, then the fallback', async () => {
    const adapter = createMockAdapter({ fallback: { status: 'cancelled' } });
    adapter.queue({ status: 'unconfirmed', channel: 'x' });
    await expect(adapter.share({}, { from: 'api' })).resolves.toEqual({ status: 'unconfirmed', channel: 'x' });
    await expect(adapter.share({}, { from: 'api' })).resolves.toEqual({ status: 'cancelled' });
  });

  it('delays with the timers the test controls', async () => {
    vi.useFakeTimers();
    try {
      const adapter = createMockAdapter();
      adapter.queue({ status: 'shared', tickets: [], delay: 1000 });
      const settled = vi.fn();
      void adapter.share({}, { from: 'api' }).then(settled);
      await vi.advanceTimersByTimeAsync(999);
      expect(settled).not.toHaveBeenCalled();
      await vi.advanceTimersByTimeAsync(1);
      expect(settled).toHaveBeenCalledWith({ status: 'shared', tickets: [] });
    } finally {
      vi.useRealTimers();
    }
  });

  it('a throw step rejects the platform call', async () => {
    const adapter = createMockAdapter();
    adapter.queue({ status: 'throw', error: new Error('boom') });
    await expect(adapter.share({}, { from: 'api' })).rejects.toThrow('boom');
  });

  it('failNext fails exactly one call and records it', async () => {
    const adapter = createMockAdapter();
    adapter.failNext('showMenu');
    await expect(adapter.showMenu({})).rejects.toSatisfy((e) => isShareError(e, 'platform'));
    await expect(adapter.showMenu({})).resolves.toBeUndefined();
    expect(adapter.calls.map((c) => c.method)).toEqual(['showMenu', 'showMenu']);
  });

  it('tickets die with the lifecycle', async () => {
    const adapter = createMockAdapter();
    const ticket = adapter.issueTicket('G');
    await expect(adapter.getShareInfo(ticket, {})).resolves.toMatchObject({ source: 'getShareInfo' });
    adapter.destroy();
    await expect(adapter.getShareInfo(ticket, {})).rejects.toMatchObject({ platformMessage: 'getShareInfo:fail invalid shareTicket' });
  });

  it('a tap with no controller connected goes nowhere, without throwing', async () => {
    const adapter = createMockAdapter();
    const { content } = adapter.tap('menu');
    await expect(content).resolves.toEqual({});
    expect(adapter.connected).toBe(false);
  });

  it('a button tap below 1.2.0 is unsupported: there is no share button yet', () => {
    expect(() => createMockAdapter({ version: '1.1.0' }).tap('button')).toThrow(expect.objectContaining({ code: 'unsupported' }));
  });

  it('tap on an adapter without user initiation is unsupported', () => {
    const adapter = createMockAdapter({ initiation: { user: false } });
    expect(() => adapter.tap('menu')).toThrow(expect.objectContaining({ code: 'unsupported' }));
  });
});
