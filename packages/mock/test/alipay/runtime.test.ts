// The simulated Alipay runtime's own rules (platform-share-facts.md §1), apart from any adapter.
import { describe, expect, it } from 'vitest';
import { createAlipayRuntime } from '../../src/alipay';

function launched(SDKVersion: string, page: Record<string, unknown> = {}, app: Record<string, unknown> = {}) {
  const runtime = createAlipayRuntime({ SDKVersion, appName: 'Demo' });
  runtime.App({ onError: () => {}, ...app });
  runtime.Page('/pages/a/index', page);
  runtime.launch({ path: '/pages/a/index?id=1' });
  return runtime;
}

describe('createAlipayRuntime', () => {
  it('has my.hideShareMenu from 1.7.0 and my.showSharePanel from 1.17.0', () => {
    expect(launched('1.6.9').my.hideShareMenu).toBeUndefined();
    expect(launched('1.7.0').my.hideShareMenu).toBeTypeOf('function');
    expect(launched('1.16.9').my.showSharePanel).toBeUndefined();
    const runtime = launched('1.17.0');
    expect(runtime.my.showSharePanel).toBeTypeOf('function');
    expect(runtime.my.SDKVersion).toBe('1.17.0');
    expect(runtime.my.canIUse('page.onShareAppMessage.async')).toBe(false);
    expect(launched('1.24.13').my.canIUse('page.onShareAppMessage.async')).toBe(true);
  });

  it("shares Alipay's defaults without a hook: the app name and the page without /", async () => {
    const report = await launched('2.9.0').user.tapMenuShare();
    expect(report.handler).toBe('none');
    expect(report.delivered).toEqual({ title: 'Demo', path: 'pages/a/index?id=1' });
  });

  it('passes from / target from 1.10.0, and calls success / fail from 1.4.0 only', async () => {
    const calls: unknown[] = [];
    const hook = (argument: unknown) => {
      calls.push(argument);
      return { title: 't', path: 'pages/a/index', success: (r: unknown) => calls.push(r) };
    };
    await launched('1.9.0', { onShareAppMessage: hook }).user.tapShareButton({ id: 'b' });
    expect(calls).toEqual([{}, { channelName: 'ALPContact', shareResult: true }]);
    calls.length = 0;
    await launched('1.10.0', { onShareAppMessage: hook }).user.tapShareButton({ id: 'b' });
    expect(calls[0]).toEqual({ from: 'button', target: { id: 'b', dataset: {} } });
    calls.length = 0;
    const old = await launched('1.3.0', { onShareAppMessage: hook }).user.tapMenuShare();
    expect(old.callbacks).toEqual([]);
  });

  it('delivers nothing when the hook returns no object (the default share becomes unavailable)', async () => {
    const report = await launched('2.9.0', { onShareAppMessage: () => undefined }).user.tapMenuShare();
    expect(report.opened).toBe(true);
    expect(report.delivered).toBeNull();
  });

  it('waits for a returned Promise only where Alipay does, and flags a path with a leading /', async () => {
    const hook = () => Promise.resolve({ title: 'later', path: '/pages/a/index' });
    const waits = await launched('2.6.7', { onShareAppMessage: hook }).user.tapMenuShare();
    expect([waits.promise, waits.delivered?.title, waits.badPath]).toEqual(['resolved', 'later', true]);
    const no = await launched('2.6.6', { onShareAppMessage: hook }).user.tapMenuShare();
    expect([no.promise, no.delivered]).toEqual(['unsupported', null]);
  });

  it('hides the menu per page; showSharePanel asks the page with from: code after the call returns', async () => {
    const seen: unknown[] = [];
    const onShareAppMessage = (a: unknown) => {
      seen.push(a);
      return { title: 't', path: 'p' };
    };
    const runtime = launched('2.9.0', { onShareAppMessage });
    await runtime.my.hideShareMenu?.();
    expect(runtime.menu.visible).toBe(false);
    expect((await runtime.user.tapMenuShare()).reason).toBe('menu-hidden');
    runtime.my.showSharePanel?.();
    expect(seen).toEqual([]);
    expect(await runtime.user.panels[0]).toMatchObject({ via: 'code', delivered: { title: 't', path: 'p' } });
    expect(seen).toEqual([{ from: 'code' }]);
  });
});
