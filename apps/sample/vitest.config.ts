import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    environment: 'node',
    // Builds the playground, the mini program and the server once: tests run against the output.
    globalSetup: ['test/global-setup.ts'],
    // One file at a time: the browser test and the demo command each want the two cores, and the
    // demo's build rewrites dist/ that the other files read.
    fileParallelism: false,
    testTimeout: 90_000,
    hookTimeout: 120_000,
  },
});
