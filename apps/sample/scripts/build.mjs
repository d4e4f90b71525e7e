#!/usr/bin/env node
// Builds what `vite build` does not: the mini programs (dist/miniprogram for WeChat DevTools, and
// one folder per other platform, see TARGETS) and the sample server (dist/server). Both with esbuild.
import { cp, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/** The mini program's JS entries: source (src/<target>) -> output (dist/<target>), no extension. */
const miniProgramEntries = ['app', 'pages/article/index'];

/**
 * Each mini program target: its TypeScript (src/<src>) and static files (<statics>/: WXML, TTML, ...);
 * `adapt` turns the copied static files into the platform's own (QQ renames WeChat's); `es` is the
 * newest syntax its tools take (default ES2017).
 */
const TARGETS = {
  wx: { src: 'miniprogram', statics: 'miniprogram', out: 'miniprogram' },
  qq: { src: 'qq', statics: 'miniprogram', out: 'miniprogram-qq', adapt: (dir) => toQQ(dir) },
  // ES2015: Baidu documents no transpiling of newer syntax by its tools.
  baidu: { src: 'baidu', statics: 'miniprogram-baidu', out: 'miniprogram-baidu', es: 'es2015' },
  douyin: { src: 'douyin', statics: 'miniprogram-douyin', out: 'miniprogram-douyin' },
  alipay: { src: 'alipay', statics: 'miniprogram-alipay', out: 'miniprogram-alipay' },
};

/**
 * Bundles app.js and each page's JS as CommonJS (WeChat's module system), each with
 * @sharekit/core, @sharekit/wx and the shared logic inside, then copies the static files.
 * `apiBase`: where the page reaches the server for the group id (default: the demo server).
 * `target`: a key of TARGETS (wx, qq, baidu, douyin, alipay); each writes dist/<its out>.
 */
export async function buildMiniProgram({ target = 'wx', outDir = join(root, 'dist', TARGETS[target].out), apiBase } = {}) {
  const base = apiBase ?? process.env.SAMPLE_API_BASE ?? 'http://127.0.0.1:4173';
  const { src, statics, es = 'es2017' } = TARGETS[target];
  await rm(outDir, { recursive: true, force: true });
  await mkdir(outDir, { recursive: true });
  await cp(join(root, statics), outDir, { recursive: true });
  await cp(join(root, 'assets', 'images'), join(outDir, 'images'), { recursive: true });
  await TARGETS[target].adapt?.(outDir);
  await build({
    entryPoints: Object.fromEntries(miniProgramEntries.map((e) => [e, join(root, 'src', src, `${e}.ts`)])),
    outdir: outDir,
    bundle: true,
    format: 'cjs',
    platform: 'neutral',
    mainFields: ['module', 'main'],
    // WeChat DevTools turns ES2017 into what old base libraries run ("es6" in project.config.json).
    target: es,
    define: { SAMPLE_API_BASE: JSON.stringify(base) },
    banner: { js: `// Built from apps/sample/src/${src} by scripts/build.mjs: edit the TypeScript, not this file.` },
    legalComments: 'none',
    logLevel: 'warning',
  });
  return outDir;
}

/**
 * QQ reads WeChat's pages with its own names (QQ mini programs are WeChat-compatible): `.wxml`
 * becomes `.qml` with `qq:` directives, `.wxss` becomes `.qss`; QQ's IDE gets its own project file.
 */
async function toQQ(dir) {
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    const file = join(entry.parentPath, entry.name);
    if (entry.name.endsWith('.wxml')) await writeFile(file.replace(/\.wxml$/, '.qml'), (await readFile(file, 'utf8')).replaceAll('wx:', 'qq:'));
    else if (entry.name.endsWith('.wxss')) await writeFile(file.replace(/\.wxss$/, '.qss'), await readFile(file));
    else continue;
    await rm(file);
  }
  await cp(join(root, 'miniprogram-qq'), dir, { recursive: true });
}

/**
 * The Alipay mini program (dist/miniprogram-alipay, the folder Alipay's IDE or `minidev` opens):
 * the same article page from the same shared logic, over @sharekit/alipay; static files from
 * miniprogram-alipay/ (`.axml`, `.acss`; mini.project.json's `transpile` turns ES2017 into ES5).
 */
export const buildAlipayMiniProgram = (options = {}) => buildMiniProgram({ target: 'alipay', ...options });

/** The Baidu smart program (dist/miniprogram-baidu, the folder Baidu's developer tools open), over @sharekit/baidu. */
export const buildBaiduMiniProgram = (options = {}) => buildMiniProgram({ target: 'baidu', ...options });

/** Bundles the sample server (src/server) for `node`; packages stay external (node_modules). */
export async function buildServer({ outDir = join(root, 'dist', 'server') } = {}) {
  await rm(outDir, { recursive: true, force: true });
  await build({
    entryPoints: { index: join(root, 'src', 'server', 'index.ts') },
    outdir: outDir,
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    packages: 'external',
    logLevel: 'warning',
  });
  return outDir;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  await Promise.all([...Object.keys(TARGETS).map((target) => buildMiniProgram({ target })), buildServer()]);
  console.log(`built ${Object.values(TARGETS).map((t) => `dist/${t.out}`).join(', ')} (each opens in its platform's IDE) and dist/server`);
}
