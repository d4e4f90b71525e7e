// The controller's own checks on what adapters and apps hand it, driven through a bare stub adapter:
// launch contexts are cleaned, missing adapter methods are `unsupported`, `initiation` decides
// whether an app share may start, and malformed adapter outcomes never pass as real ones.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { rejection } from './rejection';
import { createShareController, isShareError, ShareError, type ShareAdapter, type ShareOutcome } from '../src';
import type { ShareHost } from '../src/adapter';

function stub(overrides: Partial<ShareAdapter> = {}): ShareAdapter & { host?: ShareHost } {
  const adapter: ShareAdapter & { host?: ShareHost } = {
    platform: 'stub',
    initiation: ['app', 'user'],
    supports: () => true,
    canIUse: () => true,
    showMenu: async () => ({ menu: { visible: true, items: ['share'], tickets: false }, current: true }),
    hideMenu: async () => ({ menu: { visible: false, items: [], tickets: false }, current: true }),
    updateMenu: async () => ({ menu: { visible: true, items: ['share'], tickets: true }, current: true }),
    getShareInfo: async () => ({ source: 'getShareInfo', encryptedData: 'e', iv: 'i' }),
    share: async () => ({ status: 'shared' }),
    connect(host) {
      adapter.host = host;
      return () => {};
    },
    ...overrides,
  };
  return adapter;
}


afterEach(() => {
  vi.useRealTimers();
});

describe('controller: launch contexts from the platform', () => {
  it('keeps only well-typed fields and string query values', () => {
    const adapter = stub();
    const controller = createShareController({ adapter });
    adapter.host!.launch({ scene: 1044, shareTicket: 'T1', path: 'pages/a/index', query: { id: '42', n: 7, o: {} } } as never);
    expect(controller.getState().launch).toEqual({ scene: 1044, shareTicket: 'T1', path: 'pages/a/index', query: { id: '42' } });
  });

  it('drops wrongly typed fields instead of passing them on as truth', () => {
    const adapter = stub();
    const controller = createShareController({ adapter });
    adapter.host!.launch({ scene: '1044', shareTicket: 5, path: 3 } as never);
    expect(controller.getState().launch).toEqual({});
  });

  it('treats an empty share ticket as no ticket: the adapter is asked without one', async () => {
    const getShareInfo = vi.fn(async (ticket: string | undefined) => {
      if (ticket === undefined) throw new ShareError('no-ticket', 'none');
      return { source: 'getShareInfo' as const, encryptedData: 'e', iv: 'i' };
    });
    const adapter = stub({ getShareInfo });
    const controller = createShareController({ adapter });
    adapter.host!.launch({ scene: 1044, shareTicket: '' });
    expect(controller.getState().launch).toEqual({ scene: 1044 });
    expect((await rejection(controller.getShareInfo())).code).toBe('no-ticket');
    expect(getShareInfo).toHaveBeenCalledWith(undefined, {});
  });

  it('turns a query that is not an object into an empty one, and a missing one into none', () => {
    const adapter = stub();
    const controller = createShareController({ adapter });
    adapter.host!.launch({ query: 'id=42' } as never);
    expect(controller.getState().launch).toEqual({ query: {} });
    adapter.host!.launch({ query: null } as never);
    expect(controller.getState().launch).toEqual({ query: {} });
    adapter.host!.launch({ scene: 1001 });
    expect(controller.getState().launch).toEqual({ scene: 1001 });
  });

  it('treats a launch context that is not an object as an empty one', () => {
    const adapter = stub();
    const controller = createShareController({ adapter });
    adapter.host!.launch('scene=1044' as never);
    expect(controller.getState().launch).toEqual({});
    adapter.host!.launch(null as never);
    expect(controller.getState().launch).toEqual({});
  });

  it('hands the adapter the launch ticket and only the timeout it was given', async () => {
    const getShareInfo = vi.fn(async () => ({ source: 'getShareInfo' as const, encryptedData: 'e', iv: 'i' }));
    const adapter = stub({ getShareInfo });
    const controller = createShareController({ adapter });
    adapter.host!.launch({ shareTicket: 'T9' });
    await controller.getShareInfo();
    await controller.getShareInfo({ timeout: 500 });
    expect(getShareInfo.mock.calls).toEqual([
      ['T9', {}],
      ['T9', { timeout: 500 }],
    ]);
  });
});

