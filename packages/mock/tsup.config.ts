import { defineConfig } from 'tsup';
import { packageBuild } from '../../tooling/build/tsup.mjs';

export default defineConfig(packageBuild({ entry: { index: 'src/index.ts', wx: 'src/wx/index.ts' } }));
