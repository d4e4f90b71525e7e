// A fresh Douyin mini app as a new developer writes it from packages/douyin/README.md (plain
// CommonJS, no bundler), with miniprogram_npm laid out as Douyin's npm build lays it out: each
// package's `miniprogram` folder as miniprogram_npm/<name>/ (seen by hand with tt-ide-cli 0.1.33's
// `tma build-npm`, which cannot run in CI: it reports usage to its vendor on every command). Run
// in a bare context holding only `tt`, App, Page and timers, over the simulated Douyin runtime.
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { ShareController } from '@sharekit/core';
import { createDouyinRuntime } from '@sharekit/mock/douyin';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { isBuilt, miniprogramDir, miniprogramPackages } from '../src/packages.mjs';
import { runMiniProgram } from '../src/sandbox.mjs';

const PAGE = 'pages/index/index';
const FILES: Record<string, string> = {
  'app.json': JSON.stringify({ pages: [PAGE] }),
  'share.js': `var core = require('@sharekit/core');
var douyin = require('@sharekit/douyin');
// No options: the adapter finds the global tt and getCurrentPages itself.
var adapter = douyin.createDouyinAdapter();
var controller = core.createShareController({ adapter: adapter, content: { title: 'Article 42', text: 'Worth a read', path: '/${PAGE}?id=42' } });
module.exports = { adapter: adapter, controller: controller };
`,
  'app.js': `var douyin = require('@sharekit/douyin');
var share = require('./share.js');
App(Object.assign({ share: share }, douyin.shareApp(share)));
`,
  [`${PAGE}.js`]: `var douyin = require('@sharekit/douyin');
var share = require('../../share.js');
Page(douyin.sharePage(share));
`,
};

let app: string;

beforeAll(() => {
  const packages = miniprogramPackages().filter((p) => p.folder === 'core' || p.folder === 'douyin');
  const unbuilt = packages.filter((p) => !isBuilt(p)).map((p) => p.name);
  if (packages.length !== 2 || unbuilt.length) throw new Error(`not built: ${unbuilt.join(', ') || '@sharekit/douyin'}; run pnpm build first`);
  app = mkdtempSync(join(tmpdir(), 'sharekit-douyin-'));
  for (const [file, text] of Object.entries(FILES)) {
    mkdirSync(dirname(join(app, file)), { recursive: true });
    writeFileSync(join(app, file), text);
  }
  for (const pkg of packages) cpSync(miniprogramDir(pkg)!, join(app, 'miniprogram_npm', pkg.name), { recursive: true });
});

afterAll(() => {
  if (app) rmSync(app, { recursive: true, force: true });
});

it('runs in a bare Douyin context: the global tt is found, a quick share ends unconfirmed with its channel', async () => {
  const runtime = createDouyinRuntime({ SDKVersion: '2.47.0' });
  const sandbox = runMiniProgram(app, runtime, { tt: runtime.tt });
  expect(sandbox.evaluate('[typeof globalThis, typeof wx, typeof process]')).toEqual(['undefined', 'undefined', 'undefined']);
  runtime.launch({ path: `/${PAGE}?id=42` });
  const controller = (runtime.getApp() as unknown as { share: { controller: ShareController } }).share.controller;
  expect(controller.supports('menu')).toBe(true);
  const report = await runtime.user.tapQuickShare({ webviewUrl: 'https://example.com/' });
  expect(report.delivered).toEqual({ title: 'Article 42', desc: 'Worth a read', path: `/${PAGE}?id=42` });
  expect(controller.getState().settled?.outcome).toEqual({ status: 'unconfirmed', channel: 'friend_list' });
  expect(runtime.errors).toEqual([]);
});
