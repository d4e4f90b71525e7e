#!/usr/bin/env node
// The demo server: the built playground, POST /api/group-id and the simulated WeChat sessions.
// Run `pnpm demo` (builds first) or, after `pnpm build`, `node scripts/serve.mjs`. PORT, HOST.
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'dist');
for (const part of ['web/index.html', 'miniprogram/app.js', 'server/index.js']) {
  if (!existsSync(join(dist, part))) {
    console.error(`sample: dist/${part} is missing; run pnpm build in apps/sample (or pnpm demo) first`);
    process.exit(1);
  }
}

const { startSampleServer } = await import(join(dist, 'server', 'index.js'));
const port = process.env.PORT === undefined || process.env.PORT === '' ? 4173 : Number(process.env.PORT);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`sample: PORT must be a port number (got ${JSON.stringify(process.env.PORT)})`);
  process.exit(1);
}

let server;
try {
  server = await startSampleServer({
    port,
    host: process.env.HOST || '127.0.0.1',
    webRoot: join(dist, 'web'),
    miniprogramDir: join(dist, 'miniprogram'),
  });
} catch (error) {
  console.error(
    error?.code === 'EADDRINUSE' ? `sample: port ${port} is in use; run with PORT=<another port>` : `sample: ${error?.message ?? error}`,
  );
  process.exit(1);
}

console.log(`sharekit playground: ${server.url}`);
console.log(`  decrypt endpoint:  POST ${server.url}api/group-id {encryptedData, iv}`);
console.log(`  mini program:      open ${join(dist, 'miniprogram')} in WeChat DevTools`);
console.log('  stop with Ctrl+C');

let stopping = false;
const stop = () => {
  if (stopping) return;
  stopping = true;
  server.close().then(() => process.exit(0));
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
