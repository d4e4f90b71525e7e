import { defineConfig } from 'tsup';

export default defineConfig({
  // browser: the guard that bundlers resolve through the "browser" / "worker" export conditions.
  entry: { index: 'src/index.ts', browser: 'src/browser.ts' },
  format: ['esm', 'cjs'],
  // Both conditions share one type surface: the guard's types would only hide the real API.
  dts: { entry: { index: 'src/index.ts' } },
  clean: true,
  target: 'es2020',
  platform: 'node',
  external: ['@sharekit/core'],
});
