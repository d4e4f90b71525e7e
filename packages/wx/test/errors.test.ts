import { createShareController, isShareError } from '@sharekit/core';
import { createWxRuntime } from '@sharekit/mock/wx';
import { describe, expect, it } from 'vitest';
import { shareRejection } from '@sharekit/testkit';
import { createWxAdapter, type WxLike, wxFeatures } from '../src/index';
import { PAGE, warnings, world } from './harness';


describe('bad content: WeChat shares the defaults, the outcome is what WeChat reports, the error is a warning', () => {
  it('a path without "/" (2.2.3): WeChat shares its defaults and reports the share; a warning says why', async () => {
    const { runtime, events, last, appErrors } = world('2.2.3', { controller: { content: { title: 'x', path: 'pages/a/index' } } });
    const report = await runtime.user.tapMenuShare();
    expect(report.returned).toMatchObject({ success: expect.any(Function), fail: expect.any(Function) });
    expect(report.delivered).toEqual({ title: 'Demo App', path: `${PAGE}?id=42` });
    expect(report.callbacks).toEqual(['success']);
    expect(last()).toEqual({ status: 'shared', channel: 'shareAppMessage', tickets: [] });
    const [warning, ...more] = warnings(events);
    expect(more).toEqual([]);
    expect(isShareError(warning, 'invalid-content')).toBe(true);
    expect(warning?.message).toContain('path must start with "/"');
    expect(appErrors).toEqual([]);
  });

  it.each([
    ['group', 'shared'],
    ['single', 'shared'],
    ['cancel', 'cancelled'],
    ['fail', 'failed'],
  ] as const)('a provider that throws (2.2.3), the user picks %s: the outcome is %s, as WeChat reports it', async (choose, status) => {
    const { runtime, events, controller, last } = world('2.2.3', {
      controller: {
        content: () => {
          throw new Error('no article');
        },
      },
    });
    await controller.showMenu({ withShareTicket: true });
    const report = await runtime.user.tapShareButton({}, { choose, detail: 'network down' });
    expect(report.handlerError).toBeUndefined();
    expect(controller.getState().session.phase).toBe('idle');
    expect(last()?.status).toBe(status);
    const outcome = last();
    if (outcome?.status === 'shared') expect(outcome.tickets).toEqual(report.shareTickets ?? []);
    if (choose === 'group') expect(outcome?.status === 'shared' && outcome.tickets).toHaveLength(1);
    if (outcome?.status === 'failed') {
      expect(outcome.error).toMatchObject({ code: 'platform', platformMessage: 'shareAppMessage:fail network down' });
    }
    expect(warnings(events).map((w) => [w.code, w.message])).toEqual([['invalid-content', expect.stringContaining('no article')]]);
  });

  it('a provider that throws (3.4.0): the defaults go to WeChat, unconfirmed when the page shows again, a warning carries the error', async () => {
    const defaults = { title: 'Defaults', path: '/pages/index/index' };
    const { runtime, events, last, appErrors } = world('3.4.0', {
      adapter: { defaults },
      controller: {
        content: () => {
          throw new Error('no article');
        },
      },
    });
    const report = await runtime.user.tapShareButton();
    expect(report.handlerError).toBeUndefined();
    expect(report.delivered).toEqual(defaults);
    expect(last()).toEqual({ status: 'unconfirmed', channel: 'shareAppMessage' });
    expect(warnings(events)).toEqual([expect.objectContaining({ code: 'invalid-content', message: expect.stringContaining('no article') })]);
    expect(appErrors).toEqual([]);
    expect(runtime.errors).toEqual([]);
  });
});

describe('createWxAdapter options', () => {
  it('invalid adapter defaults are refused when the adapter is created, as a ShareError', () => {
    for (const defaults of [{ path: 'relative' }, { title: 42 }, 'a title', null, ['x']]) {
      let thrown: unknown;
      try {
        createWxAdapter({ wx: null, defaults: defaults as never });
      } catch (error) {
        thrown = error;
      }
      expect(isShareError(thrown, 'invalid-content'), JSON.stringify(defaults)).toBe(true);
    }
    expect(() => createWxAdapter({ wx: null, defaults: { path: 'relative' } })).toThrow(/invalid-content.*path must start with "\/"/);
  });

  it('null options are no options, not a TypeError', () => {
    const adapter = createWxAdapter(null);
    expect(adapter.platform).toBe('wx');
    expect(adapter.page.onShareAppMessage({ from: 'menu' })).toEqual({});
    expect(createWxAdapter({ wx: null, defaults: undefined }).page.onShareAppMessage()).toEqual({});
  });
});

