// The controller's behaviour, driven through the mock adapter. These live in @sharekit/mock
// because core cannot depend on mock (mock depends on core).
import { createShareController, isShareError, ShareError, type ShareEvent, type ShareOutcome, type ShareState } from '@sharekit/core';
import { inspect } from 'node:util';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createMockAdapter } from '../src';

const content = { title: 'Article 42', path: '/pages/article/index?id=42' };

function setup(options: Parameters<typeof createMockAdapter>[0] = {}, extra: { content?: unknown; presentTimeout?: number; composeTimeout?: number } = {}) {
  const adapter = createMockAdapter(options);
  const controller = createShareController({ adapter, content: (extra.content ?? content) as never, presentTimeout: extra.presentTimeout, composeTimeout: extra.composeTimeout });
  const log: Array<{ state: ShareState; event: ShareEvent }> = [];
  controller.subscribe((state, event) => log.push({ state, event }));
  const settledFor = (id: number) => new Set(log.filter((l) => l.state.settled?.id === id).map((l) => l.state.settled)).size;
  return { adapter, controller, log, settledFor };
}

afterEach(() => {
  vi.useRealTimers();
});

describe('controller: app-initiated shares', () => {
  const outcomes: ShareOutcome[] = [
    { status: 'shared', channel: 'group', tickets: ['T1', 'T2'] },
    { status: 'cancelled' },
    { status: 'failed', error: new ShareError('platform', 'x', { platformMessage: 'shareAppMessage:fail x' }) },
    { status: 'unconfirmed', channel: 'x' },
  ];
  it.each(outcomes)('settles once with $status', async (outcome) => {
    const { adapter, controller, settledFor } = setup();
    adapter.queue(outcome);
    await expect(controller.share()).resolves.toEqual(outcome);
    await new Promise((r) => setTimeout(r, 5));
    expect(settledFor(1)).toBe(1);
    expect(controller.getState().session).toEqual({ phase: 'idle' });
    expect(adapter.calls.filter((c) => c.method === 'share')).toEqual([{ method: 'share', args: [content, { from: 'api' }] }]);
  });

  it('calls the platform synchronously when the provider is synchronous', () => {
    const { adapter, controller } = setup();
    void controller.share();
    // No await: a web page's user activation would still be alive here.
    expect(adapter.calls.some((c) => c.method === 'share')).toBe(true);
    expect(controller.getState().session.phase).toBe('presenting');
  });

  it('a second request while presenting is busy and does not disturb the first', async () => {
    const { adapter, controller } = setup();
    adapter.queue({ status: 'shared', tickets: [], delay: 20 });
    const first = controller.share();
    const presenting = controller.getState().session;
    const second = await controller.share({ from: 'button' });
    expect(second.status === 'failed' && second.error.code).toBe('busy');
    expect(second.status === 'failed' && second.error.message).toMatch(/^busy: share session 1 is still presenting/);
    expect(controller.getState().session).toBe(presenting);
    await expect(first).resolves.toEqual({ status: 'shared', tickets: [] });
    expect(adapter.calls.filter((c) => c.method === 'share')).toHaveLength(1);
  });

  it.each([
    ['throws', () => { throw new Error('db down'); }, 'db down'],
    ['returns a path without "/"', () => ({ path: 'pages/a' }), 'path must start with "/" (got "pages/a")'],
    ['rejects', async () => { throw new Error('late db'); }, 'late db'],
    ['resolves to a javascript: url', async () => ({ url: 'javascript:alert(1)' }), '"javascript:" URL'],
  ])('a provider that %s -> failed invalid-content, the platform never called', async (_, provider, message) => {
    const { adapter, controller } = setup({}, { content: provider });
    const outcome = await controller.share();
    expect(outcome.status).toBe('failed');
    expect(outcome.status === 'failed' && isShareError(outcome.error, 'invalid-content')).toBe(true);
    expect(outcome.status === 'failed' && outcome.error.message).toContain(message);
    expect(adapter.calls.some((c) => c.method === 'share')).toBe(false);
    expect(controller.getState().session.phase).toBe('idle');
  });

  it('a platform that never answers settles unconfirmed at the timeout; a late result is ignored', async () => {
    vi.useFakeTimers();
    const { adapter, controller, settledFor } = setup({}, { presentTimeout: 1000 });
    adapter.queue({ status: 'shared', tickets: [], delay: 5000 });
    const outcome = controller.share();
    await vi.advanceTimersByTimeAsync(1000);
    await expect(outcome).resolves.toEqual({ status: 'unconfirmed' });
    await vi.advanceTimersByTimeAsync(5000);
    expect(settledFor(1)).toBe(1);
    expect(controller.getState().settled).toEqual({ id: 1, outcome: { status: 'unconfirmed' } });
  });

  it('tells the adapter when its session ends, whoever ended it', async () => {
    vi.useFakeTimers();
    const { adapter, controller } = setup({}, { presentTimeout: 1000 });
    const ended = vi.fn();
    const share = adapter.share!.bind(adapter);
    adapter.share = (content, trigger, session) => {
      session!.onEnd(ended);
      return share(content, trigger);
    };
    adapter.queue({ status: 'hang' }, { status: 'hang' });
    await Promise.all([controller.share(), vi.advanceTimersByTimeAsync(1000)]);
    expect(ended).toHaveBeenCalledTimes(1);
    void controller.share();
    controller.dispose();
    expect(ended).toHaveBeenCalledTimes(2);
  });

  it('a session end listener registered after the end is called at once', async () => {
    const { adapter, controller } = setup();
    let late: ((fn: () => void) => void) | undefined;
    const share = adapter.share!.bind(adapter);
    adapter.share = (content, trigger, session) => {
      late = session!.onEnd;
      return share(content, trigger);
    };
    await controller.share();
    const ended = vi.fn();
    late!(ended);
    expect(ended).toHaveBeenCalledTimes(1);
  });

  it.each([Number.POSITIVE_INFINITY, Number.NaN, 0, -5, 2 ** 31, '5000'])('presentTimeout %s is invalid-argument (a session must not hang, nor end at once)', (value) => {
    expect(() => createShareController({ adapter: createMockAdapter(), presentTimeout: value as number })).toThrow(
      expect.objectContaining({ code: 'invalid-argument' }),
    );
  });

  it('an async provider that never resolves fails with timeout', async () => {
    vi.useFakeTimers();
    const { controller } = setup({}, { content: () => new Promise(() => {}), composeTimeout: 300 });
    const outcome = controller.share();
    await vi.advanceTimersByTimeAsync(300);
    const o = await outcome;
    expect(o.status === 'failed' && o.error.code).toBe('timeout');
  });

  it('a platform call that throws synchronously is failed platform, and the next share works', async () => {
    const { adapter, controller } = setup();
    adapter.queue({ status: 'throw', error: new TypeError('navigator.share is not a function') });
    const o = await controller.share();
    expect(o.status === 'failed' && o.error.code).toBe('platform');
    expect(o.status === 'failed' && o.error.cause).toBeInstanceOf(TypeError);
    await expect(controller.share()).resolves.toMatchObject({ status: 'shared' });
  });

  it('an adapter that returns a malformed outcome never yields shared', async () => {
    const { adapter, controller } = setup();
    adapter.queue({ status: 'sharedd' } as never);
    const o = await controller.share();
    expect(o.status === 'failed' && o.error.code).toBe('platform');
  });

  it('share() on an adapter without app initiation is failed unsupported', async () => {
    const { controller } = setup({ initiation: ['user'] });
    const o = await controller.share();
    expect(o.status === 'failed' && o.error.code).toBe('unsupported');
  });

  it('a bad trigger is failed invalid-argument', async () => {
    const { controller } = setup();
    const o = await controller.share({ from: 42 as never });
    expect(o.status === 'failed' && o.error.code).toBe('invalid-argument');
  });

  it('setContent replaces the provider; bad content sources are invalid-argument', async () => {
    const { adapter, controller } = setup();
    controller.setContent({ title: 'Other' });
    await controller.share();
    expect(adapter.calls.find((c) => c.method === 'share')?.args[0]).toEqual({ title: 'Other' });
    expect(() => controller.setContent(42 as never)).toThrow(expect.objectContaining({ code: 'invalid-argument' }));
  });
});

