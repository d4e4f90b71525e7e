// What the controller tells an app that passes something wrong, and how it treats adapters'
// callbacks: every mistake is a ShareError whose message names the call and the bad value.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { rejection } from './rejection';
import { createShareController, isShareError, type ShareError, type ShareAdapter, type ShareOutcome } from '../src';
import type { ShareHost, ShareSession } from '../src/adapter';

type Stub = ShareAdapter & { host?: ShareHost; disconnects: number };

function stub(overrides: Partial<ShareAdapter> = {}): Stub {
  const adapter: Stub = {
    platform: 'stub',
    initiation: ['app', 'user'],
    disconnects: 0,
    supports: () => true,
    canIUse: () => true,
    showMenu: async () => ({ menu: { visible: true, items: ['share'], tickets: false }, current: true }),
    hideMenu: async () => ({ menu: { visible: false, items: [], tickets: false }, current: true }),
    updateMenu: async () => ({ menu: { visible: true, items: ['share'], tickets: true }, current: true }),
    getShareInfo: async () => ({ source: 'getShareInfo', encryptedData: 'e', iv: 'i' }),
    share: async () => ({ status: 'shared' }),
    connect(host) {
      adapter.host = host;
      return () => {
        adapter.disconnects++;
      };
    },
    ...overrides,
  };
  return adapter;
}

function thrown(fn: () => unknown): ShareError {
  try {
    fn();
  } catch (error) {
    expect(isShareError(error)).toBe(true);
    return error as ShareError;
  }
  throw new Error('expected a throw');
}


afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe('createShareController options', () => {
  it.each([
    [{ adapter: null }],
    [{ adapter: 'mock' }],
    [{ adapter: { platform: 5 } }],
    [{}],
  ])('%j is refused, saying what an adapter is', (options) => {
    const error = thrown(() => createShareController(options as never));
    expect(error.message).toBe('invalid-argument: createShareController needs { adapter }, a ShareAdapter such as createMockAdapter()');
  });

  it('options that cannot be read are refused as such', () => {
    const hostile = new Proxy({}, { ownKeys: () => { throw new Error('no'); } });
    const error = thrown(() => createShareController(hostile as never));
    expect(error.message).toBe('invalid-argument: createShareController options could not be read (a getter threw); pass plain data');
    expect(error.cause).toBeInstanceOf(Error);
  });

  it('an adapter whose platform getter throws is refused', () => {
    const adapter = { ...stub(), get platform(): string { throw new Error('no'); } };
    expect(thrown(() => createShareController({ adapter })).message).toMatch(/^invalid-argument: the adapter could not be read/);
  });

  it('an adapter whose initiation getter throws is refused', () => {
    const adapter = { ...stub(), get initiation(): never { throw new Error('no'); } };
    expect(thrown(() => createShareController({ adapter })).message).toMatch(/^invalid-argument: adapter\.initiation could not be read/);
  });

  it('an adapter without initiation allows no app share, and is not an error', async () => {
    const share = vi.fn(async (): Promise<ShareOutcome> => ({ status: 'shared' }));
    const controller = createShareController({ adapter: stub({ initiation: undefined as never, share }) });
    const outcome = await controller.share();
    expect(outcome.status === 'failed' && outcome.error.code).toBe('unsupported');
    expect(share).not.toHaveBeenCalled();
  });

  it.each([
    ['presentTimeout', 0, '(got 0)'],
    ['presentTimeout', 2 ** 31, `(got ${2 ** 31})`],
    ['presentTimeout', Number.NaN, '(got NaN)'],
    ['composeTimeout', Number.POSITIVE_INFINITY, '(got Infinity)'],
    ['composeTimeout', '100', '(got string)'],
    ['composeTimeout', -5, '(got -5)'],
  ])('%s %s is refused', (name, value, got) => {
    const error = thrown(() => createShareController({ adapter: stub(), [name]: value }));
    expect(error.message).toBe(`invalid-argument: ${name} must be a number of ms from 1 to ${2 ** 31 - 1} ${got}; a session must not hang`);
  });

  it.each([1, 2 ** 31 - 1])('timeouts of %d ms are accepted', (ms) => {
    expect(() => createShareController({ adapter: stub(), presentTimeout: ms, composeTimeout: ms })).not.toThrow();
  });

  it.each([
    [null, 'got null'],
    [5, 'got number'],
    ['title', 'got string'],
  ])('setContent(%j) is refused (%s)', (content, got) => {
    const controller = createShareController({ adapter: stub() });
    const error = thrown(() => controller.setContent(content as never));
    expect(error.message).toBe(`invalid-argument: content must be share content or a provider function (${got})`);
  });

  it('setContent refuses a list as content', () => {
    const controller = createShareController({ adapter: stub() });
    expect(thrown(() => controller.setContent([] as never)).code).toBe('invalid-argument');
  });

  it('a failed connect is a platform error naming the adapter', () => {
    const cause = new Error('no wx');
    const error = thrown(() => createShareController({ adapter: stub({ connect: () => { throw cause; } }) }));
    expect(error.message).toBe('platform: the stub adapter failed to connect: no wx');
    expect(error.platform).toBe('stub');
    expect(error.cause).toBe(cause);
    expect(thrown(() => createShareController({ adapter: stub({ connect: () => { throw 'down'; } }) })).message).toBe(
      'platform: the stub adapter failed to connect: down',
    );
  });
});