describe('unsupported options and APIs: ShareErrors, never TypeErrors', () => {
  it('updateShareMenu before 1.2.0', async () => {
    const { controller } = world('1.1.0');
    const error = await shareRejection(controller.updateMenu({ withShareTicket: true }));
    expect(isShareError(error, 'unsupported')).toBe(true);
    expect((error as Error).message).toMatch(/updateShareMenu.*canIUse/);
  });

  it('menus before 2.11.3 reject, as canIUse says; from 2.11.3 they work', async () => {
    const old = world('2.11.2');
    expect(old.adapter.canIUse('showShareMenu.object.menus')).toBe(false);
    const error = await shareRejection(old.controller.showMenu({ menus: ['shareAppMessage', 'shareTimeline'] }));
    expect(isShareError(error, 'unsupported')).toBe(true);
    expect((error as Error).message).toContain('2.11.3');
    expect((await shareRejection(old.controller.hideMenu({ menus: ['shareTimeline'] }))).code).toBe('unsupported');
    expect(old.runtime.calls.filter((c) => c.api.endsWith('ShareMenu'))).toEqual([]);

    const now = world('2.11.3');
    await now.controller.showMenu({ menus: ['shareAppMessage', 'shareTimeline'] });
    await now.controller.hideMenu({ menus: ['shareTimeline'] });
    expect(now.runtime.menu.menus).toEqual(['shareAppMessage']);
  });

  it('an updateShareMenu option newer than the runtime rejects; false passes (it changes nothing)', async () => {
    const { controller } = world('2.12.0');
    expect((await shareRejection(controller.updateMenu({ isPrivateMessage: true }))).code).toBe('unsupported');
    await controller.updateMenu({ withShareTicket: true, isPrivateMessage: false });
    const now = world('2.13.0');
    await now.controller.updateMenu({ isPrivateMessage: true, activityId: 'a1', isUpdatableMessage: true });
    expect(now.runtime.menu).toMatchObject({ isPrivateMessage: true, activityId: 'a1', isUpdatableMessage: true });
  });

  it('getShareInfo without a ticket is no-ticket', async () => {
    const { controller, adapter } = world('2.2.3');
    await expect(controller.getShareInfo()).rejects.toSatisfy((e) => isShareError(e, 'no-ticket'));
    await expect(adapter.getShareInfo('', {})).rejects.toSatisfy((e) => isShareError(e, 'no-ticket'));
  });

  it('a wx fail is a platform error that keeps errMsg; the menu state stays as it was', async () => {
    const { controller } = world('2.2.3', { idle: true });
    const before = controller.getState().menu;
    const error = await shareRejection(controller.showMenu());
    expect(isShareError(error, 'platform')).toBe(true);
    expect(error).toMatchObject({ platform: 'wx', platformMessage: 'showShareMenu:fail no current page' });
    expect(controller.getState().menu).toBe(before);
  });
});