describe('controller: listeners', () => {
  it('a throwing listener neither breaks the share nor the other listeners', async () => {
    const errors: unknown[] = [];
    const adapter = createMockAdapter();
    const controller = createShareController({ adapter, content, onListenerError: (e) => errors.push(e) });
    const seen: string[] = [];
    controller.subscribe(() => {
      throw new Error('listener bug');
    });
    controller.subscribe((_, event) => seen.push(event.type));
    await expect(controller.share()).resolves.toMatchObject({ status: 'shared' });
    expect(controller.getState().session.phase).toBe('idle');
    expect(seen).toEqual(['request', 'composed', 'settle']);
    expect(errors).toHaveLength(3);
  });

  it('unsubscribe stops calls; no listener is called after dispose', async () => {
    const { controller, log } = setup();
    const other = vi.fn();
    const off = controller.subscribe(other);
    off();
    controller.dispose();
    const count = log.length;
    await controller.share();
    expect(other).not.toHaveBeenCalled();
    expect(log.length).toBe(count);
    expect(controller.subscribe(vi.fn())).toBeTypeOf('function');
  });
});

describe('controller: user-initiated shares', () => {
  it('a tap runs the provider with the trigger and settles with the platform result', async () => {
    const provider = vi.fn(() => content);
    const { adapter, controller } = setup({}, { content: provider });
    adapter.queue({ status: 'shared', tickets: ['T'] });
    const { hosted } = adapter.tap('button', { target: { id: 'share-btn' } });
    expect(hosted.content).toEqual(content);
    expect(provider).toHaveBeenCalledWith({ from: 'button', target: { id: 'share-btn' } });
    await new Promise((r) => setTimeout(r, 0));
    expect(controller.getState().settled).toEqual({ id: 1, outcome: { status: 'shared', tickets: ['T'] } });
  });

  it('a new tap while one presents settles the old one unconfirmed (the platform closed its panel)', () => {
    const { adapter, controller } = setup();
    adapter.queue({ status: 'hang' }, { status: 'hang' });
    adapter.tap('menu');
    adapter.tap('menu');
    expect(controller.getState().settled).toEqual({ id: 1, outcome: { status: 'unconfirmed' } });
    expect(controller.getState().session).toMatchObject({ phase: 'presenting', id: 2 });
  });

  it('resume settles a presenting session unconfirmed; a late report is ignored', () => {
    const { adapter, controller, settledFor } = setup();
    adapter.queue({ status: 'hang' });
    const { hosted } = adapter.tap('menu');
    adapter.resume();
    hosted.settle({ status: 'shared', tickets: [] });
    hosted.settle({ status: 'cancelled' });
    expect(controller.getState().settled).toEqual({ id: 1, outcome: { status: 'unconfirmed' } });
    expect(settledFor(1)).toBe(1);
  });

  it('a failing provider on a tap is a warning; the platform shares its defaults and reports the outcome', async () => {
    const { adapter, controller, log } = setup({}, { content: () => ({ path: 'no-slash' }) });
    adapter.queue({ status: 'shared', tickets: ['T'] });
    const { hosted, content } = adapter.tap('menu');
    expect(hosted.content).toBeUndefined();
    expect(isShareError(hosted.error, 'invalid-content')).toBe(true);
    expect(log.find((l) => l.event.type === 'warning')?.event).toMatchObject({ error: { code: 'invalid-content' } });
    expect(controller.getState().session).toMatchObject({ phase: 'presenting', content: {} });
    await expect(content).resolves.toEqual({});
    await new Promise((r) => setTimeout(r, 0));
    expect(controller.getState().settled).toEqual({ id: 1, outcome: { status: 'shared', tickets: ['T'] } });
  });

  it('a user request while an app share runs is busy and leaves the app share alone', async () => {
    const { adapter, controller } = setup();
    adapter.queue({ status: 'shared', tickets: [], delay: 20 });
    const first = controller.share();
    const { hosted } = adapter.tap('menu');
    expect(isShareError(hosted.error, 'busy')).toBe(true);
    await expect(first).resolves.toEqual({ status: 'shared', tickets: [] });
  });

  it('a user session presents at once with an async provider: no compose timeout, the platform ends it', async () => {
    vi.useFakeTimers();
    const { adapter, controller } = setup({}, { content: () => new Promise(() => {}), composeTimeout: 100, presentTimeout: 5000 });
    adapter.queue({ status: 'hang' });
    adapter.tap('menu');
    expect(controller.getState().session.phase).toBe('presenting');
    await vi.advanceTimersByTimeAsync(1000);
    expect(controller.getState().session.phase).toBe('presenting');
    adapter.resume();
    expect(controller.getState().settled?.outcome).toEqual({ status: 'unconfirmed' });
  });

  it('an async provider hands the adapter a pending promise', async () => {
    const { adapter, controller } = setup({}, { content: async () => content });
    const { hosted } = adapter.tap('menu');
    expect(hosted.content).toBeUndefined();
    await expect(hosted.pending).resolves.toEqual(content);
    await new Promise((r) => setTimeout(r, 0));
    expect(controller.getState().session).toMatchObject({ phase: 'idle' });
    expect(controller.getState().settled?.outcome.status).toBe('shared');
  });
});

