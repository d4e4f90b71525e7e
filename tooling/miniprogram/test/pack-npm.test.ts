// What a new mini program developer does, offline: pack the packages (as `changeset publish`
// does), create a fresh native mini program that lists only @sharekit/wx, install the tarballs
// with npm, run WeChat's own npm build (miniprogram-ci `packNpm`, the code behind DevTools' "Build
// npm"), then run the app in a bare mini program context over the simulated WeChat runtime.
import { execFile } from 'node:child_process';
import { generateKeyPairSync } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import type { ShareController, ShareInfo } from '@sharekit/core';
import { createWxRuntime, decryptSimulatedData, type WxRuntime } from '@sharekit/mock/wx';
import { pack } from '@sharekit/release-checks/src/packages.mjs';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { isBuilt, miniprogramPackages } from '../src/packages.mjs';
import { runMiniProgram } from '../src/sandbox.mjs';
import { scanFolder } from '../src/scan.mjs';
import { APP_ID, freshApp, PAGE } from './fresh-app';

const run = promisify(execFile);

interface PackNpmInfo {
  miniprogram_pack_num: number;
  warn_not_found_num: number;
  warn_require_var_num: number;
  warn_require_rename_num: number;
}
interface MiniprogramCi {
  Project: new (options: { appid: string; type: 'miniProgram'; projectPath: string; privateKeyPath: string; ignores?: string[] }) => unknown;
  packNpm(project: unknown, options: { reporter?: (info: PackNpmInfo) => void }): Promise<{ msg: string; code?: string; jsPath?: string }[]>;
}
// CommonJS with heavy types of its own: only the two calls the test makes are typed.
const ci = createRequire(import.meta.url)('miniprogram-ci') as MiniprogramCi;

const GROUP = 'tGfreshAppGroup01';
// The fresh WeChat app installs @sharekit/wx and, through it, core: WeChat builds those two. The
// other mini program packages (alipay, ...) are covered by build.test.ts and their own packages' tests.
const packages = miniprogramPackages().filter((p) => p.folder === 'core' || p.folder === 'wx');

let dir: string;
let app: string;
let warnings: Awaited<ReturnType<MiniprogramCi['packNpm']>>;
let report: PackNpmInfo | undefined;

beforeAll(async () => {
  const unbuilt = packages.filter((p) => !isBuilt(p)).map((p) => p.name);
  if (unbuilt.length) throw new Error(`not built: ${unbuilt.join(', ')}; run pnpm build first`);
  dir = mkdtempSync(join(tmpdir(), 'sharekit-miniprogram-'));
  const tarballs = new Map<string, string>();
  for (const pkg of packages) tarballs.set(pkg.name, await pack(pkg, dir));

  app = join(dir, 'app');
  for (const [file, text] of Object.entries(freshApp('2.2.3', tarballs.get('@sharekit/wx')!))) {
    mkdirSync(dirname(join(app, file)), { recursive: true });
    writeFileSync(join(app, file), text);
  }
  // Offline: the registry would be asked for @sharekit/core (a dependency of wx); point npm at its
  // tarball instead. An override is not a dependency of the app: WeChat's build never reads it.
  const manifest = JSON.parse(readFileSync(join(app, 'package.json'), 'utf8'));
  manifest.overrides = Object.fromEntries([...tarballs].filter(([name]) => name !== '@sharekit/wx').map(([name, file]) => [name, `file:${file}`]));
  writeFileSync(join(app, 'package.json'), JSON.stringify(manifest, null, 2));
  await run('npm', ['install', '--offline', '--no-audit', '--no-fund', '--no-package-lock'], {
    cwd: app,
    env: { ...process.env, npm_config_update_notifier: 'false' },
  });

  // packNpm works offline; it needs a project key, which it never uses for a local build.
  const key = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({ type: 'pkcs1', format: 'pem' });
  writeFileSync(join(dir, 'private.key'), key);
  const project = new ci.Project({ appid: APP_ID, type: 'miniProgram', projectPath: app, privateKeyPath: join(dir, 'private.key'), ignores: ['node_modules/**/*'] });
  warnings = await ci.packNpm(project, { reporter: (info) => (report = info) });
});

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('installing into a fresh native mini program', () => {
  it('lists only @sharekit/wx; npm brings @sharekit/core with it', () => {
    const manifest = JSON.parse(readFileSync(join(app, 'package.json'), 'utf8'));
    expect(Object.keys(manifest.dependencies)).toEqual(['@sharekit/wx']);
    expect(existsSync(join(app, 'node_modules/@sharekit/core/package.json'))).toBe(true);
  });

  it("WeChat's npm build (miniprogram-ci packNpm) builds both packages without a warning", () => {
    expect(warnings).toEqual([]);
    expect(report).toMatchObject({ miniprogram_pack_num: packages.length, warn_not_found_num: 0, warn_require_var_num: 0 });
    for (const pkg of packages) expect(existsSync(join(app, 'miniprogram_npm', pkg.name, 'index.js')), pkg.name).toBe(true);
  });

  it('leaves only ES2015 syntax in miniprogram_npm, with no globalThis, window or process', () => {
    const scanned = scanFolder(join(app, 'miniprogram_npm'));
    expect(scanned.length).toBeGreaterThanOrEqual(packages.length);
    expect(scanned.filter((s) => s.problems.length)).toEqual([]);
  });
});