describe('share() input', () => {
  it.each([
    [{ from: 5 }, 'invalid-argument: trigger.from must be a non-empty string such as "api" or "button" (got number)'],
    [{ from: '' }, 'invalid-argument: trigger.from must be a non-empty string such as "api" or "button" (got string)'],
    [{ from: 'button', channel: 7 }, 'invalid-argument: trigger.channel must be a string (got number)'],
    [{ from: 'button', webViewUrl: {} }, 'invalid-argument: trigger.webViewUrl must be a string (got object)'],
  ])('trigger %j fails as invalid-argument', async (trigger, message) => {
    const share = vi.fn(async (): Promise<ShareOutcome> => ({ status: 'shared' }));
    const outcome = await createShareController({ adapter: stub({ share }) }).share(trigger as never);
    expect(outcome.status === 'failed' && outcome.error.message).toBe(message);
    expect(share).not.toHaveBeenCalled();
  });

  it('a platform word for `from` passes, with its channel (v2: the trigger is normalized, not closed)', async () => {
    const share = vi.fn(async (_content: unknown, _trigger: unknown): Promise<ShareOutcome> => ({ status: 'shared' }));
    await createShareController({ adapter: stub({ share }) }).share({ from: 'quick_share', channel: 'video' });
    expect(share.mock.calls[0]?.[1]).toEqual({ from: 'quick_share', channel: 'video' });
  });

  it('a provider returning nothing shares the platform defaults', async () => {
    const share = vi.fn(async (_content: unknown): Promise<ShareOutcome> => ({ status: 'shared' }));
    await createShareController({ adapter: stub({ share }), content: () => undefined as never }).share();
    expect(share.mock.calls[0]?.[0]).toEqual({});
  });

  it('a provider returning null fails as invalid content', async () => {
    const outcome = await createShareController({ adapter: stub(), content: () => null as never }).share();
    expect(outcome.status === 'failed' && outcome.error.message).toBe('invalid-content: content must be an object (got null)');
  });

  it('an adapter whose share throws synchronously fails the share as a platform error', async () => {
    const outcome = await createShareController({ adapter: stub({ share: () => { throw new Error('panel broke'); } }) }).share();
    expect(outcome.status === 'failed' && outcome.error.code).toBe('platform');
    expect(outcome.status === 'failed' && outcome.error.message).toBe('platform: panel broke');
  });

  it('async content that arrives after its session timed out is never shared, not even into a later session', async () => {
    vi.useFakeTimers();
    const share = vi.fn((_content: unknown): Promise<ShareOutcome> => new Promise(() => {}));
    let calls = 0;
    const controller = createShareController({
      adapter: stub({ share }),
      composeTimeout: 100,
      content: () => (++calls === 1 ? new Promise((resolve) => setTimeout(() => resolve({ title: 'late' }), 200)) : { title: 'second' }),
    });
    const first = controller.share();
    await vi.advanceTimersByTimeAsync(100);
    expect((await first).status).toBe('failed');
    void controller.share();
    await vi.advanceTimersByTimeAsync(150);
    expect(share.mock.calls.map((c) => c[0])).toEqual([{ title: 'second' }]);
  });
});

