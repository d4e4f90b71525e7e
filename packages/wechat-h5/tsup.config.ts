import { defineConfig } from 'tsup';
import { packageBuild } from '../../tooling/build/tsup.mjs';

export default defineConfig(
  packageBuild({
    development: true,
    entry: ['src/index.ts'],
    // ESM: `import('./guide')` becomes its own chunk, loaded at the first share() only.
    splitting: true,
  }),
);
