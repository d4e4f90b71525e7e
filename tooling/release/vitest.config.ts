import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Each file copies the repository or installs packed tarballs into a temporary project.
    testTimeout: 120_000,
    hookTimeout: 180_000,
    // Files run in parallel; each cleans up its own temporary directory.
    fileParallelism: true,
  },
});
