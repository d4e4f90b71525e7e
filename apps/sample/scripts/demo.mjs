#!/usr/bin/env node
// `pnpm demo`: builds what the playground needs (turbo: the packages, then this app; cached after
// the first run), saying so as it goes, then serves it (serve.mjs). Ctrl+C stops it quietly.
import { spawn } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
// Ctrl+C reaches the whole process group; during the build, stop it and leave with the usual
// exit code for an interrupt, without a stack or a failure from pnpm's side.
const interrupted = () => {
  console.log('\nsample: stopped');
  process.exit(0);
};
process.on('SIGINT', interrupted);
process.on('SIGTERM', interrupted);

console.log('sample: building the packages and the playground (the first run takes a minute or two; later runs are cached)…');
const started = Date.now();
const code = await new Promise((resolve) => {
  // hash-only: one line per task as it starts (cache hit or miss), errors in full.
  const build = spawn('pnpm', ['exec', 'turbo', 'run', 'build', '--filter=@sharekit/sample', '--output-logs=hash-only'], {
    cwd: root,
    stdio: ['ignore', 'inherit', 'inherit'],
    env: { ...process.env, TURBO_TELEMETRY_DISABLED: '1' },
  });
  build.on('exit', (c, signal) => resolve(signal ? 1 : c));
});
if (code !== 0) {
  console.error(`sample: the build failed (exit ${code}); see above`);
  process.exit(code ?? 1);
}
console.log(`sample: built in ${((Date.now() - started) / 1000).toFixed(0)} s`);
process.off('SIGINT', interrupted);
process.off('SIGTERM', interrupted);
await import('./serve.mjs');
