import { defineConfig } from 'tsup';

export default defineConfig({
  // redis: the Redis ticket store, a subpath so that apps that only decrypt never load a Redis client.
  // browser: the guard that bundlers resolve through the "browser" / "worker" export conditions.
  entry: { index: 'src/index.ts', redis: 'src/redis.ts', browser: 'src/browser.ts' },
  format: ['esm', 'cjs'],
  // Both conditions share one type surface: the guard's types would only hide the real API.
  dts: { entry: { index: 'src/index.ts', redis: 'src/redis.ts' } },
  clean: true,
  target: 'es2020',
  platform: 'node',
  // @redis/client: an optional peer, loaded only by the ./redis subpath.
  external: ['@sharekit/core', '@redis/client'],
});
