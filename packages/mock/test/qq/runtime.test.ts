import { describe, expect, it } from 'vitest';
import { createQQRuntime, decryptSimulatedData } from '../../src/qq/index';

function started(options: Parameters<typeof createQQRuntime>[0] = {}) {
  const runtime = createQQRuntime(options);
  runtime.App({});
  runtime.Page('/pages/a', { onShareAppMessage: () => ({ title: 'A', path: '/pages/a?x=1' }) });
  runtime.Page('/pages/b', {});
  runtime.launch();
  return runtime;
}

const call = (fn: unknown, options: object = {}) =>
  new Promise<Record<string, unknown>>((resolve) => (fn as (o: object) => void)({ ...options, success: resolve, fail: resolve }));

describe('createQQRuntime', () => {
  it("keeps QQ's menu per page: qq and qzone by default, hideShareMenu hides only those", async () => {
    const runtime = started();
    expect(runtime.menu).toEqual({ visible: true, items: ['qq', 'qzone'], withShareTicket: false });
    await call(runtime.qq.showShareMenu, { showShareItems: ['wechatMoment'], withShareTicket: true });
    expect(runtime.menu).toEqual({ visible: true, items: ['qq', 'qzone', 'wechatMoment'], withShareTicket: true });
    await call(runtime.qq.hideShareMenu, { hideShareItems: ['qq', 'wechatMoment'] });
    expect(runtime.menu.items).toEqual(['qzone', 'wechatMoment']);
    await call(runtime.qq.hideShareMenu);
    expect(runtime.menu.items).toEqual(['wechatMoment']);
    runtime.navigateTo('/pages/b');
    expect(runtime.menu).toEqual({ visible: false, items: [], withShareTicket: false });
  });

  it('asks the page synchronously and reports nothing back; a hidden item cannot be tapped', async () => {
    const runtime = started();
    const report = await runtime.user.tapMenuShare({ item: 'qzone' });
    expect(report).toMatchObject({ opened: true, item: 'qzone', delivered: { title: 'A', path: '/pages/a?x=1' } });
    expect((await runtime.user.tapMenuShare({ item: 'wechatFriends' })).reason).toBe('menu-hidden');
    expect((await runtime.user.tapShareButton({ shareMode: ['qq'] }, { item: 'qzone' })).reason).toBe('item-unavailable');
  });

  it('encrypts the group of a ticket with the session key; tickets die with the lifecycle', async () => {
    const runtime = started({ appId: '1110000042' });
    const ticket = runtime.issueTicket('G');
    const ok = await call(runtime.qq.getShareInfo, { shareTicket: ticket });
    expect(decryptSimulatedData({ sessionKey: runtime.sessionKey, encryptedData: ok.encryptedData as string, iv: ok.iv as string })).toMatchObject({
      openGId: 'G',
      watermark: { appid: '1110000042' },
    });
    runtime.destroy();
    runtime.launch();
    expect(await call(runtime.qq.getShareInfo, { shareTicket: ticket })).toEqual({ errMsg: 'getShareInfo:fail invalid shareTicket' });
    expect(started({ noShareTickets: true }).qq.getShareInfo).toBeUndefined();
  });

  it('rejects bad options with the option named', () => {
    expect(() => createQQRuntime({ SDKVersion: 'x' })).toThrow(expect.objectContaining({ code: 'invalid-version' }));
    expect(() => createQQRuntime({ appId: '' })).toThrow(/createQQRuntime: appId/);
  });
});
