#!/usr/bin/env node
// Builds what `vite build` does not: the mini program (dist/miniprogram, the folder WeChat
// DevTools opens) and the sample server (dist/server). Both with esbuild.
import { cp, mkdir, rm } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/** The mini program's JS entries: source (src/<target>) -> output (dist/<target>), no extension. */
const miniProgramEntries = ['app', 'pages/article/index'];

/** Each mini program target: its TypeScript (src/<src>) and static files (<statics>/: WXML, TTML, ...). */
const TARGETS = {
  wx: { src: 'miniprogram', statics: 'miniprogram', out: 'miniprogram' },
  douyin: { src: 'douyin', statics: 'miniprogram-douyin', out: 'miniprogram-douyin' },
  alipay: { src: 'alipay', statics: 'miniprogram-alipay', out: 'miniprogram-alipay' },
};

/**
 * Bundles app.js and each page's JS as CommonJS (WeChat's module system), each with
 * @sharekit/core, @sharekit/wx and the shared logic inside, then copies the static files.
 * `apiBase`: where the page reaches the server for the group id (default: the demo server).
 */
export async function buildMiniProgram({ target = 'wx', outDir = join(root, 'dist', TARGETS[target].out), apiBase } = {}) {
  const base = apiBase ?? process.env.SAMPLE_API_BASE ?? 'http://127.0.0.1:4173';
  const { src, statics } = TARGETS[target];
  await rm(outDir, { recursive: true, force: true });
  await mkdir(outDir, { recursive: true });
  await cp(join(root, statics), outDir, { recursive: true });
  await cp(join(root, 'assets', 'images'), join(outDir, 'images'), { recursive: true });
  await build({
    entryPoints: Object.fromEntries(miniProgramEntries.map((e) => [e, join(root, 'src', src, `${e}.ts`)])),
    outdir: outDir,
    bundle: true,
    format: 'cjs',
    platform: 'neutral',
    mainFields: ['module', 'main'],
    // WeChat DevTools turns ES2017 into what old base libraries run ("es6" in project.config.json).
    target: 'es2017',
    define: { SAMPLE_API_BASE: JSON.stringify(base) },
    banner: { js: `// Built from apps/sample/src/${src} by scripts/build.mjs: edit the TypeScript, not this file.` },
    legalComments: 'none',
    logLevel: 'warning',
  });
  return outDir;
}

/**
 * The Alipay mini program (dist/miniprogram-alipay, the folder Alipay's IDE or `minidev` opens):
 * the same article page from the same shared logic, over @sharekit/alipay; static files from
 * miniprogram-alipay/ (`.axml`, `.acss`; mini.project.json's `transpile` turns ES2017 into ES5).
 */
export const buildAlipayMiniProgram = (options = {}) => buildMiniProgram({ target: 'alipay', ...options });

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
  await Promise.all([buildMiniProgram(), buildMiniProgram({ target: 'douyin' }), buildAlipayMiniProgram(), buildServer()]);
  console.log("built dist/miniprogram (WeChat DevTools), dist/miniprogram-douyin (Douyin's IDE), dist/miniprogram-alipay (Alipay IDE / minidev) and dist/server");
}
