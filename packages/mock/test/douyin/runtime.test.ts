import { describe, expect, it } from 'vitest';
import { createDouyinRuntime, type DouyinShareOption } from '../../src/douyin';

// The facts, restated here on purpose (not read from the simulator's table): the test fails if either drifts.
const SINCE: Record<string, string> = { showShareMenu: '1.5.0', hideShareMenu: '1.5.0', canIUse: '1.35.0' };
const num = (v: string) => v.split('.').reduce((acc, part) => acc * 1000 + Number(part), 0);

function app(version: string, page: Record<string, unknown> = {}) {
  const runtime = createDouyinRuntime({ SDKVersion: version, appName: 'Demo' });
  const seen: DouyinShareOption[] = [];
  runtime.App({ onError: () => {} });
  runtime.Page('/pages/a/index', {
    onShareAppMessage(option: DouyinShareOption) {
      seen.push(option);
      return { title: 'A', desc: 'about a', success: () => seen.push({ from: 'success', channel: '' }) };
    },
    ...page,
  });
  runtime.launch({ path: '/pages/a/index?id=1' });
  return { runtime, seen };
}

describe.each(['1.0.0', '1.5.0', '1.35.0', '2.28.0', '2.47.0', '3.50.0'])('Douyin base library %s', (version) => {
  it('has exactly the share functions of its version', () => {
    const { tt } = createDouyinRuntime({ SDKVersion: version });
    for (const [api, since] of Object.entries(SINCE)) {
      expect(typeof tt[api], `${api} on ${version}`).toBe(num(version) >= num(since) ? 'function' : 'undefined');
    }
    expect(tt.shareAppMessage, 'mini games only').toBeUndefined();
    expect((tt.getSystemInfoSync as () => { SDKVersion: string })().SDKVersion).toBe(version);
  });

  it('passes webviewUrl (lower-case v) from 2.47.0 only', async () => {
    const { runtime, seen } = app(version);
    await runtime.user.tapMenuShare({ webviewUrl: 'https://example.com/' });
    expect(seen[0]).toEqual(num(version) >= num('2.47.0') ? { from: 'menu', channel: '', webviewUrl: 'https://example.com/' } : { from: 'menu', channel: '' });
  });
});

describe('the simulated Douyin runtime', () => {
  it("calls success once the publisher is up, whatever the user does, and fail when it cannot open; the page shows again", async () => {
    const { runtime, seen } = app('3.50.0');
    const cancel = await runtime.user.tapMenuShare({ choose: 'cancel' });
    expect(cancel).toMatchObject({ opened: true, callback: 'success' });
    expect(cancel.delivered).toBeUndefined();
    expect(seen.map((s) => s.from)).toEqual(['menu', 'success']);
    const fail = await runtime.user.tapMenuShare({ choose: 'fail' });
    expect(fail.callback).toBe('fail');
    const hooks = runtime.events.filter((e) => e.target === 'page').map((e) => e.hook);
    expect(hooks.slice(-2)).toEqual(['onHide', 'onShow']);
    const friend = await runtime.user.tapMenuShare();
    expect(friend.delivered).toEqual({ title: 'A', desc: 'about a', path: '/pages/a/index?id=1' });
  });

  it('takes a screenshot share only on a page that defines onShareAppMessage', async () => {
    const { runtime } = app('3.50.0', { onShareAppMessage: undefined });
    expect((await runtime.user.takeScreenshot()).reason).toBe('no-handler');
    expect((await runtime.user.tapMenuShare()).delivered).toEqual({ title: 'Demo', path: '/pages/a/index?id=1' });
  });

  it('one publisher at a time: a tap while it is up is busy', async () => {
    const { runtime } = app('3.50.0');
    const first = runtime.user.tapMenuShare();
    expect((await runtime.user.tapShareButton()).reason).toBe('busy');
    expect((await first).opened).toBe(true);
  });

  it("tt.canIUse answers its own schemas and APIs, not Object's", () => {
    const { tt } = createDouyinRuntime({ SDKVersion: '2.28.0' });
    const can = tt.canIUse as (schema: string) => boolean;
    expect(can('showShareMenu.object.menus')).toBe(true);
    expect(can('onShareAppMessage.object.webviewUrl')).toBe(false);
    expect(can('getSystemInfoSync')).toBe(true);
    expect(can('constructor')).toBe(false);
    expect(can('toString')).toBe(false);
  });

  it('showShareMenu ignores menus before 2.28.0 and fails invalid ones with 20001 after', async () => {
    const call = (version: string, menus: unknown) =>
      new Promise<{ ok: boolean; result: Record<string, unknown>; items: readonly string[] }>((resolve) => {
        const { runtime } = app(version);
        (runtime.tt.hideShareMenu as (o: object) => void)({});
        (runtime.tt.showShareMenu as (o: object) => void)({
          menus,
          success: (result: Record<string, unknown>) => resolve({ ok: true, result, items: runtime.menu.items }),
          fail: (result: Record<string, unknown>) => resolve({ ok: false, result, items: runtime.menu.items }),
        });
      });
    expect(await call('2.27.0', ['record'])).toEqual({ ok: true, result: { errMsg: 'showShareMenu:ok' }, items: ['share', 'record'] });
    expect(await call('2.28.0', ['record'])).toEqual({ ok: true, result: { errMsg: 'showShareMenu:ok' }, items: ['record'] });
    expect(await call('2.28.0', ['moments'])).toEqual({ ok: false, result: { errMsg: 'showShareMenu:fail invalid param', errNo: 20001 }, items: [] });
  });

  it('rejects bad options with a ShareError that names the option', () => {
    expect(() => createDouyinRuntime({ SDKVersion: 'x' })).toThrow(/invalid-version|version/);
    expect(() => createDouyinRuntime({ latency: -1 })).toThrow(/createDouyinRuntime: latency/);
  });
});
