import { defineConfig } from 'tsup';
import { packageBuild } from '../../tooling/build/tsup.mjs';

export default defineConfig(
  packageBuild({
    development: true,
    entry: ['src/index.ts'],
    // ESM: `import('./qr')` becomes its own chunk, so the QR code and lean-qr load only when shown.
    // CJS has no chunks: the dynamic import turns into a lazy require of lean-qr.
    splitting: true,
  }),
);
