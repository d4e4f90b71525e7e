// The mini program build as an Alipay mini program runs it: miniprogram_dist/index.js (and core's)
// as plain CommonJS in a bare context that holds only Alipay's globals, timers and Promise
// (`globalThis` deleted), over the simulated Alipay runtime. What minidev itself does with
// node_modules cannot run offline (its compiler is downloaded from Alipay's CDN): see the README.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createContext, runInContext } from 'node:vm';
import { createAlipayRuntime } from '@sharekit/mock/alipay';
import { expect, it } from 'vitest';

// Core as this package resolves it (its dependency), so the test also runs in a sandbox copy.
const core = dirname(createRequire(import.meta.url).resolve('@sharekit/core/package.json'));
const own = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const FILES: Record<string, string> = {
  '@sharekit/core': join(core, 'miniprogram_dist/index.js'),
  '@sharekit/core/adapter': join(core, 'miniprogram_dist/adapter/index.js'),
  '@sharekit/alipay': join(own, 'miniprogram_dist/index.js'),
};

function bareContext(globals: Record<string, unknown>) {
  const context = createContext({ ...globals, console, setTimeout, clearTimeout, Promise });
  runInContext('delete globalThis.globalThis;', context);
  const cache = new Map<string, unknown>();
  // Package names map to their mini program build; relative requires resolve against the file.
  const load = (name: string, from?: string): unknown => {
    const file = name.startsWith('.') && from ? resolve(dirname(from), name) : FILES[name];
    if (!file) throw new Error(`require('${name}'): not in the mini program build`);
    if (cache.has(file)) return cache.get(file);
    const module = { exports: {} as unknown };
    cache.set(file, module.exports);
    const wrapper = runInContext(`(function (module, exports, require) {${readFileSync(file, 'utf8')}\n})`, context) as Function;
    wrapper(module, module.exports, (next: string) => load(next, file));
    cache.set(file, module.exports);
    return module.exports;
  };
  return (name: string) => load(name);
}

it('runs in a bare Alipay context: the menu share is shared, the app-opened panel joins share()', async () => {
  const runtime = createAlipayRuntime({ SDKVersion: '2.9.0' });
  const load = bareContext({ my: runtime.my, App: runtime.App, getApp: runtime.getApp, getCurrentPages: runtime.getCurrentPages });
  const core = load('@sharekit/core') as typeof import('@sharekit/core');
  const alipay = load('@sharekit/alipay') as typeof import('../src/index');
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
