// The mini program build as an Alipay mini program runs it: miniprogram_dist/index.js (and core's)
// as plain CommonJS in a bare context that holds only Alipay's globals, timers and Promise
// (`globalThis` deleted), over the simulated Alipay runtime. What minidev itself does with
// node_modules cannot run offline (its compiler is downloaded from Alipay's CDN): see the README.
import { createAlipayRuntime } from '@sharekit/mock/alipay';
import { expect, it } from 'vitest';
import { bareRequire, miniprogramBuild } from '../src/bare.mjs';

it('runs in a bare Alipay context: the menu share is shared, the app-opened panel joins share()', async () => {
  const runtime = createAlipayRuntime({ SDKVersion: '2.9.0' });
  const load = bareRequire(miniprogramBuild('alipay'), { my: runtime.my, App: runtime.App, getApp: runtime.getApp, getCurrentPages: runtime.getCurrentPages });
  const core = load('@sharekit/core') as typeof import('@sharekit/core');
  const alipay = load('@sharekit/alipay') as typeof import('@sharekit/alipay');
  const adapter = alipay.createAlipayAdapter();
  const controller = core.createShareController({ adapter, content: { title: 'Article 42', text: 'Worth a read', path: '/pages/article/index?id=42' } });
  runtime.App({ ...alipay.shareApp({ adapter }) });
  runtime.Page('/pages/article/index', { ...alipay.sharePage({ adapter, controller }) });
  runtime.launch({ path: '/pages/article/index?id=42' });

  const report = await runtime.user.tapMenuShare({ choose: 'share', channelName: 'ALPContact' });
  expect(report.delivered).toEqual({ title: 'Article 42', desc: 'Worth a read', path: 'pages/article/index?id=42' });
  expect(controller.getState().settled?.outcome).toEqual({ status: 'shared', channel: 'ALPContact' });

  runtime.user.answerPanel({ choose: 'not-shared' });
  expect(await controller.share()).toMatchObject({ status: 'cancelled' });
  expect(runtime.calls.map((c) => c.api)).toContain('showSharePanel');
});
