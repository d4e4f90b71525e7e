import { defineConfig } from 'tsup';

export default defineConfig({
  entry: ['src/index.ts'],
  format: ['esm', 'cjs'],
  dts: true,
  clean: true,
  target: 'es2020',
  // ESM: `import('./qr')` becomes its own chunk, so the QR code and lean-qr load only when shown.
  // CJS has no chunks: the dynamic import turns into a lazy require of lean-qr.
  splitting: true,
  external: ['@sharekit/core', 'lean-qr'],
});
