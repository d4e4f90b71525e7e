import { defineConfig } from 'tsup';

export default defineConfig({
  entry: { index: 'src/index.ts', wx: 'src/wx/index.ts' },
  format: ['esm', 'cjs'],
  dts: true,
  clean: true,
  target: 'es2020',
  external: ['@sharekit/core'],
});