describe('controller: adapters without a capability', () => {
  it.each(['showMenu', 'hideMenu', 'updateMenu'] as const)('%s on an adapter without it is unsupported, naming the method', async (method) => {
    const controller = createShareController({ adapter: stub({ [method]: undefined }) });
    const error = await rejection(controller[method]({}));
    expect(error.code).toBe('unsupported');
    expect(error.message).toBe(`unsupported: the stub adapter has no share menu (${method}); check supports() first`);
    expect(error.platform).toBe('stub');
    expect(controller.getState().menu).toEqual({ visible: false, items: [], tickets: false });
  });

  it('getShareInfo on an adapter without it is unsupported', async () => {
    const adapter = stub({ getShareInfo: undefined });
    const controller = createShareController({ adapter });
    adapter.host!.launch({ shareTicket: 'T1' });
    const error = await rejection(controller.getShareInfo());
    expect(error.code).toBe('unsupported');
    expect(error.message).toContain('the stub adapter has no share info');
  });

  it('a menu call the platform rejects changes nothing and says which platform failed', async () => {
    const controller = createShareController({ adapter: stub({ showMenu: async () => Promise.reject(new Error('showShareMenu:fail')) }) });
    const error = await rejection(controller.showMenu({}));
    expect(error.code).toBe('platform');
    expect(error.platform).toBe('stub');
    expect(controller.getState().menu.visible).toBe(false);
  });
});

describe('controller: initiation decides whether the app may start a share', () => {
  it('an adapter that says app shares work but has no share method fails as unsupported', async () => {
    const controller = createShareController({ adapter: stub({ share: undefined }), content: { title: 'a' } });
    const outcome = await controller.share();
    expect(outcome.status).toBe('failed');
    if (outcome.status !== 'failed') return;
    expect(outcome.error.code).toBe('unsupported');
    expect(outcome.error.message).toMatch(/^unsupported: the stub adapter cannot start a share from the app/);
    expect(controller.getState().session).toEqual({ phase: 'idle' });
  });

  it('an adapter with a share method that does not allow app shares is never asked to share', async () => {
    const share = vi.fn(async (): Promise<ShareOutcome> => ({ status: 'shared' }));
    const controller = createShareController({ adapter: stub({ share, initiation: ['user'] }), content: { title: 'a' } });
    const outcome = await controller.share();
    expect(outcome.status === 'failed' && outcome.error.code).toBe('unsupported');
    expect(share).not.toHaveBeenCalled();
  });

  it('initiation is read once: an adapter changing its mind later does not change the answer', async () => {
    let app = true;
    const adapter = stub({
      get initiation() {
        return app ? (['app', 'user'] as const) : (['user'] as const);
      },
    });
    const controller = createShareController({ adapter, content: { title: 'a' } });
    app = false;
    await expect(controller.share()).resolves.toEqual({ status: 'shared' });
  });

  it('only the three words count as an initiation', async () => {
    const share = vi.fn(async (): Promise<ShareOutcome> => ({ status: 'shared' }));
    const controller = createShareController({ adapter: stub({ share, initiation: ['App', 1, 'yes'] as never }), content: { title: 'a' } });
    const outcome = await controller.share();
    expect(outcome.status === 'failed' && outcome.error.code).toBe('unsupported');
    expect(share).not.toHaveBeenCalled();
  });
});