describe('adapter sessions', () => {
  it('onEnd runs when the session ends, or at once when it has ended', async () => {
    const order: string[] = [];
    let session: ShareSession | undefined;
    let finish: (o: ShareOutcome) => void = () => {};
    const adapter = stub({
      share: (_c, _t, s) => {
        session = s;
        s.onEnd(() => order.push('ended while running'));
        return new Promise((resolve) => {
          finish = resolve;
        });
      },
    });
    const controller = createShareController({ adapter, content: { title: 'a' } });
    const result = controller.share();
    expect(order).toEqual([]);
    finish({ status: 'cancelled' });
    await result;
    expect(order).toEqual(['ended while running']);
    session!.onEnd(() => order.push('after the end'));
    expect(order).toEqual(['ended while running', 'after the end']);
  });

  it('an onEnd callback that throws is reported and the share still settles', async () => {
    const onListenerError = vi.fn();
    const adapter = stub({
      share: (_c, _t, s) => {
        s.onEnd(() => {
          throw new Error('close failed');
        });
        return Promise.resolve({ status: 'cancelled' });
      },
    });
    const outcome = await createShareController({ adapter, content: { title: 'a' }, onListenerError }).share();
    expect(outcome).toEqual({ status: 'cancelled' });
    expect(onListenerError).toHaveBeenCalledWith(new Error('close failed'));
  });

  it('a throwing listener goes to console.error by default and the share goes on', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const controller = createShareController({ adapter: stub(), content: { title: 'a' } });
    const boom = new Error('listener broke');
    controller.subscribe(() => {
      throw boom;
    });
    await expect(controller.share()).resolves.toEqual({ status: 'shared' });
    expect(error).toHaveBeenCalledWith(boom);
  });

  it('nothing is reported as a listener error when no listener fails', async () => {
    const onListenerError = vi.fn();
    const adapter = stub({ share: () => new Promise(() => {}) });
    const controller = createShareController({ adapter, content: { title: 'a' }, onListenerError });
    void controller.share();
    await controller.share(); // busy: settled with nobody waiting on the platform
    adapter.host!.request({ from: 'menu' }); // refused as busy too
    adapter.host!.launch({ scene: 1001 });
    controller.dispose();
    expect(onListenerError).not.toHaveBeenCalled();
  });

  it('a user share presents the validated content', () => {
    const adapter = stub();
    const controller = createShareController({ adapter, content: { title: 'a', extra: 1 } as never });
    const hosted = adapter.host!.request({ from: 'menu' });
    expect(hosted.content).toEqual({ title: 'a' });
    const { session } = controller.getState();
    expect(session.phase === 'presenting' && session.content).toEqual({ title: 'a' });
  });

  it('syncMenu takes only booleans and the string items of a list', () => {
    const adapter = stub();
    const controller = createShareController({ adapter });
    adapter.host!.syncMenu({ visible: 'yes', tickets: 1, items: undefined } as never);
    expect(controller.getState().menu).toEqual({ visible: false, items: [], tickets: false });
    adapter.host!.syncMenu({ visible: true, tickets: true, items: ['shareAppMessage', 5] } as never);
    expect(controller.getState().menu).toEqual({ visible: true, items: ['shareAppMessage'], tickets: true });
  });
});

describe('menu calls', () => {
  it.each(['showMenu', 'hideMenu', 'updateMenu'] as const)('%s refuses options that are not an object, naming itself', async (method) => {
    const controller = createShareController({ adapter: stub() });
    for (const bad of [null, 'x', 5]) {
      expect((await rejection(controller[method](bad as never))).message).toBe(`invalid-argument: ${method} options must be an object`);
    }
    // The option fields themselves are the platform's: its adapter checks them (see @sharekit/wx).
    const hostile = new Proxy({}, { ownKeys: () => { throw new Error('no'); } });
    expect((await rejection(controller[method](hostile as never))).message).toBe(
      `invalid-argument: ${method} options could not be read (a getter threw); pass plain data`,
    );
  });

  it('menu calls after dispose are refused, naming the call', async () => {
    const controller = createShareController({ adapter: stub() });
    controller.dispose();
    const error = await rejection(controller.showMenu());
    expect(error.message).toBe('disposed: showMenu: the share controller was disposed');
    expect(error.platform).toBe('stub');
  });
});

