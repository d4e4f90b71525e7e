// The built Alipay mini program (dist/miniprogram-alipay, what Alipay's IDE or minidev opens): the
// same article page as WeChat's, from the same shared logic, run in the simulated Alipay runtime
// at several base library versions and driven like a user.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createContext, runInContext } from 'node:vm';
import { type AlipayRuntime, createAlipayRuntime } from '@sharekit/mock/alipay';
import { beforeAll, describe, expect, it } from 'vitest';
// @ts-expect-error: a plain ES module script without types
import { buildAlipayMiniProgram } from '../scripts/build.mjs';
import { dist } from './paths';

const folder = join(dist, 'miniprogram-alipay');
const PAGE = 'pages/article/index';

beforeAll(async () => {
  await buildAlipayMiniProgram();
});

/** Runs app.js and the page's JS in a bare context holding only Alipay's globals. */
function boot(SDKVersion: string): AlipayRuntime {
  const runtime = createAlipayRuntime({ SDKVersion, appName: 'sharekit sample' });
  let route = '';
  const context = createContext({
    my: runtime.my,
    App: runtime.App,
    Page: (options: Record<string, unknown>) => runtime.Page(route, options),
    getApp: runtime.getApp,
    getCurrentPages: runtime.getCurrentPages,
    console,
    setTimeout,
    clearTimeout,
    Promise,
  });
  runInContext('delete globalThis.globalThis;', context);
  for (const file of ['app', PAGE]) {
    route = file;
    const module = { exports: {} };
    const wrapper = runInContext(`(function (module, exports, require) {${readFileSync(join(folder, `${file}.js`), 'utf8')}\n})`, context) as Function;
    wrapper(module, module.exports, (name: string) => {
      throw new Error(`require('${name}'): the bundle must hold everything`);
    });
  }
  runtime.launch({ path: `/${PAGE}?id=42` });
  return runtime;
}

const data = (runtime: AlipayRuntime) => runtime.getCurrentPages()[0]!.data as Record<string, unknown>;

describe('the built Alipay mini program folder', () => {
  it('has what Alipay opens: app.json, mini.project.json, .axml / .acss / .js / .json pages', () => {
    for (const file of ['app.json', 'app.js', 'app.acss', 'mini.project.json', 'images/article-42.png']) {
      expect(() => readFileSync(join(folder, file))).not.toThrow();
    }
    for (const ext of ['js', 'axml', 'acss', 'json']) expect(() => readFileSync(join(folder, `${PAGE}.${ext}`))).not.toThrow();
    expect(readFileSync(join(folder, `${PAGE}.axml`), 'utf8')).toContain('<button open-type="share" a:if="{{canShareButton}}"');
  });
});

describe.each(['1.9.0', '1.17.0', '2.9.0'])('the article page at Alipay %s', (version) => {
  it('shares the article from the menu: path without its leading /, shared on shareResult', async () => {
    const runtime = boot(version);
    expect(data(runtime).title).toBe('The answer, shared once');
    const report = await runtime.user.tapMenuShare({ choose: 'share', channelName: 'ALPContact' });
    expect(report.delivered).toMatchObject({ title: 'The answer, shared once', path: 'pages/article/index?id=42' });
    await new Promise((r) => setTimeout(r, 10));
    expect(data(runtime).outcomeStatus).toBe('shared');
  });

  it("opens Alipay's share panel from the page where my.showSharePanel exists (1.17.0+)", async () => {
    const runtime = boot(version);
    const panel = version !== '1.9.0';
    expect(data(runtime).canSharePanel).toBe(panel);
    if (!panel) return;
    runtime.user.answerPanel({ choose: 'not-shared' });
    (runtime.getCurrentPages()[0] as unknown as { onSharePanel(): void }).onSharePanel();
    await new Promise((r) => setTimeout(r, 20));
    expect(await runtime.user.panels[0]).toMatchObject({ via: 'code', opened: true });
    expect(data(runtime).outcomeStatus).toBe('cancelled');
  });
});
