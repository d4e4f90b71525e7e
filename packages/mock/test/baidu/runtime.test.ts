import { describe, expect, it } from 'vitest';
import { createBaiduRuntime } from '../../src/baidu';

const PAGE = '/pages/article/index';

function started(options: Parameters<typeof createBaiduRuntime>[0] = {}, page: Record<string, unknown> = {}) {
  const runtime = createBaiduRuntime(options);
  runtime.App({ onError: () => {} });
  runtime.Page(PAGE, page);
  runtime.launch({ path: `${PAGE}?id=42` });
  return runtime;
}

const answers = (runtime: ReturnType<typeof createBaiduRuntime>, choose: 'share' | 'cancel' | 'fail') =>
  new Promise<string[]>((resolve) => {
    const seen: string[] = [];
    runtime.user.answerNextOpenShare({ choose });
    runtime.swan.openShare!({
      title: 'T',
      success: () => seen.push('success'),
      fail: (r: { errMsg: string }) => seen.push(`fail ${r.errMsg}`),
      complete: () => seen.push('complete'),
    });
    setTimeout(() => resolve(seen), 10);
  });

describe('createBaiduRuntime', () => {
  it('openShare answers success, or fail then complete, as the user chose', async () => {
    expect(await answers(started(), 'share')).toEqual(['success', 'complete']);
    expect(await answers(started(), 'cancel')).toEqual(['fail openShare:fail share canceled', 'complete']);
    expect(await answers(started(), 'fail')).toEqual(['fail openShare:fail system error', 'complete']);
  });

  it('Android 1.13.43 calls nothing when the user cancels openShare (the documented bug), and only there', async () => {
    expect(await answers(started({ SDKVersion: '1.13.43', platform: 'android' }), 'cancel')).toEqual([]);
    expect(await answers(started({ SDKVersion: '1.13.43', platform: 'ios' }), 'cancel')).toHaveLength(2);
    expect(await answers(started({ SDKVersion: '3.140.1', platform: 'android' }), 'cancel')).toHaveLength(2);
  });

  it('has one share panel: a tap while openShare shows opens nothing', async () => {
    const runtime = started({}, { onShareAppMessage: () => ({ title: 'page' }) });
    runtime.user.answerNextOpenShare({ dwell: 20 });
    expect(runtime.swan.openShare!({})).toBe(true);
    expect(await runtime.user.tapMenuShare()).toMatchObject({ opened: false, reason: 'panel-open' });
  });

  it("fills Baidu's defaults: the app's name and the current page; a throwing hook shares them", async () => {
    const runtime = started({ appName: 'Daily' }, {
      onShareAppMessage() {
        throw new Error('boom');
      },
    });
    const report = await runtime.user.tapShareButton({ id: 'share' });
    expect(report.card).toEqual({ via: 'button', title: 'Daily', path: PAGE });
    expect(report.handlerError).toBeInstanceOf(Error);
    expect(runtime.errors).toHaveLength(1);
  });

  it('passes from and target to the hook; has no openShare when told so; reports its system', async () => {
    const args: unknown[] = [];
    const runtime = started({ openShare: false, SDKVersion: '3.0.0', platform: 'android' }, { onShareAppMessage: (o: unknown) => void args.push(o) });
    await runtime.user.tapMenuShare();
    await runtime.user.tapShareButton({ id: 'b' });
    expect(args).toEqual([{ from: 'menu' }, { from: 'button', target: { dataset: {}, id: 'b' } }]);
    expect(runtime.swan.openShare).toBeUndefined();
    expect(runtime.swan.canIUse('openShare')).toBe(false);
    expect(runtime.swan.getSystemInfoSync()).toMatchObject({ SDKVersion: '3.0.0', platform: 'android' });
  });

  it('runs the lifecycle: launch, hide, show, navigate', () => {
    const runtime = started();
    runtime.Page('/pages/other/index', {});
    runtime.hide();
    runtime.show({ scene: 1007, shareTicket: 'tk' });
    runtime.navigateTo('/pages/other/index?x=1');
    expect(runtime.getCurrentPages().map((p) => p.route)).toEqual(['pages/article/index', 'pages/other/index']);
    runtime.navigateBack();
    expect(runtime.getCurrentPages()).toHaveLength(1);
  });
});
