import { defineConfig } from 'tsup';
import { packageBuild } from '../../tooling/build/tsup.mjs';

// `development`: dist/ has production messages, dist-dev/ readable ones (the `development` condition).
export default defineConfig(packageBuild({ entry: ['src/index.ts'], development: true }));