describe('controller: menu', () => {
  it('changes state only after the adapter confirms; a failure leaves it as it was', async () => {
    const { adapter, controller } = setup();
    await controller.hideMenu();
    const pending = controller.showMenu({ tickets: true });
    expect(controller.getState().menu.visible).toBe(false);
    await expect(pending).resolves.toEqual({ visible: true, items: ['share'], tickets: true });
    expect(controller.getState().menu).toEqual({ visible: true, items: ['share'], tickets: true });
    adapter.failNext('hideMenu', new Error('hideShareMenu:fail busy'));
    const error = await controller.hideMenu().catch((e) => e);
    expect(isShareError(error, 'platform')).toBe(true);
    expect(error.message).toContain('hideShareMenu:fail busy');
    expect(controller.getState().menu.visible).toBe(true);
  });

  it('an adapter without menus: unsupported, and the state stays', async () => {
    const { controller } = setup({ supports: { menu: false } });
    const before = controller.getState().menu;
    await expect(controller.showMenu()).rejects.toSatisfy((e) => isShareError(e, 'unsupported'));
    await expect(controller.updateMenu({})).rejects.toSatisfy((e) => isShareError(e, 'unsupported'));
    expect(controller.getState().menu).toBe(before);
  });

  it('a confirmation for a page that is no longer current resolves the caller but leaves the state', async () => {
    const { adapter, controller } = setup();
    const other = { visible: true, items: ['elsewhere'], tickets: true };
    adapter.showMenu = async () => ({ menu: other, current: false });
    const before = controller.getState().menu;
    await expect(controller.showMenu()).resolves.toEqual(other);
    expect(controller.getState().menu).toBe(before);
  });

  it('after dispose, menu calls reject with disposed', async () => {
    const { controller } = setup();
    controller.dispose();
    await expect(controller.showMenu()).rejects.toSatisfy((e) => isShareError(e, 'disposed'));
  });
});

