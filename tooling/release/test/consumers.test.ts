// Consumers of the published packages, as users get them: every published package is packed by
// pnpm (as `changeset publish` does), installed with npm from the tarballs into a fresh project in
// the system's temporary directory (outside the workspace, so nothing resolves to packages/*),
// then used from Node ESM, Node CJS, TypeScript (node16, bundler, node10) and an esbuild browser
// bundle. One share module drives every adapter: mock and wx (over the simulated WeChat runtime of
// @sharekit/mock/wx) in Node, mock and web in the browser bundle.
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mapLimit, missingBuildOutput, pack, publishedPackages, repoRoot } from '../src/packages.mjs';
import {
  type Available,
  browserRunnerSource,
  browserSource,
  nodeCjsSource,
  nodeEsmSource,
  shareLogicSource,
} from './consumer-sources';

const execFileAsync = promisify(execFile);

interface Ran {
  code: number;
  output: string;
}

/** Runs a command; resolves with its exit code and output instead of throwing. */
async function run(command: string, args: string[], cwd: string): Promise<Ran> {
  try {
    const { stdout, stderr } = await execFileAsync(command, args, {
      cwd,
      maxBuffer: 64 * 1024 * 1024,
      env: { ...process.env, npm_config_update_notifier: 'false', npm_config_fund: 'false', npm_config_audit: 'false', NO_COLOR: '1' },
    });
    return { code: 0, output: `${stdout}${stderr}` };
  } catch (e) {
    const err = e as { code?: number; stdout?: string; stderr?: string; message: string };
    return { code: typeof err.code === 'number' ? err.code : 1, output: `${err.stdout ?? ''}${err.stderr ?? ''}` || err.message };
  }
}

const packageExists = (folder: string) => existsSync(join(repoRoot, 'packages', folder, 'package.json'));

// A scenario is skipped only while the package it needs has not been written yet; everything that
// exists is packed, installed and exercised (a package that exists but is not built fails).
const has: Available = {
  wx: packageExists('wx'),
  web: packageExists('web'),
  server: packageExists('server'),
  mockWx: existsSync(join(repoRoot, 'packages/mock/src/wx/index.ts')),
};
/** A test's name, with the reason it is skipped when it is. */
const scenario = (name: string, reason: string) => (reason ? `${name} (skipped: ${reason})` : name);
const missing = {
  wx: !has.wx ? 'packages/wx does not exist yet' : !has.mockWx ? 'packages/mock/src/wx (the simulated runtime) does not exist yet' : '',
  web: has.web ? '' : 'packages/web does not exist yet',
};

// testkit is not installed here: it runs inside vitest (a peer dependency), so a consumer project
// would need vitest; its packaging and types are checked by check-packages (publint + attw).
const consumerPackages = publishedPackages().filter((p) => p.folder !== 'testkit');

const rootManifest = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8'));
const toolVersion = (name: string) => rootManifest.devDependencies[name] as string;

let dir: string;
let tarballs: Map<string, string>;
let installed: Ran;
const typecheck: Record<'node16' | 'bundler' | 'node10', Ran> = {} as never;
let bundle: Ran;
const node: Partial<Record<'esm' | 'cjs', Promise<Ran>>> = {};
let browser: Promise<Ran> | undefined;

function tsconfig(options: Record<string, unknown>, include: string[]) {
  return JSON.stringify(
    {
      compilerOptions: {
        target: 'ES2022',
        lib: ['ES2022', 'DOM'],
        strict: true,
        // Check the packages' own declaration files too: they are what users compile against.
        skipLibCheck: false,
        types: [],
        ...options,
      },
      include,
    },
    null,
    2,
  );
}