describe('other calls', () => {
  it('subscribe needs a function', () => {
    const controller = createShareController({ adapter: stub() });
    expect(thrown(() => controller.subscribe('x' as never)).message).toBe('invalid-argument: subscribe needs a function');
  });

  it('a listener added after dispose never hears anything', async () => {
    const controller = createShareController({ adapter: stub() });
    controller.dispose();
    const listener = vi.fn();
    controller.subscribe(listener);
    await controller.share();
    expect(listener).not.toHaveBeenCalled();
  });

  it('canIUse answers false for a non-string without asking the adapter', () => {
    const canIUse = vi.fn(() => true);
    const controller = createShareController({ adapter: stub({ canIUse }) });
    expect(controller.canIUse(5 as never)).toBe(false);
    expect(canIUse).not.toHaveBeenCalled();
  });

  it('dispose disconnects the adapter once', () => {
    const adapter = stub();
    const controller = createShareController({ adapter });
    controller.dispose();
    controller.dispose();
    expect(adapter.disconnects).toBe(1);
  });

  it.each([
    [null, 'invalid-argument: getShareInfo options must be an object'],
    ['x', 'invalid-argument: getShareInfo options must be an object'],
    [{ timeout: 0 }, `invalid-argument: getShareInfo: timeout must be a number of ms from 1 to ${2 ** 31 - 1} (got 0)`],
    [{ timeout: -1 }, `invalid-argument: getShareInfo: timeout must be a number of ms from 1 to ${2 ** 31 - 1} (got -1)`],
    [{ timeout: '5' }, `invalid-argument: getShareInfo: timeout must be a number of ms from 1 to ${2 ** 31 - 1} (got string)`],
    // Beyond setTimeout's range the adapter's own timer would fire at once.
    [{ timeout: Number.POSITIVE_INFINITY }, `invalid-argument: getShareInfo: timeout must be a number of ms from 1 to ${2 ** 31 - 1} (got Infinity)`],
    [{ timeout: 2 ** 31 }, `invalid-argument: getShareInfo: timeout must be a number of ms from 1 to ${2 ** 31 - 1} (got ${2 ** 31})`],
  ])('getShareInfo(%j) is refused', async (options, message) => {
    const adapter = stub();
    const controller = createShareController({ adapter });
    adapter.host!.launch({ shareTicket: 'T1' });
    expect((await rejection(controller.getShareInfo(options as never))).message).toBe(message);
  });

  it('getShareInfo options that cannot be read are refused', async () => {
    const controller = createShareController({ adapter: stub() });
    const hostile = { get timeout(): number { throw new Error('no'); } };
    expect((await rejection(controller.getShareInfo(hostile))).message).toMatch(/^invalid-argument: getShareInfo options could not be read/);
  });

  it('getShareInfo on an adapter without share info says to check supports() first', async () => {
    const error = await rejection(createShareController({ adapter: stub({ getShareInfo: undefined }) }).getShareInfo());
    expect(error.message).toBe('unsupported: the stub adapter has no share info; check supports() first');
    expect(error.platform).toBe('stub');
  });

  it('getShareInfo after dispose is refused', async () => {
    const adapter = stub();
    const controller = createShareController({ adapter });
    adapter.host!.launch({ shareTicket: 'T1' });
    controller.dispose();
    expect((await rejection(controller.getShareInfo())).code).toBe('disposed');
  });

  it('a platform failure in getShareInfo is a platform ShareError', async () => {
    const adapter = stub({ getShareInfo: () => Promise.reject(new Error('getShareInfo:fail')) });
    const controller = createShareController({ adapter });
    adapter.host!.launch({ shareTicket: 'T1' });
    const error = await rejection(controller.getShareInfo());
    expect(error.code).toBe('platform');
    expect(error.platform).toBe('stub');
  });
});