describe('controller: launch and share info', () => {
  it('keeps the latest launch context and reads share info for its ticket', async () => {
    const { adapter, controller } = setup();
    const ticket = adapter.issueTicket('G-1');
    adapter.launch({ scene: 1044, shareTicket: ticket, query: { id: '42', bad: 1 as never } });
    expect(controller.getState().launch).toEqual({ scene: 1044, shareTicket: ticket, query: { id: '42' } });
    const info = await controller.getShareInfo({ timeout: 500 });
    expect(decodeURIComponent(info.encryptedData.slice(5))).toBe('{"openGId":"G-1"}');
    expect(adapter.calls.at(-1)).toEqual({ method: 'getShareInfo', args: [ticket, { timeout: 500 }] });
  });

  it('the ticket is gone after the lifecycle ends', async () => {
    const { adapter, controller } = setup();
    adapter.launch({ scene: 1044, shareTicket: adapter.issueTicket() });
    adapter.destroy();
    expect(controller.getState().launch).toBeNull();
    await expect(controller.getShareInfo()).rejects.toSatisfy((e) => isShareError(e, 'no-ticket'));
  });

  it('bad getShareInfo options are invalid-argument', async () => {
    const { controller } = setup();
    await expect(controller.getShareInfo({ timeout: -1 })).rejects.toSatisfy((e) => isShareError(e, 'invalid-argument'));
  });
});

