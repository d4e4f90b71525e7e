#!/usr/bin/env node
// Bundles realistic entry points the way an app would (esbuild, minified, browser platform) and
// prints min / gzip / brotli per entry; then the mini program build (miniprogram_dist) of core + wx
// as WeChat's "Build npm" copies it into miniprogram_npm. Exits 1 when an entry is over its gzip
// budget.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { build } from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = (pkg, file = 'index.js') => join(root, 'packages', pkg, 'dist', file);

const KB = 1024;
/**
 * name, packages it needs built, entry source, gzip budget in bytes.
 * Budgets sit a little above today's size so any growth is a decision. Issue 14's targets: core
 * 4.0 KB and core + web 5.0 KB (both met), core + wx 6.0 KB (not met: 7.45 KB, see that entry).
 */
// Production builds (the default export condition): messages dropped, an error reads as its code
// (plus the platform's own message); the `development` condition keeps every message.
const entries = [
  {
    name: 'core: createShareController + isShareError',
    needs: ['core'],
    source: `import { createShareController, isShareError } from '@sharekit/core'; console.log(createShareController, isShareError);`,
    // Issue 14: 4.0 KB, production build (messages dropped; `development` keeps them).
    // Issue 14 (size cuts): measured 3.77 KB (3.99 before).
    budget: 3.85 * KB,
  },
  {
    name: 'core + mock',
    needs: ['core', 'mock'],
    source: `import { createShareController } from '@sharekit/core'; import { createMockAdapter } from '@sharekit/mock';
      console.log(createShareController({ adapter: createMockAdapter() }));`,
    // Issue 14 (size cuts): measured 5.36 KB.
    budget: 5.45 * KB,
  },
  {
    name: 'core + wx (adapter + page helpers)',
    needs: ['core', 'wx'],
    source: `import { createShareController } from '@sharekit/core'; import { createWxAdapter, shareApp, sharePage } from '@sharekit/wx';
      const adapter = createWxAdapter(); const controller = createShareController({ adapter });
      console.log(shareApp({ adapter }), sharePage({ adapter, controller }));`,
    // 7.25 -> 7.4 (issue 12): dispose ends pending calls and their timers in core and wx.
    // 7.4 -> 7.75 (issue 13): the group APIs read per WeChat's documented versions
    // (getGroupEnterInfo for tools, cards and to-dos, its 40097 / 65206 codes) and Taro's promises.
    // Issue 14 asks for 6.0 KB (production). Issue 14 (size cuts): 7.71 -> 7.45 KB. Of what is left, core is
    // about 3.6 KB, core/adapter's mini program machinery 1.25 KB and wx 2.1 KB (each leaving out
    // saves: share info 0.42, menu calls 0.14, the timeline 0.12, outcome callbacks below 2.3.0
    // 0.12, waiting for async content 0.06): 6.0 KB would mean dropping behaviour users rely on.
    budget: 7.5 * KB,
  },
  {
    name: 'core + baidu (adapter + page helpers)',
    needs: ['core', 'baidu'],
    source: `import { createShareController } from '@sharekit/core'; import { createBaiduAdapter, shareApp, sharePage } from '@sharekit/baidu';
      const adapter = createBaiduAdapter(); const controller = createShareController({ adapter });
      console.log(shareApp({ adapter }), sharePage({ adapter, controller }));`,
    // Measured 6.58 KB (production): core's mini program machinery plus Baidu's small table and
    // openShare; no menu or share-info code. Issue 14 (size cuts): 6.43 KB.
    budget: 6.5 * KB,
  },
  {
    name: 'core + qq (adapter + page helpers)',
    needs: ['core', 'qq'],
    source: `import { createShareController } from '@sharekit/core'; import { createQQAdapter, shareApp, sharePage } from '@sharekit/qq';
      const adapter = createQQAdapter(); const controller = createShareController({ adapter });
      console.log(shareApp({ adapter }), sharePage({ adapter, controller }));`,
    // Issue 17: measured 6.72 KB (production); budget just above it. Smaller than wx: no outcome callbacks,
    // no async wait, one group API. Issue 14 (size cuts): 6.51 KB.
    budget: 6.6 * KB,
  },
  {
    name: 'core + web (sheet and QR load on demand)',
    needs: ['core', 'web'],
    source: `import { createShareController } from '@sharekit/core'; import { createWebAdapter } from '@sharekit/web';
      console.log(createShareController({ adapter: createWebAdapter() }));`,
    // Issue 14 asks for 5.0 KB (production): 5.07 KB before issue 15 added the sheet's idle
    // prefetch and the never-settling navigator.share guard; 5.28 KB with them. Issue 14 (size cuts): 4.99 KB.
    budget: 5.0 * KB,
    // The fallback sheet and the QR code are chunks loaded when needed: measured on their own below.
    splitting: true,
  },
  {
    name: 'core + wechat-h5 (guide loads on demand)',
    needs: ['core', 'wechat-h5'],
    source: `import { createShareController } from '@sharekit/core'; import { createWechatH5Adapter, isWechatBrowser } from '@sharekit/wechat-h5';
      console.log(isWechatBrowser() && createShareController({ adapter: createWechatH5Adapter({ sdk: window.wx, sign: (url) => fetch(url).then((r) => r.json()) }) }));`,
    // Issue 18: measured 5.77 KB (production; core is 3.99 of it): wx.config once per URL with
    // its retry rules, the two cards, detection and the guide's loader. The guide (dialog, style,
    // English and Chinese texts, 1.4 KB) is a chunk loaded at the first share(). Issue 14 (size cuts): 5.54 KB.
    budget: 5.6 * KB,
    splitting: true,
  },
  {
    name: 'core + douyin (adapter + page helpers)',
    needs: ['core', 'douyin'],
    source: `import { createShareController } from '@sharekit/core'; import { createDouyinAdapter, shareApp, sharePage } from '@sharekit/douyin';
      const adapter = createDouyinAdapter(); const controller = createShareController({ adapter });
      console.log(shareApp({ adapter }), sharePage({ adapter, controller }));`,
    // Measured 6.71 KB (production): core/adapter's mini program machinery, Douyin's version
    // table, menus and supports(); lighter than wx (no share info, no async wait, no timeline).
    // Issue 14 (size cuts): 6.54 KB.
    budget: 6.6 * KB,
  },
  {
    name: 'core + alipay (adapter + page helpers)',
    needs: ['core', 'alipay'],
    source: `import { createShareController } from '@sharekit/core'; import { createAlipayAdapter, shareApp, sharePage } from '@sharekit/alipay';
      const adapter = createAlipayAdapter(); const controller = createShareController({ adapter });
      console.log(shareApp({ adapter }), sharePage({ adapter, controller }));`,
    // Issue 16: measured 6.76 KB (production); budget just above. Issue 14 (size cuts): 6.60 KB.
    budget: 6.65 * KB,
  },
];

