// The built QQ mini program (dist/miniprogram-qq, what QQ's IDE opens) in the simulated QQ
// runtime: the same shared article logic as the WeChat build, QQ's menu items, tickets, and a
// share that QQ does not report ending unconfirmed.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { compileFunction } from 'node:vm';
import { createQQRuntime, type QQRuntime } from '@sharekit/mock/qq';
import { describe, expect, it } from 'vitest';
import type { ArticlePageData } from '../src/shared';
import { dist } from './paths';

const dir = join(dist, 'miniprogram-qq');
// What QQ gives every app and page file, as parameters of the compiled module function.
const GLOBALS = ['qq', 'App', 'Page', 'getApp', 'getCurrentPages', 'require', 'module', 'exports'];
const turn = () => new Promise<void>((resolve) => setImmediate(resolve));

function boot(SDKVersion = '1.15.0'): QQRuntime {
  const runtime = createQQRuntime({ SDKVersion, appName: 'sharekit sample' });
  const run = (file: string, page: (options: object) => void) => {
    const fn = compileFunction(readFileSync(join(dir, file), 'utf8'), GLOBALS, { filename: join(dir, file) }) as (...g: unknown[]) => void;
    const module = { exports: {} };
    fn(runtime.qq, runtime.App, page, runtime.getApp, runtime.getCurrentPages, () => {
      throw new Error('self-contained bundles: no require()');
    }, module, module.exports);
  };
  run('app.js', () => {
    throw new Error('Page() is for page files');
  });
  run('pages/article/index.js', (options) => runtime.Page('pages/article/index', options as never));
  return runtime;
}

const data = (runtime: QQRuntime) => runtime.getCurrentPages().at(-1)?.data as ArticlePageData | undefined;

describe('the built QQ mini program', () => {
  it("has what QQ's IDE opens: .qml / .qss pages with qq: directives, QQ's project file", () => {
    for (const file of ['project.config.json', 'app.json', 'app.js', 'app.qss', 'pages/article/index.js', 'pages/article/index.qss', 'pages/article/index.json']) {
      expect(() => readFileSync(join(dir, file))).not.toThrow();
    }
    const qml = readFileSync(join(dir, 'pages/article/index.qml'), 'utf8');
    expect(qml).toContain('<button open-type="share" qq:if="{{canShareButton}}"');
    expect(qml).not.toContain('wx:');
    expect(JSON.parse(readFileSync(join(dir, 'project.config.json'), 'utf8'))).toMatchObject({ qqappid: expect.any(String) });
  });

  it("shows QQ's menu with tickets, shares the article card, and ends unconfirmed", async () => {
    const runtime = boot();
    runtime.launch({ path: '/pages/article/index?id=42' });
    await turn();
    await turn();
    expect(runtime.menu).toEqual({ visible: true, items: ['qq', 'qzone', 'wechatFriends', 'wechatMoment'], withShareTicket: true });
    expect(data(runtime)?.canShareButton).toBe(true);
    const report = await runtime.user.tapShareButton({}, { item: 'qzone' });
    expect(report.delivered).toMatchObject({ title: expect.any(String), path: '/pages/article/index?id=42', imageUrl: expect.any(String) });
    await turn();
    expect(data(runtime)?.outcomeStatus).toBe('unconfirmed');
  });

  it('reads the share info of a group card (no server to decrypt it for QQ here)', async () => {
    const runtime = boot();
    runtime.openShareCard({ path: '/pages/article/index?id=42', chat: 'group', withShareTicket: true });
    for (let i = 0; i < 5; i++) await turn();
    expect(data(runtime)?.groupText).toMatch(/share info|ticket/i);
  });
});
