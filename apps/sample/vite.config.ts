import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';
import { createSampleApi } from './src/server/api';
import { DEMO_APP_ID, DEMO_SESSION_KEY } from './src/server/config';

const root = dirname(fileURLToPath(import.meta.url));

/** `vite` (dev) answers /api/* like the demo server does; `vite build` ignores this. */
function sampleApi(): Plugin {
  return {
    name: 'sharekit-sample-api',
    configureServer(server) {
      const api = createSampleApi({
        appId: DEMO_APP_ID,
        sessionKey: DEMO_SESSION_KEY,
        miniprogramDir: join(root, 'dist', 'miniprogram'),
      });
      server.httpServer?.once('close', () => api.close());
      server.middlewares.use((req, res, next) => {
        api.handle(req, res).then((handled) => (handled ? undefined : next()), next);
      });
    },
  };
}

export default defineConfig({
  root,
  // The card images, shared with the mini program: served at /images/*.
  publicDir: 'assets',
  plugins: [sampleApi()],
  build: { outDir: 'dist/web', emptyOutDir: true, target: 'es2020' },
});
