import { mkdir, writeFile } from 'node:fs/promises';
import { defineConfig } from 'tsup';
import { packageBuild } from '../../tooling/build/tsup.mjs';

// Two entries: `@sharekit/core` for apps, `@sharekit/core/adapter` for adapter authors.
// `development`: dist/ has production messages, dist-dev/ readable ones (the `development` condition).
const configs = packageBuild({
  entry: { index: 'src/index.ts', adapter: 'src/adapter/index.ts' },
  development: true,
  // The mini program build is one module with both (no chunks there); `adapter/index.js`, what
  // `require('@sharekit/core/adapter')` finds in miniprogram_npm, re-exports it.
  miniprogramEntry: { index: 'src/miniprogram.ts' },
});
for (const config of configs) {
  if (config.outDir !== 'miniprogram_dist') continue;
  config.onSuccess = async () => {
    await mkdir('miniprogram_dist/adapter', { recursive: true });
    await writeFile('miniprogram_dist/adapter/index.js', "'use strict';\nmodule.exports = require('../index.js');\n");
  };
}

export default defineConfig(configs);