describe('no wx, or a broken one', () => {
  it('importable and usable without wx: everything is unsupported, handlers still answer', async () => {
    // Node has no global wx: the default lookup finds none.
    const adapter = createWxAdapter();
    expect(adapter.version).toBe('1.0.0');
    for (const schema of Object.keys(wxFeatures)) {
      const tableOnly = /^(onShareAppMessage|shareAppMessage|onShareTimeline|onAddToFavorites|button)\b/.test(schema);
      if (!tableOnly) expect(adapter.canIUse(schema), schema).toBe(false);
    }
    for (const call of [adapter.showMenu({}), adapter.hideMenu({}), adapter.updateMenu({}), adapter.getShareInfo('t', {})]) {
      await expect(call).rejects.toSatisfy((e) => isShareError(e, 'unsupported'));
    }
    const controller = createShareController({ adapter, content: { title: 'SSR', path: '/pages/a/index', imageUrl: 'https://x/y.png' } });
    // 1.0.0 reads no imageUrl and reports no outcome: the page showing again settles it.
    expect(adapter.page.onShareAppMessage({ from: 'menu' })).toEqual({ title: 'SSR', path: '/pages/a/index' });
    adapter.page.onShow();
    expect(controller.getState().settled?.outcome.status).toBe('unconfirmed');
  });

  it('uses the global wx when there is one', () => {
    const runtime = createWxRuntime({ SDKVersion: '2.12.0' });
    const restore = runtime.install();
    try {
      const adapter = createWxAdapter();
      expect(adapter.version).toBe('2.12.0');
      expect(adapter.canIUse('showShareMenu.object.menus')).toBe(true);
      expect(createWxAdapter({ wx: null }).canIUse('showShareMenu')).toBe(false);
    } finally {
      restore();
    }
  });

  it('a throwing or odd wx degrades to 1.0.0 and false, never to an exception', async () => {
    const fail = () => {
      throw new Error('boom');
    };
    const hostile = { getSystemInfoSync: fail, canIUse: fail, showShareMenu: fail, hideShareMenu: 42 } as unknown as WxLike;
    const adapter = createWxAdapter({ wx: hostile });
    expect(adapter.version).toBe('1.0.0');
    expect(adapter.canIUse('getSystemInfo')).toBe(false);
    expect(adapter.canIUse('showShareMenu')).toBe(false);
    const thrown = await shareRejection(adapter.showMenu({}));
    expect(thrown).toMatchObject({ code: 'platform', cause: expect.any(Error) });
    expect((await shareRejection(adapter.hideMenu({}))).code).toBe('unsupported');

    const malformed = createWxAdapter({ wx: { getSystemInfoSync: () => ({ SDKVersion: '2.x' }) } });
    expect(malformed.version).toBe('1.0.0');
  });

  it('prefers getAppBaseInfo (2.20.1+, where getSystemInfoSync is deprecated)', () => {
    const wx = { getAppBaseInfo: () => ({ SDKVersion: '3.4.0' }), getSystemInfoSync: () => ({ SDKVersion: '1.0.0' }) };
    expect(createWxAdapter({ wx }).version).toBe('3.4.0');
  });

  it('reads the version once per adapter', () => {
    const runtime = createWxRuntime({ SDKVersion: '2.12.0' });
    const adapter = createWxAdapter({ wx: runtime.wx });
    for (const schema of ['showShareMenu', 'button.open-type.share', 'getShareInfo', 'onShareTimeline']) adapter.canIUse(schema);
    void adapter.version;
    expect(runtime.calls.filter((c) => c.api === 'getSystemInfoSync')).toHaveLength(1);
  });
});

describe('canIUse', () => {
  it('needs both the version and the function for API schemas', () => {
    const runtime = createWxRuntime({ SDKVersion: '3.4.0' });
    const { showShareMenu: _, ...rest } = runtime.wx;
    const adapter = createWxAdapter({ wx: rest });
    expect(adapter.canIUse('showShareMenu')).toBe(false);
    expect(adapter.canIUse('showShareMenu.object.menus')).toBe(false);
    expect(adapter.canIUse('hideShareMenu')).toBe(true);
    // Page handlers and components are answered by the table.
    expect(adapter.canIUse('onShareTimeline')).toBe(true);
    expect(adapter.canIUse('button.open-type.share')).toBe(true);
  });

  it('answers false after a removal (success callbacks end at 2.3.0) and for odd schemas', () => {
    const { adapter } = world('2.3.0');
    expect(adapter.canIUse('onShareAppMessage.return.success')).toBe(false);
    for (const odd of ['', 'toString', '__proto__', 'showShareMenu.', 42 as unknown as string]) expect(adapter.canIUse(odd)).toBe(false);
  });

  it('below 2.6.2, a false negative of wx.canIUse does not hide a share API the table knows', () => {
    const { adapter } = world('2.2.3', { runtime: { canIUseGaps: ['showShareMenu', 'getLaunchOptionsSync'] } });
    expect(adapter.canIUse('showShareMenu')).toBe(true);
    // Outside the table, wx.canIUse is all there is.
    expect(adapter.canIUse('getLaunchOptionsSync')).toBe(false);
  });
});
