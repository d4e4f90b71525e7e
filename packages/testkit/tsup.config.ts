import { defineConfig } from 'tsup';
import { packageBuild } from '../../tooling/build/tsup.mjs';

export default defineConfig(packageBuild({ entry: ['src/index.ts'] }));
