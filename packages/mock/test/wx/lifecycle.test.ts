import { isShareError } from '@sharekit/core';
import { describe, expect, it } from 'vitest';
import { createWxRuntime, MAX_PAGE_STACK, type WxLaunchOptions } from '../../src/wx';
import { ARTICLE, launched } from './helpers';

const trace = (runtime: { events: readonly { target: string; hook: string; route?: string }[] }) =>
  runtime.events.map((e) => `${e.target}.${e.hook}${e.route ? ` ${e.route}` : ''}`);

describe('createWxRuntime options', () => {
  it('defaults', () => {
    const runtime = createWxRuntime();
    expect(runtime.SDKVersion).toBe('3.4.0');
    expect(runtime.appId).toBe('wxsimulatedappid');
    expect(runtime.platform).toBe('devtools');
    expect(Buffer.from(runtime.sessionKey, 'base64')).toHaveLength(16);
    expect(runtime.status).toBe('not-launched');
    expect(runtime.wx.getSystemInfoSync()).toMatchObject({ platform: 'devtools', SDKVersion: '3.4.0' });
  });

  it.each([['2.x'], ['1..0'], [''], ['v3.4.0']])('SDKVersion %j is a ShareError invalid-version', (SDKVersion) => {
    expect(() => createWxRuntime({ SDKVersion })).toThrow(expect.objectContaining({ code: 'invalid-version' }));
  });

  it.each([
    [{ sessionKey: 'not base64!' }],
    [{ sessionKey: Buffer.from('short').toString('base64') }],
    [{ platform: 'windows' as 'ios' }],
    [{ promiseTimeout: -1 }],
    [{ appId: '' }],
    [{ latency: Number.NaN }],
  ])('rejects %j with invalid-argument', (options) => {
    try {
      createWxRuntime(options);
      expect.unreachable();
    } catch (error) {
      expect(isShareError(error, 'invalid-argument')).toBe(true);
    }
  });
});