beforeAll(async () => {
  const unbuilt = consumerPackages.filter((p) => missingBuildOutput(p).length);
  if (unbuilt.length) throw new Error(`not built: ${unbuilt.map((p) => p.name).join(', ')}; run "pnpm build" first`);

  dir = mkdtempSync(join(tmpdir(), 'sharekit-consumer-'));
  mkdirSync(join(dir, 'tarballs'));
  mkdirSync(join(dir, 'src'));
  const packed = await mapLimit(consumerPackages, 3, (p) => pack(p, join(dir, 'tarballs')));
  tarballs = new Map(consumerPackages.map((p, i) => [p.name, packed[i]!]));

  // No "type": the package is CommonJS, so share-logic.ts is a CJS module under node16 and the
  // .mts / .cts entries exercise the "import" and "require" conditions of every package.
  writeFileSync(
    join(dir, 'package.json'),
    JSON.stringify(
      {
        name: 'sharekit-consumer',
        private: true,
        dependencies: Object.fromEntries([...tarballs].map(([name, file]) => [name, `file:./tarballs/${basename(file)}`])),
        devDependencies: { esbuild: toolVersion('esbuild'), typescript: toolVersion('typescript') },
      },
      null,
      2,
    ),
  );
  installed = await run('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', '--loglevel=error'], dir);
  if (installed.code !== 0) throw new Error(`npm install of the tarballs failed:\n${installed.output}`);

  writeFileSync(join(dir, 'src/share-logic.ts'), shareLogicSource);
  writeFileSync(join(dir, 'src/node-esm.mts'), nodeEsmSource(has));
  writeFileSync(join(dir, 'src/node-cjs.cts'), nodeCjsSource(has));
  writeFileSync(join(dir, 'src/browser.ts'), browserSource(has));
  writeFileSync(join(dir, 'run-browser.cjs'), browserRunnerSource);
  writeFileSync(
    join(dir, 'tsconfig.node16.json'),
    tsconfig({ module: 'node16', moduleResolution: 'node16', outDir: 'out', rootDir: 'src' }, ['src/share-logic.ts', 'src/node-esm.mts', 'src/node-cjs.cts']),
  );
  writeFileSync(
    join(dir, 'tsconfig.bundler.json'),
    tsconfig({ module: 'esnext', moduleResolution: 'bundler', noEmit: true }, ['src/share-logic.ts', 'src/browser.ts', 'src/node-esm.mts']),
  );
  // node10 ("moduleResolution": "node") ignores "exports": subpaths such as @sharekit/mock/wx
  // resolve through "typesVersions" or not at all.
  writeFileSync(
    join(dir, 'tsconfig.node10.json'),
    tsconfig({ module: 'commonjs', moduleResolution: 'node10', noEmit: true, ignoreDeprecations: '5.0' }, ['src/share-logic.ts', 'src/node-cjs.cts']),
  );

  const tsc = join(dir, 'node_modules/typescript/bin/tsc');
  const esbuild = join(dir, 'node_modules/.bin/esbuild');
  // node16 also emits out/*.mjs, out/*.cjs, out/share-logic.js for the Node runs.
  [typecheck.node16, typecheck.bundler, typecheck.node10, bundle] = await Promise.all([
    run('node', [tsc, '-p', 'tsconfig.node16.json'], dir),
    run('node', [tsc, '-p', 'tsconfig.bundler.json'], dir),
    run('node', [tsc, '-p', 'tsconfig.node10.json'], dir),
    run(esbuild, ['src/browser.ts', '--bundle', '--platform=browser', '--format=iife', '--target=es2020', '--outfile=out/browser.js', '--log-level=warning'], dir),
  ]);
}, 180_000);

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** Runs the browser bundle once (see run-browser.cjs) and parses what it printed. */
async function browserRun() {
  browser ??= run('node', ['run-browser.cjs'], dir);
  const ran = await browser;
  expect(ran.code, ran.output).toBe(0);
  return JSON.parse(ran.output.trim().split('\n').pop()!);
}

/** Runs a compiled Node entry once and parses what it printed. */
async function nodeRun(format: 'esm' | 'cjs') {
  node[format] ??= run('node', [format === 'esm' ? 'out/node-esm.mjs' : 'out/node-cjs.cjs'], dir);
  const ran = await node[format]!;
  expect(ran.code, ran.output).toBe(0);
  return JSON.parse(ran.output.trim().split('\n').pop()!);
}

const article = { title: 'Article 42', path: '/pages/article/index?id=42' };
/** What shareLogic reports where there are a button, menus with tickets and images (the mock, WeChat 2.2.3). */
const everything = { button: true, menu: true, tickets: true, image: true };

