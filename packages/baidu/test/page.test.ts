// The page hook: Baidu's card fields and result callbacks.
import { isShareError } from '@sharekit/core';
import { describe, expect, it } from 'vitest';
import { createBaiduAdapter } from '../src/index';
import { PAGE, world } from './harness';

describe('onShareAppMessage', () => {
  it('returns title, content (from text), imageUrl and path with its leading /', async () => {
    const { runtime } = world({ page: { title: 'T', text: 'Body', imageUrl: 'https://example.com/i.png', path: `${PAGE}?id=7` } });
    const report = await runtime.user.tapMenuShare();
    expect(report.returned).toMatchObject({ title: 'T', content: 'Body', imageUrl: 'https://example.com/i.png', path: `${PAGE}?id=7` });
    expect(report.card).toEqual({ via: 'menu', title: 'T', content: 'Body', imageUrl: 'https://example.com/i.png', path: `${PAGE}?id=7` });
  });

  it('ends the session with the callbacks: success shared, a cancel cancelled, a fail failed', async () => {
    const { runtime, controller } = world({ page: { title: 'T' } });
    await runtime.user.tapShareButton({}, { choose: 'share' });
    expect(controller.getState().settled?.outcome).toEqual({ status: 'shared' });
    await runtime.user.tapMenuShare({ choose: 'cancel' });
    expect(controller.getState().settled?.outcome).toEqual({ status: 'cancelled' });
    await runtime.user.tapMenuShare({ choose: 'fail' });
    const failed = controller.getState().settled?.outcome;
    expect(failed?.status === 'failed' && failed.error.platformMessage).toBe('onShareAppMessage:fail system error');
    expect(failed?.status === 'failed' && failed.error.message).toBe('platform: swan.onShareAppMessage failed: onShareAppMessage:fail system error');
  });

  it("passes the trigger on, unwrapping the nested `from` of Baidu's pre-2018-11 base libraries", () => {
    const adapter = createBaiduAdapter({ swan: null });
    const seen: unknown[] = [];
    adapter.connect!({
      request: (trigger) => {
        seen.push(trigger);
        return { id: 1, content: undefined, pending: undefined, error: undefined, settle() {} };
      },
      launch() {},
      resume() {},
      destroy() {},
      syncMenu() {},
      warn() {},
    });
    adapter.page.onShareAppMessage({ from: { from: 'button' }, target: { id: 'b' } });
    adapter.page.onShareAppMessage({ from: 'menu', webViewUrl: 'https://example.com/w' });
    expect(seen).toEqual([
      { from: 'button', target: { id: 'b' } },
      { from: 'menu', webViewUrl: 'https://example.com/w' },
    ]);
  });

  it('async content cannot be waited for: Baidu gets the defaults, the app a warning', async () => {
    const { runtime, events } = world({ adapter: { defaults: { title: 'Default' } }, page: async () => ({ title: 'Late' }) });
    const report = await runtime.user.tapMenuShare();
    expect(report.card?.title).toBe('Default');
    const warning = events.find((e) => e.event.type === 'warning')?.event;
    expect(warning?.type === 'warning' && isShareError(warning.error, 'unsupported')).toBe(true);
  });

  it('has no menu methods: Baidu documents no showShareMenu / hideShareMenu', () => {
    const adapter = createBaiduAdapter({ swan: null });
    expect(adapter.showMenu).toBeUndefined();
    expect(adapter.hideMenu).toBeUndefined();
    expect(adapter.updateMenu).toBeUndefined();
    expect(adapter.supports('menu')).toBe(false);
  });
});
