#!/usr/bin/env node
// Builds what `vite build` does not: the mini program (dist/miniprogram, the folder WeChat
// DevTools opens) and the sample server (dist/server). Both with esbuild.
import { cp, mkdir, rm } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/** The mini program's JS entries: source (src/miniprogram) -> output (dist/miniprogram), no extension. */
const miniProgramEntries = ['app', 'pages/article/index'];

/**
 * Bundles app.js and each page's JS as CommonJS (WeChat's module system), each with
 * @sharekit/core, @sharekit/wx and the shared logic inside, then copies the static files.
 * `apiBase`: where the page reaches the server for the group id (default: the demo server).
 */
export async function buildMiniProgram({ outDir = join(root, 'dist', 'miniprogram'), apiBase } = {}) {
  const base = apiBase ?? process.env.SAMPLE_API_BASE ?? 'http://127.0.0.1:4173';
  await rm(outDir, { recursive: true, force: true });
  await mkdir(outDir, { recursive: true });
  await cp(join(root, 'miniprogram'), outDir, { recursive: true });
  await cp(join(root, 'assets', 'images'), join(outDir, 'images'), { recursive: true });
  await build({
    entryPoints: Object.fromEntries(miniProgramEntries.map((e) => [e, join(root, 'src', 'miniprogram', `${e}.ts`)])),
    outdir: outDir,
    bundle: true,
    format: 'cjs',
    platform: 'neutral',
    mainFields: ['module', 'main'],
    // WeChat DevTools turns ES2017 into what old base libraries run ("es6" in project.config.json).
    target: 'es2017',
    define: { SAMPLE_API_BASE: JSON.stringify(base) },
    banner: { js: '// Built from apps/sample/src/miniprogram by scripts/build.mjs: edit the TypeScript, not this file.' },
    legalComments: 'none',
    logLevel: 'warning',
  });
  return outDir;
}

/**
 * The Alipay mini program (dist/miniprogram-alipay, the folder Alipay's IDE or `minidev` opens):
 * the same article page from the same shared logic, over @sharekit/alipay; static files from
 * miniprogram-alipay/ (`.axml`, `.acss`).
 */
export async function buildAlipayMiniProgram({ outDir = join(root, 'dist', 'miniprogram-alipay') } = {}) {
  await rm(outDir, { recursive: true, force: true });
  await mkdir(outDir, { recursive: true });
  await cp(join(root, 'miniprogram-alipay'), outDir, { recursive: true });
  await cp(join(root, 'assets', 'images'), join(outDir, 'images'), { recursive: true });
  await build({
    entryPoints: Object.fromEntries(miniProgramEntries.map((e) => [e, join(root, 'src', 'alipay', `${e}.ts`)])),
    outdir: outDir,
    bundle: true,
    format: 'cjs',
    platform: 'neutral',
    mainFields: ['module', 'main'],
    // mini.project.json's `transpile` turns this into ES5 for old engines.
    target: 'es2017',
    banner: { js: '// Built from apps/sample/src/alipay by scripts/build.mjs: edit the TypeScript, not this file.' },
    legalComments: 'none',
    logLevel: 'warning',
  });
  return outDir;
}

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
  await Promise.all([buildMiniProgram(), buildAlipayMiniProgram(), buildServer()]);
  console.log('built dist/miniprogram (WeChat DevTools), dist/miniprogram-alipay (Alipay IDE / minidev) and dist/server');
}
