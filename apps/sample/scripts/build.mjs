#!/usr/bin/env node
// Builds what `vite build` does not: the mini program (dist/miniprogram, the folder WeChat
// DevTools opens) and the sample server (dist/server). Both with esbuild.
import { cp, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { buildBaiduMiniProgram } from './build-baidu.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/** The mini program's JS entries: source (src/miniprogram) -> output (dist/miniprogram), no extension. */
const miniProgramEntries = ['app', 'pages/article/index'];

/**
 * Bundles app.js and each page's JS as CommonJS (WeChat's module system), each with
 * @sharekit/core, @sharekit/wx and the shared logic inside, then copies the static files.
 * `apiBase`: where the page reaches the server for the group id (default: the demo server).
 * `platform: 'qq'`: the QQ mini program (dist/miniprogram-qq) from the same pages, see toQQ.
 */
export async function buildMiniProgram({ platform = 'wx', outDir = join(root, 'dist', platform === 'qq' ? 'miniprogram-qq' : 'miniprogram'), apiBase } = {}) {
  const base = apiBase ?? process.env.SAMPLE_API_BASE ?? 'http://127.0.0.1:4173';
  await rm(outDir, { recursive: true, force: true });
  await mkdir(outDir, { recursive: true });
  await cp(join(root, 'miniprogram'), outDir, { recursive: true });
  await cp(join(root, 'assets', 'images'), join(outDir, 'images'), { recursive: true });
  if (platform === 'qq') await toQQ(outDir);
  await build({
    entryPoints: Object.fromEntries(miniProgramEntries.map((e) => [e, join(root, 'src', platform === 'qq' ? 'qq' : 'miniprogram', `${e}.ts`)])),
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
  await Promise.all([buildMiniProgram(), buildMiniProgram({ platform: 'qq' }), buildServer(), buildBaiduMiniProgram()]);
  console.log('built dist/miniprogram (open it in WeChat DevTools), dist/miniprogram-qq (QQ\'s IDE), dist/miniprogram-baidu (Baidu\'s developer tools) and dist/server');
}
