// The built Baidu smart program (dist/miniprogram-baidu: .swan, .css, app.js and page files) in
// the simulated Baidu runtime, driven like a user: the same article logic as the WeChat target.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { compileFunction } from 'node:vm';
import { type BaiduRuntime, type BaiduRuntimeOptions, createBaiduRuntime } from '@sharekit/mock/baidu';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// @ts-expect-error: a plain ES module script without types
import { buildBaiduMiniProgram } from '../scripts/build.mjs';
import type { ArticlePageData } from '../src/shared';

const GLOBALS = ['swan', 'App', 'Page', 'getApp', 'getCurrentPages', 'require', 'module', 'exports'];
const PAGE = 'pages/article/index';
let dir: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'sharekit-baidu-'));
  await buildBaiduMiniProgram({ outDir: dir });
});

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** Runs the built app.js and page files in a runtime, the way Baidu does (its globals as parameters). */
function boot(options: BaiduRuntimeOptions = {}): { runtime: BaiduRuntime; data: () => ArticlePageData & { canOpenShare: boolean }; page: () => Record<string, unknown> } {
  const runtime = createBaiduRuntime({ appName: 'sharekit sample', ...options });
  const run = (file: string, page: (o: Record<string, unknown>) => void) => {
    const fn = compileFunction(readFileSync(join(dir, file), 'utf8'), GLOBALS, { filename: file });
    const module = { exports: {} };
    const require = (name: string) => {
      throw new Error(`the bundle requires ${name}: everything must be inside`);
    };
    fn(runtime.swan, runtime.App, page, runtime.getApp, runtime.getCurrentPages, require, module, module.exports);
  };
  run('app.js', () => {
    throw new Error('Page() in app.js');
  });
  run(`${PAGE}.js`, (o) => runtime.Page(`/${PAGE}`, o));
  runtime.launch({ path: `/${PAGE}?id=42` });
  const page = () => runtime.getCurrentPages().at(-1) as unknown as Record<string, unknown>;
  return { runtime, page, data: () => (page().data as ArticlePageData & { canOpenShare: boolean }) };
}

const settle = () => new Promise((r) => setTimeout(r, 20));

describe('the built Baidu smart program', () => {
  it("has what Baidu's developer tools open: .swan and .css pages, app.json, project.swan.json", () => {
    for (const file of ['app.json', 'app.js', 'app.css', 'project.swan.json', 'images/article-42.png']) expect(() => readFileSync(join(dir, file))).not.toThrow();
    for (const ext of ['js', 'swan', 'css', 'json']) expect(() => readFileSync(join(dir, `${PAGE}.${ext}`))).not.toThrow();
    const swan = readFileSync(join(dir, `${PAGE}.swan`), 'utf8');
    expect(swan).toMatch(/<button open-type="share" s-if="canShareButton"/);
    expect(swan).not.toMatch(/wx:/);
  });

  it('asks supports(): a share button and openShare, no menu, no tickets', async () => {
    const { data } = boot();
    await settle();
    const d = data();
    expect([d.canShareButton, d.canOpenShare]).toEqual([true, true]);
    const answer = Object.fromEntries(d.matrix.map((row) => [row.capability, row.available]));
    expect(answer).toMatchObject({ button: true, menu: false, tickets: false, image: true, async: false, result: true });
  });

  it('a menu tap shares the article card and the page shows the outcome', async () => {
    const { runtime, data } = boot();
    await settle();
    const report = await runtime.user.tapMenuShare({ choose: 'share' });
    expect(report.card).toMatchObject({ via: 'menu', title: data().title, path: `/${PAGE}?id=42`, imageUrl: '/images/article-42.png' });
    await settle();
    expect(data().outcomeStatus).toBe('shared');
  });

  it("the page's openShare button goes through swan.openShare; a cancel is cancelled", async () => {
    const { runtime, page, data } = boot();
    await settle();
    runtime.user.answerNextOpenShare({ choose: 'cancel' });
    (page().openShare as () => void).call(page());
    await settle();
    expect(runtime.cards.at(-1)).toMatchObject({ via: 'openShare', path: `/${PAGE}?id=42` });
    expect(data().outcomeStatus).toBe('cancelled');
  });

  it('Android 1.13.43: a cancel Baidu never reports ends unconfirmed when the page shows again', async () => {
    const { runtime, page, data } = boot({ SDKVersion: '1.13.43', platform: 'android' });
    await settle();
    runtime.user.answerNextOpenShare({ choose: 'cancel' });
    (page().openShare as () => void).call(page());
    await settle();
    expect(data().outcomeStatus).toBe('unconfirmed');
  });
});