describe('installed from packed tarballs', () => {
  it('installs with npm, every peer range satisfied, no workspace: range left', async () => {
    const ls = await run('npm', ['ls', '--all', '--omit=dev'], dir);
    expect(ls.code, ls.output).toBe(0);
    const core = JSON.parse(readFileSync(join(dir, 'node_modules/@sharekit/core/package.json'), 'utf8'));
    for (const name of tarballs.keys()) {
      const manifest = readFileSync(join(dir, 'node_modules', name, 'package.json'), 'utf8');
      expect(manifest, name).not.toContain('workspace:');
      const peer = JSON.parse(manifest).peerDependencies?.['@sharekit/core'];
      if (peer !== undefined) expect(peer, `${name} peerDependencies.@sharekit/core`).toBe(`^${core.version}`);
    }
  });

  it('type-checks with moduleResolution node16 (ESM and CJS entries)', () => {
    expect(typecheck.node16.output.trim()).toBe('');
    expect(typecheck.node16.code).toBe(0);
  });

  it('type-checks with moduleResolution bundler', () => {
    expect(typecheck.bundler.output.trim()).toBe('');
    expect(typecheck.bundler.code).toBe(0);
  });

  it('type-checks with moduleResolution node10, subpaths through typesVersions', () => {
    expect(typecheck.node10.output.trim()).toBe('');
    expect(typecheck.node10.code).toBe(0);
  });
});

describe.each(['esm', 'cjs'] as const)('Node %s', (format) => {
  it(`loads every package through ${format === 'esm' ? 'import' : 'require()'}`, async () => {
    const compiled = readFileSync(join(dir, 'out', format === 'esm' ? 'node-esm.mjs' : 'node-cjs.cjs'), 'utf8');
    expect(compiled).toMatch(format === 'esm' ? /from ['"]@sharekit\/core['"]/ : /require\(["']@sharekit\/core["']\)/);
    const result = await nodeRun(format);
    expect(result.format).toBe(format);
    // ShareError from the same core the adapters use: one copy of core, one brand.
    expect(result.isShareError).toBe(true);
  });

  it('shares through the mock adapter: a menu tap, then a share button', async () => {
    const { mock } = await nodeRun(format);
    expect(mock).toEqual({
      platform: 'mock',
      supports: everything,
      menu: { visible: true, tickets: true },
      produced: [
        { from: 'menu', title: `${article.title} (menu)`, path: article.path, imageUrl: '/images/42.png' },
        { from: 'button', title: `${article.title} (button)`, path: article.path, imageUrl: '/images/42.png' },
      ],
      outcomes: [{ status: 'shared', tickets: 1 }, { status: 'cancelled' }],
    });
  });

  it.skipIf(missing.wx !== '')(scenario('shares through the wx adapter on the simulated WeChat runtime, same share logic', missing.wx), async () => {
    const { wx } = await nodeRun(format);
    expect(wx).toMatchObject({
      platform: 'wx',
      supports: everything,
      menu: { visible: true, tickets: true },
      produced: [{ from: 'menu', title: `${article.title} (menu)`, path: article.path, imageUrl: '/images/42.png' }],
      outcomes: [{ status: 'shared', tickets: 1 }],
    });
    // What WeChat put on the card is what the share logic produced.
    expect(wx.delivered).toMatchObject({ title: `${article.title} (menu)`, imageUrl: '/images/42.png' });
    expect(wx.delivered.path.replace(/^\//, '')).toBe(article.path.replace(/^\//, ''));
    // The ticket of the opened card leads, through @sharekit/server, to the group it was shared to.
    if (has.server) expect(wx.openGId).toBe('tGconsumerGroup');
  });
});

describe('browser bundle (esbuild, platform browser)', () => {
  it('bundles without Node built-ins', () => {
    expect(bundle.output.trim(), 'esbuild output').toBe('');
    expect(bundle.code).toBe(0);
    const code = readFileSync(join(dir, 'out/browser.js'), 'utf8');
    expect(code).not.toMatch(/require\(["'](node:)?(crypto|fs|path|util)["']\)/);
  });

  it('shares through the mock adapter from a click', async () => {
    const { mock } = await browserRun();
    expect(mock).toMatchObject({
      platform: 'mock',
      produced: [{ from: 'button', title: `${article.title} (button)`, path: article.path }],
      outcomes: [{ status: 'shared', tickets: 0 }],
    });
  });

  it.skipIf(missing.web !== '')(scenario('shares through the web adapter (navigator.share), same share logic', missing.web), async () => {
    const { web, nativeShares } = await browserRun();
    expect(web).toMatchObject({
      platform: 'web',
      supports: { button: true, menu: false, tickets: false },
      produced: [{ from: 'button', title: `${article.title} (button)`, path: article.path }],
      outcomes: [{ status: 'shared', tickets: 0 }],
    });
    // The article has no text: navigator.share gets none (not "").
    expect(nativeShares).toEqual([{ title: `${article.title} (button)`, url: `https://example.com${article.path}` }]);
  });
});
