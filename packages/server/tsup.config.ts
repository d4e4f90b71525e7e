import { defineConfig } from 'tsup';
import { packageBuild } from '../../tooling/build/tsup.mjs';

export default defineConfig(
  packageBuild({
    // browser: the guard that bundlers resolve through the "browser" / "worker" export conditions.
    entry: { index: 'src/index.ts', browser: 'src/browser.ts' },
    // Both conditions share one type surface: the guard's types would only hide the real API.
    dts: { entry: { index: 'src/index.ts' } },
    platform: 'node',
  }),
);