describe('controller: construction', () => {
  it('without an adapter is invalid-argument with a hint', () => {
    expect(() => createShareController({} as never)).toThrow(/invalid-argument: createShareController needs \{ adapter \}/);
  });

  it('canIUse and supports delegate to the adapter, guarded; unknown capabilities are false', () => {
    const adapter = createMockAdapter({ canIUse: (s) => s === 'button.open-type.share', supports: { image: false } });
    const controller = createShareController({ adapter });
    expect(controller.canIUse('button.open-type.share')).toBe(true);
    expect(controller.canIUse('onShareAppMessage.return.imageUrl')).toBe(false);
    expect(controller.supports('image')).toBe(false);
    expect(controller.supports('menu')).toBe(true);
    expect(controller.supports('share-button' as never)).toBe(false);
    adapter.supports = () => {
      throw new Error('bug');
    };
    expect(controller.supports('menu')).toBe(false);
    adapter.canIUse = () => {
      throw new Error('bug');
    };
    expect(controller.canIUse('showShareMenu')).toBe(false);
  });

  it('dispose settles a running session as disposed', async () => {
    const { adapter, controller } = setup();
    adapter.queue({ status: 'hang' });
    const pending = controller.share();
    controller.dispose();
    const o = await pending;
    expect(o.status === 'failed' && o.error.code).toBe('disposed');
    expect(adapter.connected).toBe(false);
  });
});

describe('controller: a rethrowing onListenerError', () => {
  const rethrow = (e: unknown) => {
    throw e;
  };

  it('cannot make share() throw or wedge the session; the handler throw is reported once', async () => {
    const consoleError = vi.spyOn(console, 'error').mockImplementation(() => {});
    try {
      const adapter = createMockAdapter();
      const controller = createShareController({ adapter, content, onListenerError: rethrow });
      let calls = 0;
      const off = controller.subscribe(() => {
        calls++;
        if (calls === 1) throw new Error('listener bug');
      });
      let first: Promise<ShareOutcome> | undefined;
      expect(() => {
        first = controller.share();
      }).not.toThrow();
      await expect(first).resolves.toMatchObject({ status: 'shared' });
      expect(controller.getState().session.phase).toBe('idle');
      expect(consoleError).toHaveBeenCalledTimes(1);
      expect(consoleError.mock.calls[0]![0]).toMatchObject({ message: 'listener bug' });
      off();
      // The next share is not busy.
      await expect(controller.share()).resolves.toMatchObject({ status: 'shared' });
    } finally {
      consoleError.mockRestore();
    }
  });

  it('cannot break user-initiated requests or dispose', async () => {
    const consoleError = vi.spyOn(console, 'error').mockImplementation(() => {});
    try {
      const adapter = createMockAdapter();
      const controller = createShareController({ adapter, content, onListenerError: rethrow });
      controller.subscribe(() => {
        throw new Error('listener bug');
      });
      const { hosted } = adapter.tap('menu');
      expect(hosted.content).toEqual(content);
      await vi.waitFor(() => expect(controller.getState().session.phase).toBe('idle'));
      expect(() => controller.dispose()).not.toThrow();
      expect(adapter.connected).toBe(false);
    } finally {
      consoleError.mockRestore();
    }
  });
});

