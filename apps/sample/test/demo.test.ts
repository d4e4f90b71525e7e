// The demo command itself (`pnpm run demo`: build, then serve) says what it does at once, answers
// HTTP on PORT, serves the decrypt endpoint, and stops cleanly on Ctrl+C (with all it started).
import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { createServer } from 'node:net';
import { createWxRuntime } from '@sharekit/mock/wx';
import { afterAll, expect, it } from 'vitest';
import { DEMO_APP_ID, DEMO_SESSION_KEY } from '../src/server';
import { root } from './paths';

let child: ChildProcess | undefined;
let output = '';

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

/** Collects everything the child prints into `output`. */
function record(proc: ChildProcess): void {
  const read = (chunk: Buffer) => {
    output += chunk.toString();
  };
  proc.stdout?.on('data', read);
  proc.stderr?.on('data', read);
}

/** Resolves with the first match of `pattern` in the output so far or to come; rejects if the child exits first. */
function waitFor(proc: ChildProcess, pattern: RegExp, ms: number): Promise<RegExpMatchArray> {
  return new Promise((resolve, reject) => {
    const done = () => {
      clearTimeout(timer);
      proc.stdout?.off('data', check);
      proc.stderr?.off('data', check);
      proc.off('exit', exited);
    };
    const check = () => {
      const match = pattern.exec(output);
      if (match) {
        done();
        resolve(match);
      }
    };
    const exited = (code: number | null) => {
      done();
      reject(new Error(`the demo exited (${code}) before ${pattern}; output:\n${output}`));
    };
    const timer = setTimeout(() => {
      done();
      reject(new Error(`no ${pattern} within ${ms} ms; output:\n${output}`));
    }, ms);
    proc.stdout?.on('data', check);
    proc.stderr?.on('data', check);
    proc.once('exit', exited);
    check();
  });
}

/** Stops the demo's whole process group (pnpm, node), by the group's id: Ctrl+C by default. */
async function stop(proc: ChildProcess, signal: NodeJS.Signals = 'SIGINT'): Promise<void> {
  if (proc.exitCode !== null || proc.signalCode !== null || proc.pid === undefined) return;
  const exited = once(proc, 'exit');
  process.kill(-proc.pid, signal);
  const timeout = new Promise((resolve) => setTimeout(resolve, 10_000, 'timeout'));
  if ((await Promise.race([exited, timeout])) === 'timeout') {
    process.kill(-proc.pid, 'SIGKILL');
    await exited;
  }
}

afterAll(async () => {
  if (child) await stop(child);
});

async function encryptedShareInfo(openGId: string): Promise<{ encryptedData: string; iv: string }> {
  // The simulated runtime encrypts with the same demo session key the server holds.
  const runtime = createWxRuntime({ SDKVersion: '2.2.3', appId: DEMO_APP_ID, sessionKey: DEMO_SESSION_KEY });
  runtime.App({});
  runtime.Page('pages/article/index', {});
  runtime.launch();
  const shareTicket = runtime.issueTicket({ openGId });
  const info = await new Promise<{ encryptedData: string; iv: string }>((resolve, reject) =>
    runtime.wx.getShareInfo!({ shareTicket, success: resolve, fail: reject }),
  );
  runtime.destroy();
  return info;
}

it('pnpm run demo builds, then serves the playground and POST /api/group-id on PORT', async () => {
  const port = await freePort();
  child = spawn('pnpm', ['run', 'demo'], {
    cwd: root,
    env: { ...process.env, PORT: String(port), TURBO_TELEMETRY_DISABLED: '1' },
    // Its own process group, so that stop() ends pnpm and everything under it, and nothing else.
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  record(child);
  // It says what it is doing at once, not after a silent (cold) build.
  await waitFor(child, /sample: building the packages/, 15_000);
  const [, url] = await waitFor(child, /sharekit playground: (http:\/\/\S+)/, 240_000);
  expect(url).toBe(`http://127.0.0.1:${port}/`);

  const page = await fetch(url!);
  expect(page.status).toBe(200);
  const html = await page.text();
  expect(html).toContain('<title>sharekit playground</title>');
  const script = /src="(\/assets\/[^"]+\.js)"/.exec(html)?.[1];
  expect((await fetch(new URL(script!, url))).headers.get('content-type')).toMatch(/^text\/javascript/);
  expect((await fetch(new URL('/images/article-42.png', url))).headers.get('content-type')).toBe('image/png');

  const groupId = await fetch(new URL('/api/group-id', url), {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(await encryptedShareInfo('tGdemoGroup42')),
  });
  expect(groupId.status).toBe(200);
  expect(await groupId.json()).toEqual({ openGId: 'tGdemoGroup42' });

  const bad = await fetch(new URL('/api/group-id', url), { method: 'POST', body: '{"encryptedData":"AAAA","iv":"AAAA"}' });
  expect(bad.status).toBe(400);
  expect(((await bad.json()) as { error: { code: string } }).error.code).toBe('invalid-input');

  // Ctrl+C (SIGINT to the whole group, as a terminal sends it): a clean exit, no failure from pnpm.
  await stop(child);
  expect(child.exitCode).toBe(0);
  expect(output).not.toMatch(/ELIFECYCLE|ERR_PNPM|Command failed/);
  // Nothing answers on the port any more.
  await expect(fetch(url!)).rejects.toThrow();
}, 300_000);
