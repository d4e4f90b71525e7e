// Builds the Baidu smart program (dist/miniprogram-baidu, the folder Baidu's developer tools
// open) from src/baidu and the same shared logic as the WeChat target. Called by build.mjs.
import { cp, mkdir, rm } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/** The smart program's JS entries: source (src/baidu) -> output, no extension. */
const entries = ['app', 'pages/article/index'];

/** Bundles app.js and each page's JS as CommonJS with @sharekit/core, @sharekit/baidu and the shared logic inside. */
export async function buildBaiduMiniProgram({ outDir = join(root, 'dist', 'miniprogram-baidu') } = {}) {
  await rm(outDir, { recursive: true, force: true });
  await mkdir(outDir, { recursive: true });
  await cp(join(root, 'miniprogram-baidu'), outDir, { recursive: true });
  await cp(join(root, 'assets', 'images'), join(outDir, 'images'), { recursive: true });
  await build({
    entryPoints: Object.fromEntries(entries.map((e) => [e, join(root, 'src', 'baidu', `${e}.ts`)])),
    outdir: outDir,
    bundle: true,
    format: 'cjs',
    platform: 'neutral',
    mainFields: ['module', 'main'],
    // ES2015: Baidu documents no transpiling of newer syntax by its tools.
    target: 'es2015',
    banner: { js: '// Built from apps/sample/src/baidu by scripts/build-baidu.mjs: edit the TypeScript, not this file.' },
    legalComments: 'none',
    logLevel: 'warning',
  });
  return outDir;
}
