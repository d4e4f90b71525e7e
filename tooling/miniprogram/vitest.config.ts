import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Packs tarballs, installs them with npm and runs WeChat's npm build.
    testTimeout: 120_000,
    hookTimeout: 180_000,
  },
});
