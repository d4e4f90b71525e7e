// The mock's documented script and record keeping, beyond the contract the conformance suite checks:
// what each call records, what its errors say, and how taps use the queued steps.
import { createShareController, isShareError, type ShareError } from '@sharekit/core';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { shareRejection } from '@sharekit/testkit';
import { createMockAdapter } from '../src';


function thrown(fn: () => unknown): ShareError {
  try {
    fn();
  } catch (error) {
    expect(isShareError(error)).toBe(true);
    return error as ShareError;
  }
  throw new Error('expected a throw');
}

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

afterEach(() => {
  vi.useRealTimers();
});

describe('what the mock records', () => {
  it('every call, with its arguments', async () => {
    const adapter = createMockAdapter();
    adapter.canIUse('showShareMenu');
    adapter.supports('menu');
    await adapter.showMenu!({ tickets: true });
    await adapter.hideMenu!({});
    await adapter.updateMenu!({ tickets: false });
    adapter.tap('menu', { target: 'x' });
    expect(adapter.calls).toEqual([
      { method: 'canIUse', args: ['showShareMenu'] },
      { method: 'supports', args: ['menu'] },
      { method: 'showMenu', args: [{ tickets: true }] },
      { method: 'hideMenu', args: [{}] },
      { method: 'updateMenu', args: [{ tickets: false }] },
      { method: 'tap', args: ['menu', { target: 'x' }] },
    ]);
  });
});

describe('supports and canIUse', () => {
  it('"share" answers whether the app may start a share', () => {
    expect(createMockAdapter().supports('share')).toBe(true);
    expect(createMockAdapter({ initiation: ['user'] }).supports('share')).toBe(false);
  });

  it('a schema that is not a string is false, not an error', () => {
    expect(createMockAdapter({ canIUse: (s) => s.length > 0 }).canIUse(5 as never)).toBe(false);
  });
});

describe('errors say what is missing', () => {
  it('what a configuration switched off names the option and the platform', async () => {
    const error = await shareRejection(createMockAdapter({ platform: 'wx-test', supports: { tickets: false } }).showMenu!({ tickets: true }));
    expect(error.message).toBe('unsupported: showMenu({ tickets: true }) is off in this mock: createMockAdapter({ supports: { tickets: false } }); check supports() first');
    expect(error.platform).toBe('wx-test');
  });

  it('an unknown ticket is a platform error', async () => {
    const error = await shareRejection(createMockAdapter().getShareInfo!('nope', {}));
    expect(error).toMatchObject({ code: 'platform', message: 'platform: the share ticket is unknown or expired', platform: 'mock' });
  });

  it('a share kind switched off by initiation says so', () => {
    expect(createMockAdapter({ initiation: ['user'] }).share).toBeUndefined();
    expect(thrown(() => createMockAdapter({ initiation: ['app'] }).tap('menu')).message).toBe(
      "unsupported: a user-initiated share is off in this mock: createMockAdapter({ initiation } without 'user'); check supports() first",
    );
  });

  it('taps the adapter cannot take say why', () => {
    expect(thrown(() => createMockAdapter({ supports: { button: false } }).tap('button')).message).toMatch(
      /^unsupported: a share button is off in this mock: createMockAdapter\(\{ supports: \{ button: false \} \}\)/,
    );
  });

  it('failNext without an error fails with a scripted platform error naming the method', async () => {
    const adapter = createMockAdapter();
    adapter.failNext('hideMenu');
    expect(await shareRejection(adapter.hideMenu!({}))).toMatchObject({ code: 'platform', message: 'platform: scripted failure of hideMenu', platform: 'mock' });
  });
});

describe('tickets', () => {
  it('are numbered, with a default group per ticket, and decode to their group', async () => {
    const adapter = createMockAdapter();
    expect(adapter.issueTicket()).toBe('mock-ticket-1');
    expect(adapter.issueTicket('G')).toBe('mock-ticket-2');
    const first = await adapter.getShareInfo!('mock-ticket-1', {});
    expect(first).toEqual({ source: 'getShareInfo', encryptedData: `mock:${encodeURIComponent('{"openGId":"mock-group-1"}')}`, iv: 'mock' });
    const second = await adapter.getShareInfo!('mock-ticket-2', {});
    expect(decodeURIComponent(second.encryptedData.slice('mock:'.length))).toBe('{"openGId":"G"}');
  });
});

describe('steps', () => {
  it('a hang step never answers', async () => {
    vi.useFakeTimers();
    const adapter = createMockAdapter();
    adapter.queue({ status: 'hang' });
    const settled = vi.fn();
    void adapter.share!({}, { from: 'api' }, { id: 1, onEnd() {} }).then(settled, settled);
    await vi.advanceTimersByTimeAsync(60_000);
    expect(settled).not.toHaveBeenCalled();
  });

  it('a hang step on a tap leaves the session presenting', async () => {
    const adapter = createMockAdapter();
    const controller = createShareController({ adapter, content: { title: 'a' } });
    adapter.queue({ status: 'hang' });
    adapter.tap('menu');
    await flush();
    expect(controller.getState().session.phase).toBe('presenting');
  });

  it('a throw step on a tap fails the share as a platform error', async () => {
    const adapter = createMockAdapter();
    const controller = createShareController({ adapter, content: { title: 'a' } });
    adapter.queue({ status: 'throw', error: new Error('boom') });
    adapter.tap('menu');
    await flush();
    const outcome = controller.getState().settled?.outcome;
    expect(outcome?.status === 'failed' && outcome.error).toMatchObject({ code: 'platform', message: 'platform: Error: boom', platform: 'mock' });
  });

  it('a tap shares the async content, or the defaults when the provider failed', async () => {
    const adapter = createMockAdapter();
    const controller = createShareController({ adapter, content: async () => ({ title: 'late' }) });
    await expect(adapter.tap('menu').content).resolves.toEqual({ title: 'late' });
    await flush();
    controller.setContent(async () => {
      throw new Error('no');
    });
    await expect(adapter.tap('menu').content).resolves.toEqual({});
  });

  it.each(['busy', 'disposed'] as const)('a tap the controller refuses (%s) shares the defaults and leaves the queued step', async (why) => {
    const adapter = createMockAdapter();
    const controller = createShareController({ adapter, content: { title: 'a' } });
    if (why === 'busy') {
      adapter.queue({ status: 'hang' });
      void controller.share();
    } else {
      controller.dispose();
    }
    adapter.queue({ status: 'cancelled' });
    await expect(adapter.tap('menu').content).resolves.toEqual({});
    await expect(adapter.share!({}, { from: 'api' }, { id: 9, onEnd() {} })).resolves.toEqual({ status: 'cancelled' });
  });

  it('a tap with no controller goes nowhere, and settling it does nothing', () => {
    const { hosted } = createMockAdapter().tap('menu');
    expect(hosted.id).toBe(0);
    expect(() => hosted.settle({ status: 'cancelled' })).not.toThrow();
  });
});

describe('controllers', () => {
  it('a replaced controller cannot unhook its successor', () => {
    const adapter = createMockAdapter();
    const first = createShareController({ adapter });
    const second = createShareController({ adapter });
    first.dispose();
    expect(adapter.connected).toBe(true);
    adapter.launch({ scene: 1044 });
    expect(second.getState().launch).toEqual({ scene: 1044 });
  });

  it('launch, resume and destroy work with no controller', () => {
    const adapter = createMockAdapter();
    expect(() => {
      adapter.launch({ scene: 1001 });
      adapter.resume();
      adapter.destroy();
    }).not.toThrow();
  });
});
