// Builds the playground and the mini program once before the tests: they test the build output,
// never a stale one. The workspace packages must be built (turbo's test task depends on build).
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'vite';
// @ts-expect-error: a plain ES module script without types
import { buildMiniProgram, buildServer } from '../scripts/build.mjs';
import { root } from './paths';

export default async function setup(): Promise<void> {
  for (const pkg of ['core', 'wx', 'qq', 'baidu', 'douyin', 'alipay', 'web', 'wechat-h5', 'mock', 'server']) {
    if (!existsSync(join(root, '..', '..', 'packages', pkg, 'dist', 'index.js'))) {
      throw new Error(`@sharekit/${pkg} is not built: run pnpm build at the repository root first`);
    }
  }
  await Promise.all([
    build({ root, configFile: join(root, 'vite.config.ts'), logLevel: 'warn' }),
    ...['wx', 'qq', 'baidu', 'douyin', 'alipay'].map((target) => buildMiniProgram({ target })),
    buildServer(),
  ]);
}