describe('controller: outcomes an adapter returns', () => {
  const share = (outcome: unknown) =>
    createShareController({ adapter: stub({ share: async () => outcome as ShareOutcome }), content: { title: 'a' } }).share();

  it('a failed outcome whose error is not a ShareError becomes a platform failure', async () => {
    const raw = { status: 'failed', error: new Error('boom') };
    const outcome = await share(raw);
    expect(outcome.status).toBe('failed');
    if (outcome.status !== 'failed') return;
    expect(isShareError(outcome.error, 'platform')).toBe(true);
    expect(outcome.error.message).toBe('platform: the stub adapter returned a malformed outcome');
    expect(outcome.error.platform).toBe('stub');
    expect(outcome.error.cause).toBe(raw);
  });

  it('a failed outcome with a ShareError keeps that error', async () => {
    const error = new ShareError('not-allowed', 'user denied', { platform: 'stub' });
    await expect(share({ status: 'failed', error })).resolves.toEqual({ status: 'failed', error });
  });

  it.each([undefined, null, 'shared', { status: 'done' }, { status: 'failed' }])('%j becomes a platform failure, never a share', async (raw) => {
    const outcome = await share(raw);
    expect(outcome.status === 'failed' && outcome.error.code).toBe('platform');
  });

  it('keeps string tickets and a string channel only', async () => {
    await expect(share({ status: 'shared', channel: 'group', tickets: ['T1', 2, null, 'T2'] })).resolves.toEqual({
      status: 'shared',
      channel: 'group',
      tickets: ['T1', 'T2'],
    });
    // No tickets unless the adapter gave a list (v2: tickets only where the platform gives them).
    await expect(share({ status: 'shared', channel: 3, tickets: 'T1' })).resolves.toEqual({ status: 'shared' });
  });

  it.each(['cancelled', 'unconfirmed'] as const)('%s keeps a string channel and drops everything else', async (status) => {
    await expect(share({ status, channel: 'friend', tickets: ['T1'], error: 'x' })).resolves.toEqual({ status, channel: 'friend' });
    await expect(share({ status, channel: {} })).resolves.toEqual({ status });
  });
});

describe('controller: timers belong to the session', () => {
  it('an event that does not touch the session does not push back the compose timeout', async () => {
    vi.useFakeTimers();
    const adapter = stub();
    const controller = createShareController({ adapter, content: () => new Promise<never>(() => {}), composeTimeout: 1000 });
    const result = controller.share();
    await vi.advanceTimersByTimeAsync(600);
    await controller.showMenu({});
    adapter.host!.launch({ scene: 1001 });
    adapter.host!.warn(new ShareError('platform', 'noise'));
    await vi.advanceTimersByTimeAsync(400);
    const outcome = await result;
    expect(outcome.status === 'failed' && outcome.error.code).toBe('timeout');
  });

  it('an event that does not touch the session does not push back the present timeout', async () => {
    vi.useFakeTimers();
    const adapter = stub({ share: () => new Promise<never>(() => {}) });
    const controller = createShareController({ adapter, content: { title: 'a' }, presentTimeout: 1000 });
    let outcome: ShareOutcome | undefined;
    void controller.share().then((o) => {
      outcome = o;
    });
    await vi.advanceTimersByTimeAsync(900);
    await controller.hideMenu({});
    adapter.host!.launch({ scene: 1001 });
    await vi.advanceTimersByTimeAsync(99);
    expect(outcome).toBeUndefined();
    await vi.advanceTimersByTimeAsync(1);
    expect(outcome).toEqual({ status: 'unconfirmed' });
  });

  it('a settled session leaves no timer behind to fire later', async () => {
    vi.useFakeTimers();
    const controller = createShareController({ adapter: stub(), content: { title: 'a' }, presentTimeout: 1000 });
    const events: string[] = [];
    controller.subscribe((_, event) => events.push(event.type));
    await controller.share();
    await vi.advanceTimersByTimeAsync(5000);
    expect(events).not.toContain('timeout');
    expect(vi.getTimerCount()).toBe(0);
  });
});