describe('controller: resume', () => {
  it('leaves a composing session alone: nothing was handed to the platform yet', async () => {
    let resolve!: (c: typeof content) => void;
    const { adapter, controller } = setup({}, { content: () => new Promise((r) => (resolve = r)) });
    const outcome = controller.share();
    expect(controller.getState().session.phase).toBe('composing');
    adapter.resume();
    expect(controller.getState().session.phase).toBe('composing');
    resolve(content);
    await expect(outcome).resolves.toMatchObject({ status: 'shared' });
    expect(adapter.calls.filter((c) => c.method === 'share')).toHaveLength(1);
  });
});

describe('controller: after a session ends or the controller is disposed', () => {
  it('getShareInfo after dispose rejects disposed without calling the platform', async () => {
    const { adapter, controller } = setup();
    adapter.launch({ scene: 1044, shareTicket: adapter.issueTicket() });
    controller.dispose();
    await expect(controller.getShareInfo()).rejects.toSatisfy((e) => isShareError(e, 'disposed'));
    await expect(controller.getShareInfo({ timeout: 100 })).rejects.toSatisfy((e) => isShareError(e, 'disposed'));
    expect(adapter.calls.filter((c) => c.method === 'getShareInfo')).toEqual([]);
  });

  it.each(['timeout', 'dispose'] as const)('a session settled by %s never reaches adapter.share()', async (how) => {
    vi.useFakeTimers();
    let resolve!: (c: typeof content) => void;
    const { adapter, controller } = setup({}, { content: () => new Promise((r) => (resolve = r)), composeTimeout: 100 });
    const outcome = controller.share();
    if (how === 'timeout') await vi.advanceTimersByTimeAsync(100);
    else controller.dispose();
    const o = await outcome;
    expect(o.status === 'failed' && o.error.code).toBe(how === 'timeout' ? 'timeout' : 'disposed');
    resolve(content);
    await vi.advanceTimersByTimeAsync(10);
    expect(adapter.calls.filter((c) => c.method === 'share')).toEqual([]);
  });

  it('a session disposed by a listener on its own request never reaches adapter.share()', async () => {
    const { adapter, controller } = setup();
    controller.subscribe((_, event) => {
      if (event.type === 'request' || event.type === 'composed') controller.dispose();
    });
    const o = await controller.share();
    expect(o.status === 'failed' && o.error.code).toBe('disposed');
    expect(adapter.calls.filter((c) => c.method === 'share')).toEqual([]);
  });

  it.each([
    ['no encryptedData', { source: 'getShareInfo', iv: 'x' }],
    ['no iv', { source: 'getShareInfo', encryptedData: 'x' }],
    ['an empty encryptedData', { source: 'getShareInfo', encryptedData: '', iv: 'x' }],
    ['nothing', undefined],
  ])('a getShareInfo success with %s rejects platform', async (_name, info) => {
    const { adapter, controller } = setup();
    adapter.launch({ scene: 1044, shareTicket: adapter.issueTicket() });
    adapter.getShareInfo = async () => info as never;
    await expect(controller.getShareInfo()).rejects.toSatisfy((e) => isShareError(e, 'platform'));
  });

  it('every menu or share-info call pending at dispose rejects disposed at once', async () => {
    const { adapter, controller } = setup();
    adapter.launch({ scene: 1044, shareTicket: adapter.issueTicket() });
    const never = () => new Promise<never>(() => {});
    adapter.showMenu = never;
    adapter.getShareInfo = never;
    const log = vi.fn();
    const menu = controller.showMenu();
    const info = controller.getShareInfo();
    controller.subscribe(log);
    controller.dispose();
    log.mockClear();
    await expect(menu).rejects.toSatisfy((e) => isShareError(e, 'disposed'));
    await expect(info).rejects.toSatisfy((e) => isShareError(e, 'disposed'));
    expect(log).not.toHaveBeenCalled();
  });

  it('a menu call the platform confirms just as dispose runs still rejects disposed', async () => {
    const { controller, log } = setup();
    const menu = controller.showMenu();
    controller.dispose();
    const count = log.length;
    await expect(menu).rejects.toSatisfy((e) => isShareError(e, 'disposed'));
    expect(log.length).toBe(count);
  });

  it('disposing an old controller leaves a newer one on the same adapter connected', async () => {
    const adapter = createMockAdapter();
    const old = createShareController({ adapter, content });
    const current = createShareController({ adapter, content });
    old.dispose();
    expect(adapter.connected).toBe(true);
    const { hosted } = adapter.tap('menu');
    expect(hosted.error).toBeUndefined();
    await vi.waitFor(() => expect(current.getState().settled?.outcome.status).toBe('shared'));
  });
});

