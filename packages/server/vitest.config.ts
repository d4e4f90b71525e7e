import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // The signing tests run real servers (redis-server, a fake WeChat API over HTTP): on a loaded
    // 2-core CI machine, where every package's tests run at once, 5 s per test is not enough.
    testTimeout: 30_000,
    hookTimeout: 30_000,
  },
});