// Each built package's entries as an app's bundler finds them (`@sharekit/core`, `@sharekit/core/adapter`).
const built = new Set(['core', 'mock', 'wx', 'web', 'wechat-h5', 'baidu', 'qq', 'douyin', 'alipay'].filter((pkg) => existsSync(dist(pkg))));
const alias = Object.fromEntries([...built].map((pkg) => [`@sharekit/${pkg}`, pkg]));
const packagesPlugin = {
  name: 'sharekit-packages',
  setup(b) {
    b.onResolve({ filter: /^@sharekit\/[a-z0-9-]+(\/[a-z0-9-]+)?$/ }, ({ path }) => {
      const [, pkg, sub] = /^@sharekit\/([a-z0-9-]+)(?:\/([a-z0-9-]+))?$/.exec(path);
      return built.has(pkg) ? { path: dist(pkg, `${sub ?? 'index'}.js`) } : undefined;
    });
  },
};

async function measure({ source, splitting }) {
  const result = await build({
    stdin: { contents: source, resolveDir: root, loader: 'js' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2020',
    plugins: [packagesPlugin],
    write: false,
    splitting: Boolean(splitting),
    outdir: splitting ? join(root, '.size-out') : undefined,
    logLevel: 'silent',
    metafile: true,
  });
  const [main, ...chunks] = result.outputFiles;
  // Name each lazy chunk after the source files it holds (e.g. sheet.js, qr.js + lean-qr).
  const label = (path) => {
    const inputs = Object.keys(result.metafile.outputs[relative(root, path)]?.inputs ?? {});
    const own = inputs.filter((i) => !i.includes('node_modules')).map((i) => basename(i));
    const deps = [...new Set(inputs.filter((i) => i.includes('node_modules')).map((i) => i.split('node_modules/').pop().split('/')[0]))];
    return [...own, ...deps].join(', ') || 'chunk';
  };
  return { main: main.contents, chunks: chunks.map((c) => ({ name: label(c.path), contents: c.contents })) };
}

const size = (bytes) => ({ min: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length, brotli: brotliCompressSync(bytes).length });
const fmt = (n) => `${(n / KB).toFixed(2)} KB`.padStart(9);

let over = false;
console.log(`${'entry'.padEnd(44)}${'min'.padStart(9)}${'gzip'.padStart(9)}${'brotli'.padStart(9)}   budget (gzip)`);
for (const entry of entries) {
  const missing = entry.needs.filter((pkg) => !alias[`@sharekit/${pkg}`]);
  if (missing.length) {
    console.log(`${entry.name.padEnd(44)}  skipped: @sharekit/${missing.join(', @sharekit/')} not built or not written yet`);
    continue;
  }
  const { main, chunks } = await measure(entry);
  const s = size(main);
  const ok = s.gzip <= entry.budget;
  over ||= !ok;
  console.log(`${entry.name.padEnd(44)}${fmt(s.min)}${fmt(s.gzip)}${fmt(s.brotli)}   ${fmt(entry.budget)} ${ok ? 'ok' : 'OVER BUDGET'}`);
  for (const chunk of chunks) {
    const c = size(chunk.contents);
    console.log(`${`  + lazy: ${chunk.name}`.slice(0, 43).padEnd(44)}${fmt(c.min)}${fmt(c.gzip)}${fmt(c.brotli)}   loaded on demand`);
  }
}
/**
 * The mini program build, file by file as it lands in miniprogram_npm (one index.js per package,
 * minified (issue 14, size): the copy counts toward the package size limit as it is, and DevTools
 * minifies on upload only when asked). "min" is the raw size here; gzip and brotli are the sums
 * over the files.
 */
// Issue 14: core's mini program build is one module (index.js) with both entries; adapter/index.js
// re-exports it. Production messages. Issue 14 (minified, and the size cuts): wx 13.34 -> 9.54 KB
// (48.1 -> 25.6 KB raw), qq 12.39 -> 8.44, baidu 12.18 -> 8.43, douyin 12.34 -> 8.70, alipay
// 12.43 -> 8.69 KB; budgets just above.
const miniprogramEntries = [
  { name: 'core + wx (mini program build, as shipped)', packages: ['core', 'wx'], budget: 9.65 * KB },
  { name: 'core + qq (mini program build, as shipped)', packages: ['core', 'qq'], budget: 8.55 * KB },
  { name: 'core + baidu (mini program build, as shipped)', packages: ['core', 'baidu'], budget: 8.55 * KB },
  // Douyin's IDE ("构建 NPM", tt-ide-cli build-npm) takes the same miniprogram_dist.
  { name: 'core + douyin (mini program build, as shipped)', packages: ['core', 'douyin'], budget: 8.75 * KB },
  { name: 'core + alipay (mini program build, as shipped)', packages: ['core', 'alipay'], budget: 8.75 * KB },
];
// Every file of the package's mini program folder (core has two entries: index.js and adapter/index.js).
const miniprogramFiles = (pkg) => {
  const manifest = JSON.parse(readFileSync(join(root, 'packages', pkg, 'package.json'), 'utf8'));
  const dir = manifest.miniprogram ? join(root, 'packages', pkg, manifest.miniprogram) : undefined;
  if (!dir || !existsSync(join(dir, 'index.js'))) return undefined;
  return readdirSync(dir, { recursive: true }).filter((f) => String(f).endsWith('.js')).map((f) => join(dir, String(f)));
};
for (const entry of miniprogramEntries) {
  const perPackage = entry.packages.map(miniprogramFiles);
  const files = perPackage.flat();
  const missing = entry.packages.filter((_, i) => !perPackage[i]);
  if (missing.length) {
    console.log(`${entry.name.padEnd(44)}  skipped: @sharekit/${missing.join(', @sharekit/')} has no mini program build yet`);
    continue;
  }
  const total = files.map((f) => size(readFileSync(f))).reduce((a, b) => ({ min: a.min + b.min, gzip: a.gzip + b.gzip, brotli: a.brotli + b.brotli }));
  const ok = total.gzip <= entry.budget;
  over ||= !ok;
  console.log(`${entry.name.slice(0, 43).padEnd(44)}${fmt(total.min)}${fmt(total.gzip)}${fmt(total.brotli)}   ${fmt(entry.budget)} ${ok ? 'ok' : 'OVER BUDGET'}`);
}

if (over) {
  console.error('size: an entry is over its budget');
  process.exit(1);
}
