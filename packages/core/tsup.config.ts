import { defineConfig } from 'tsup';
import { packageBuild } from '../../tooling/build/tsup.mjs';

// Two entries: `@sharekit/core` for apps, `@sharekit/core/adapter` for adapter authors. The mini
// program build has both (`adapter/index.js` is what `require('@sharekit/core/adapter')` finds).
export default defineConfig(
  packageBuild({
    development: true,
    entry: { index: 'src/index.ts', adapter: 'src/adapter/index.ts' },
    miniprogramEntry: { index: 'src/index.ts', 'adapter/index': 'src/adapter/index.ts' },
  }),
);
