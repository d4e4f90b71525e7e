// QQ's IDE builds npm packages like WeChat DevTools (it copies miniprogram_dist into
// miniprogram_npm) but cannot run offline: core's and qq's mini program builds run here as they
// are, in a bare context holding only QQ's globals, over the simulated QQ runtime.
import { createQQRuntime } from '@sharekit/mock/qq';
import { expect, it } from 'vitest';
import { bareRequire, miniprogramBuild } from '../src/bare.mjs';

it('runs in a bare QQ context: the global qq, the menu with tickets, a share that ends unconfirmed, share info', async () => {
  const runtime = createQQRuntime({ SDKVersion: '1.15.0' });
  const load = bareRequire(miniprogramBuild('qq'), { qq: runtime.qq, App: runtime.App, getApp: runtime.getApp, getCurrentPages: runtime.getCurrentPages });
  const core = load('@sharekit/core') as typeof import('@sharekit/core');
  const qq = load('@sharekit/qq') as typeof import('@sharekit/qq');
  // No `qq` option: the adapter finds the global, as in QQ.
  const adapter = qq.createQQAdapter();
  const controller = core.createShareController({ adapter, content: { title: 'Article 42', path: '/pages/article/index?id=42' } });
  runtime.App({ ...qq.shareApp({ adapter }) });
  runtime.Page('/pages/article/index', { ...qq.sharePage({ adapter, controller }) });
  runtime.launch({ path: '/pages/article/index?id=42' });

  expect(await controller.showMenu({ showShareItems: ['qq', 'qzone', 'wechatFriends'], withShareTicket: true })).toEqual({
    visible: true,
    items: ['qq', 'qzone', 'wechatFriends'],
    tickets: true,
  });
  const report = await runtime.user.tapMenuShare({ item: 'wechatFriends' });
  expect(report.delivered).toEqual({ title: 'Article 42', path: '/pages/article/index?id=42' });
  expect(controller.getState().settled?.outcome).toEqual({ status: 'unconfirmed' });

  runtime.hide();
  runtime.openShareCard({ path: '/pages/article/index', withShareTicket: true });
  expect(await controller.getShareInfo()).toMatchObject({ source: 'getShareInfo', encryptedData: expect.any(String) });
});