describe('App and Page lifecycle', () => {
  function app() {
    const runtime = createWxRuntime();
    const seen: unknown[] = [];
    runtime.App({
      globalData: { user: 'u1' },
      onLaunch(options: WxLaunchOptions) {
        seen.push(['onLaunch', options, this.globalData]);
      },
    });
    runtime.Page('/pages/index/index', {
      data: { n: 1 },
      onLoad(query) {
        seen.push(['onLoad', query, this.route]);
      },
    });
    runtime.Page(ARTICLE, {});
    return { runtime, seen };
  }

  it('launch: onLaunch, onShow, then the page onLoad, onShow, onReady', () => {
    const { runtime, seen } = app();
    const options = runtime.launch({ path: '/pages/index/index?a=1&b=x%20y', scene: 1011 });
    expect(options).toEqual({ path: 'pages/index/index', query: { a: '1', b: 'x y' }, scene: 1011, referrerInfo: {} });
    expect(trace(runtime)).toEqual([
      'app.onLaunch',
      'app.onShow',
      'page.onLoad pages/index/index',
      'page.onShow pages/index/index',
      'page.onReady pages/index/index',
    ]);
    expect(seen).toEqual([
      ['onLaunch', options, { user: 'u1' }],
      ['onLoad', { a: '1', b: 'x y' }, 'pages/index/index'],
    ]);
    expect(runtime.getApp()?.globalData).toEqual({ user: 'u1' });
    expect(runtime.getCurrentPages().map((p) => [p.route, p.options, p.data])).toEqual([
      ['pages/index/index', { a: '1', b: 'x y' }, { n: 1 }],
    ]);
  });

  it('launch defaults to the first page registered and scene 1001', () => {
    const { runtime } = app();
    expect(runtime.launch()).toMatchObject({ path: 'pages/index/index', scene: 1001 });
  });

  it('navigation: navigateTo hides, navigateBack unloads and shows', () => {
    const { runtime } = app();
    runtime.launch();
    runtime.clearRecords();
    runtime.navigateTo(`${ARTICLE}?id=5`);
    runtime.navigateBack();
    expect(trace(runtime)).toEqual([
      'page.onHide pages/index/index',
      'page.onLoad pages/article/index',
      'page.onShow pages/article/index',
      'page.onReady pages/article/index',
      'page.onUnload pages/article/index',
      'page.onShow pages/index/index',
    ]);
    runtime.redirectTo(ARTICLE);
    expect(runtime.getCurrentPages().map((p) => p.route)).toEqual(['pages/article/index']);
  });

  it('the page stack holds at most 10 pages', () => {
    const { runtime } = app();
    runtime.launch();
    for (let i = 1; i < MAX_PAGE_STACK; i++) runtime.navigateTo(ARTICLE);
    expect(() => runtime.navigateTo(ARTICLE)).toThrow(/stack is full/);
  });

  it('hide and show: page then app on hide, app then page on show, scene 1089', () => {
    const { runtime } = app();
    runtime.launch();
    runtime.clearRecords();
    runtime.hide();
    expect(runtime.status).toBe('background');
    const options = runtime.show();
    expect(options.scene).toBe(1089);
    expect(trace(runtime)).toEqual(['page.onHide pages/index/index', 'app.onHide', 'app.onShow', 'page.onShow pages/index/index']);
  });

  it('destroy: onHide if shown, then nothing; a new launch is a new lifecycle', () => {
    const { runtime } = app();
    runtime.launch();
    runtime.clearRecords();
    runtime.destroy();
    expect(trace(runtime)).toEqual(['page.onHide pages/index/index', 'app.onHide']);
    expect(runtime.status).toBe('destroyed');
    expect(runtime.getApp()).toBeUndefined();
    expect(runtime.getCurrentPages()).toEqual([]);
    expect(runtime.launchOptions).toBeUndefined();
    runtime.launch();
    expect(runtime.status).toBe('foreground');
  });

  it('misuse is a ShareError that says what to do', () => {
    const { runtime } = app();
    expect(() => runtime.hide()).toThrow(/call launch\(\)/);
    expect(() => runtime.launch({ path: '/pages/missing/index' })).toThrow(/no page is registered at "pages\/missing\/index"/);
    expect(() => runtime.App({})).toThrow(/already called/);
    runtime.launch();
    expect(() => runtime.launch()).toThrow(/already|foreground/);
    expect(() => createWxRuntime().launch()).toThrow(/no page is registered/);
  });

  it('wx.onAppShow / onAppHide listeners (2.1.2+) get the same options as App.onShow', () => {
    const { runtime } = app();
    const shown: WxLaunchOptions[] = [];
    const hidden: string[] = [];
    runtime.wx.onAppShow?.((options) => shown.push(options));
    runtime.wx.onAppHide?.(() => hidden.push('hide'));
    runtime.launch();
    runtime.hide();
    runtime.show({ scene: 1007 });
    expect(shown.map((o) => o.scene)).toEqual([1001, 1007]);
    expect(hidden).toEqual(['hide']);
    expect(createWxRuntime({ SDKVersion: '2.1.1' }).wx.onAppShow).toBeUndefined();
  });

  it('errors in app code go to App.onError and runtime.errors', () => {
    const { runtime, appErrors } = launched('3.4.0', {
      onShow() {
        throw new Error('page broke');
      },
    });
    expect(appErrors).toHaveLength(1);
    expect(appErrors[0]).toContain('page broke');
    expect(runtime.errors).toHaveLength(1);
  });

  it('install() sets and restores the WeChat globals', () => {
    const runtime = createWxRuntime();
    const scope: Record<string, unknown> = { wx: 'previous' };
    const restore = runtime.install(scope);
    expect(scope.wx).toBe(runtime.wx);
    expect(scope.getApp).toBe(runtime.getApp);
    restore();
    expect(scope).toEqual({ wx: 'previous' });
  });
});