/** Loads the built app into a bare mini program context over a simulated runtime. */
function start(SDKVersion: string) {
  const runtime = createWxRuntime({ SDKVersion, appId: APP_ID });
  const sandbox = runMiniProgram(app, runtime);
  const controller = () => (runtime.getApp() as unknown as { share: { controller: ShareController } }).share.controller;
  return { runtime, sandbox, controller };
}

/** A cold start from a group card with a ticket; resolves once the page has asked for tickets. */
async function openGroupCard(runtime: WxRuntime, controller: () => ShareController) {
  runtime.openShareCard({ path: `/${PAGE}`, chat: 'group', openGId: GROUP, withShareTicket: true });
  await vi.waitFor(() => expect(controller().getState().menu.tickets).toBe(true));
}
const decrypt = (runtime: WxRuntime, info: ShareInfo) => decryptSimulatedData({ sessionKey: runtime.sessionKey, encryptedData: info.encryptedData, iv: info.iv });

describe('running the app in a bare mini program context', () => {
  it('has no globalThis, window or process to lean on', () => {
    const { sandbox } = start('3.4.0');
    expect(sandbox.evaluate('[typeof globalThis, typeof window, typeof process, typeof require]')).toEqual([
      'undefined',
      'undefined',
      'undefined',
      'undefined',
    ]);
  });

  it('base library 2.2.3: launched from a group card with a ticket, a button share ends `shared` with tickets', async () => {
    const { runtime, controller } = start('2.2.3');
    await openGroupCard(runtime, controller);
    expect(controller().getState().launch).toMatchObject({ scene: 1044, shareTicket: expect.any(String) });
    const info = await controller().getShareInfo();
    expect(info.source).toBe('getShareInfo');
    expect(decrypt(runtime, info)).toMatchObject({ openGId: GROUP });

    const shared = await runtime.user.tapShareButton({ id: 'share' }, { choose: 'group', groups: ['tGgroupA', 'tGgroupB'] });
    expect(shared).toMatchObject({ via: 'button', opened: true, errMsg: 'shareAppMessage:ok' });
    expect(shared.delivered).toMatchObject({ title: 'Join my group', path: `/${PAGE}?from=share` });
    expect(shared.shareTickets).toHaveLength(2);
    expect(controller().getState().settled?.outcome).toEqual({ status: 'shared', channel: 'shareAppMessage', tickets: shared.shareTickets });
    expect(runtime.errors).toEqual([]);
  });

  it('base library 3.x: group info without asking for the ticket, and a button share ends `unconfirmed` once the page shows again', async () => {
    const { runtime, controller } = start('3.4.0');
    await openGroupCard(runtime, controller);
    const info = await controller().getShareInfo();
    expect(info.source).toBe('getGroupEnterInfo');
    expect(decrypt(runtime, info)).toMatchObject({ opengid: GROUP });

    const shared = await runtime.user.tapShareButton({ id: 'share' }, { choose: 'group', groups: ['tGgroupA'] });
    expect(shared).toMatchObject({ via: 'button', opened: true });
    expect(shared.errMsg).toBeUndefined();
    expect(shared.delivered).toMatchObject({ title: 'Join my group' });
    expect(controller().getState().settled?.outcome).toEqual({ status: 'unconfirmed', channel: 'shareAppMessage' });
    expect(runtime.errors).toEqual([]);
  });
});