describe('controller: a console.error that throws', () => {
  const throwingConsole = () =>
    vi.spyOn(console, 'error').mockImplementation(() => {
      throw new Error('console is gone');
    });

  it.each([
    ['the default onListenerError', undefined],
    ['a rethrowing onListenerError', (e: unknown) => {
      throw e;
    }],
  ])('cannot make share() reject or wedge the session (%s)', async (_name, onListenerError) => {
    const consoleError = throwingConsole();
    try {
      const adapter = createMockAdapter();
      const controller = createShareController({ adapter, content, onListenerError });
      const off = controller.subscribe(() => {
        throw new Error('listener bug');
      });
      let first: Promise<ShareOutcome> | undefined;
      expect(() => {
        first = controller.share();
      }).not.toThrow();
      await expect(first).resolves.toMatchObject({ status: 'shared' });
      expect(controller.getState().session.phase).toBe('idle');
      expect(consoleError).toHaveBeenCalled();
      off();
      // The next share is not busy.
      await expect(controller.share()).resolves.toMatchObject({ status: 'shared' });
    } finally {
      consoleError.mockRestore();
    }
  });
});

describe('controller: a call the platform answered just before dispose', () => {
  // dispose() may run any number of microtasks after the platform answered. Whenever the
  // caller's promise is still pending at dispose, it must reject disposed; a call that settled
  // before dispose keeps its result. Nothing succeeds after dispose.
  const ticks = [0, 1, 2, 3, 4, 5, 6, 8];

  async function race<T>(call: () => Promise<T>, dispose: () => void, n: number) {
    const promise = call();
    for (let i = 0; i < n; i++) await Promise.resolve();
    // The promise's own state at this instant (a then() callback would see it a tick late).
    const pendingAtDispose = inspect(promise).includes('<pending>');
    // Both branches below are exercised: pending right after the call, settled long after.
    if (n === 0) expect(pendingAtDispose).toBe(true);
    if (n === ticks.at(-1)) expect(pendingAtDispose).toBe(false);
    dispose();
    const result = await promise.then(
      (value) => ({ ok: true as const, value }),
      (error: unknown) => ({ ok: false as const, error }),
    );
    return { pendingAtDispose, result };
  }

  it.each(ticks)('menu call, dispose %i microtasks after the answer', async (n) => {
    const { adapter, controller, log } = setup();
    adapter.showMenu = () => Promise.resolve({ menu: { visible: true, items: ['share'], tickets: true }, current: true });
    const { pendingAtDispose, result } = await race(() => controller.showMenu({ tickets: true }), () => controller.dispose(), n);
    if (pendingAtDispose) {
      expect(result.ok === false && isShareError(result.error, 'disposed')).toBe(true);
    } else {
      expect(result.ok).toBe(true);
      // A confirmed menu call is applied before its promise resolves.
      expect(log.some((l) => l.event.type === 'menu')).toBe(true);
    }
  });

  it.each(ticks)('getShareInfo, dispose %i microtasks after the answer', async (n) => {
    const { adapter, controller } = setup();
    adapter.launch({ scene: 1044, shareTicket: adapter.issueTicket() });
    const answer = { source: 'getShareInfo' as const, encryptedData: 'E', iv: 'I' };
    adapter.getShareInfo = () => Promise.resolve(answer);
    const { pendingAtDispose, result } = await race(() => controller.getShareInfo(), () => controller.dispose(), n);
    if (pendingAtDispose) expect(result.ok === false && isShareError(result.error, 'disposed')).toBe(true);
    else expect(result).toEqual({ ok: true, value: answer });
  });
});
