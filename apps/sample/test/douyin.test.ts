// The built Douyin mini app (dist/miniprogram-douyin, what Douyin's IDE opens) in the simulated
// Douyin runtime: the same article page and shared logic as WeChat's, driven like a user.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { compileFunction } from 'node:vm';
import { createDouyinRuntime, type DouyinRuntime } from '@sharekit/mock/douyin';
import { describe, expect, it } from 'vitest';
import type { ArticlePageData } from '../src/shared';
import { dist } from './paths';

const DIR = join(dist, 'miniprogram-douyin');
// What Douyin gives every app and page file, as parameters of the compiled module function.
const GLOBALS = ['tt', 'App', 'Page', 'getApp', 'getCurrentPages', 'require', 'module', 'exports'];

function boot(SDKVersion: string) {
  const runtime: DouyinRuntime = createDouyinRuntime({ SDKVersion, appName: 'Demo' });
  const run = (file: string, page: (options: object) => void) => {
    const fn = compileFunction(readFileSync(join(DIR, file), 'utf8'), GLOBALS, { filename: file });
    const module = { exports: {} };
    fn(runtime.tt, runtime.App, page, runtime.getApp, runtime.getCurrentPages, () => {
      throw new Error('the built files are self-contained');
    }, module, module.exports);
  };
  run('app.js', () => {
    throw new Error('Page() is for page files');
  });
  run('pages/article/index.js', (options) => runtime.Page('pages/article/index', options as never));
  runtime.launch({ path: '/pages/article/index?id=42' });
  const data = () => runtime.getCurrentPages().at(-1)?.data as unknown as ArticlePageData;
  return { runtime, data };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('the built Douyin mini app folder', () => {
  it("has what Douyin's IDE opens: TTML and TTSS, no WeChat directive", () => {
    for (const file of ['project.config.json', 'app.json', 'app.js', 'app.ttss', 'images/article-42.png']) {
      expect(() => readFileSync(join(DIR, file))).not.toThrow();
    }
    const ttml = readFileSync(join(DIR, 'pages/article/index.ttml'), 'utf8');
    expect(ttml).toContain('<button open-type="share" tt:if="{{canShareButton}}"');
    expect(ttml).not.toMatch(/wx:/);
    expect(readFileSync(join(DIR, 'app.js'), 'utf8')).not.toMatch(/require\(["']@sharekit/);
  });
});

describe.each(['1.0.0', '2.28.0', '3.50.0'])('in simulated Douyin %s', (version) => {
  it('launch, the page decides from supports(), a menu share and a button share end unconfirmed', async () => {
    const { runtime, data } = boot(version);
    await settle();
    expect(data().title).toBe('The answer, shared once');
    expect(data().canShareButton).toBe(true);
    const rows = Object.fromEntries(data().matrix.map((r) => [r.capability, r.available]));
    expect(rows).toEqual({ button: true, menu: version !== '1.0.0', tickets: false, image: true, async: false, result: false });
    const menu = await runtime.user.tapMenuShare();
    expect(menu.delivered).toMatchObject({ title: 'The answer, shared once', path: '/pages/article/index?id=42' });
    await settle();
    expect(data().outcomeStatus).toBe('unconfirmed');
    const button = await runtime.user.tapShareButton({ dataset: { channel: 'video' } }, { choose: 'fail' });
    expect(button.option).toMatchObject({ from: 'button', channel: 'video' });
    await settle();
    expect(data().outcomeStatus).toBe('failed');
  });
});
