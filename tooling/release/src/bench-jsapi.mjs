// JS-SDK signing (issue 18), a section of `pnpm bench`: run by bench.mjs after the core's numbers.
//   - signs per second on one signer with a warm cache (memory store; Redis store when there is a
//     redis-server: warm signs never touch the store, so the two should match);
//   - upstream fetches under 1,000 concurrent cold signs spread over 4 signer instances: must stay
//     one token and one ticket, with one memory store and with 4 Redis connections.
// Against the fake WeChat API of @sharekit/mock/wechat-api on loopback; Redis is a private
// redis-server on a free loopback port, stopped at the end. Exits non-zero when a count is off.
import { spawn, spawnSync } from 'node:child_process';
import { connect, createServer } from 'node:net';
import { createWechatApiServer } from '@sharekit/mock/wechat-api';
import { createJsapiSigner, createMemoryTicketStore } from '@sharekit/server';
import { createRedisTicketStore } from '@sharekit/server/redis';

const APP_ID = 'wxbench0000000000';
const APP_SECRET = 'bench-secret';
const PAGE = 'https://example.com/article/42?from=timeline';
const WARM_MS = Number(process.env.BENCH_SIGN_MS ?? 1000);

async function freePort() {
  const server = createServer();
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  await new Promise((resolve) => server.close(resolve));
  return port;
}

async function startRedis() {
  if (spawnSync('sh', ['-c', 'command -v redis-server']).status !== 0) return undefined;
  const port = await freePort();
  const child = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], {
    stdio: 'ignore',
  });
  for (let i = 0; i < 200; i++) {
    const up = await new Promise((resolve) => {
      const socket = connect(port, '127.0.0.1');
      socket.once('connect', () => {
        socket.destroy();
        resolve(true);
      });
      socket.once('error', () => resolve(false));
    });
    if (up) break;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  return {
    url: `redis://127.0.0.1:${port}`,
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', resolve);
        child.kill('SIGTERM');
      }),
  };
}

/** Signs per second: `concurrency` signs in flight, for WARM_MS. */
async function warmRate(signer, concurrency) {
  await signer.sign(PAGE); // warm: the token and ticket are fetched here
  let count = 0;
  const end = performance.now() + WARM_MS;
  const worker = async () => {
    while (performance.now() < end) {
      await signer.sign(PAGE);
      count += 1;
    }
  };
  const start = performance.now();
  await Promise.all(Array.from({ length: concurrency }, worker));
  return (count * 1000) / (performance.now() - start);
}

/** 1,000 cold signs spread over 4 instances; the upstream fetches they caused, and the time. */
async function burst(wechat, stores) {
  const signers = stores.map((store) => createJsapiSigner({ appId: APP_ID, appSecret: APP_SECRET, store, apiBase: wechat.url }));
  const before = { token: wechat.count('stable_token'), ticket: wechat.count('getticket') };
  const start = performance.now();
  await Promise.all(Array.from({ length: 1000 }, (_, i) => signers[i % 4].sign(`${PAGE}&n=${i}`)));
  const ms = performance.now() - start;
  return { token: wechat.count('stable_token') - before.token, ticket: wechat.count('getticket') - before.ticket, ms };
}

const rate = (value) => `${Math.round(value).toLocaleString('en-US')}/s`;
let failed = false;
const report = (label, result) => {
  const ok = result.token === 1 && result.ticket === 1;
  failed ||= !ok;
  console.log(
    `  ${label.padEnd(40)} token fetches ${result.token}, ticket fetches ${result.ticket} ${ok ? 'ok' : 'EXPECTED 1 AND 1'} (${result.ms.toFixed(0)} ms)`,
  );
};

console.log('\nJS-SDK signing (fake WeChat API on loopback, 20 ms latency per request)');
const wechat = await createWechatApiServer({ appId: APP_ID, appSecret: APP_SECRET, latencyMs: 20 });
const redis = await startRedis();
try {
  const memory = createMemoryTicketStore();
  const one = createJsapiSigner({ appId: APP_ID, appSecret: APP_SECRET, store: memory, apiBase: wechat.url });
  console.log(`  warm signs, one signer, memory store, 1 at a time     ${rate(await warmRate(one, 1))}`);
  console.log(`  warm signs, one signer, memory store, 100 in flight   ${rate(await warmRate(one, 100))}`);
  if (redis !== undefined) {
    const store = createRedisTicketStore({ url: redis.url });
    const signer = createJsapiSigner({ appId: APP_ID, appSecret: APP_SECRET, store, apiBase: wechat.url, keyPrefix: 'bench:warm' });
    console.log(`  warm signs, one signer, Redis store, 100 in flight    ${rate(await warmRate(signer, 100))}`);
    await store.close();
  }

  console.log('1,000 concurrent cold signs over 4 signer instances');
  const shared = createMemoryTicketStore();
  report('one memory store shared by the 4', await burst(wechat, [shared, shared, shared, shared]));
  if (redis !== undefined) {
    const stores = Array.from({ length: 4 }, () => createRedisTicketStore({ url: redis.url }));
    report('Redis, one connection per instance', await burst(wechat, stores));
    await Promise.all(stores.map((store) => store.close()));
  } else {
    console.log('  Redis: not measured (no redis-server; `bash scripts/setup.sh --browser` installs it)');
  }
  const apart = await burst(wechat, Array.from({ length: 4 }, () => createMemoryTicketStore()));
  console.log(`  for contrast, 4 unshared memory stores   token fetches ${apart.token}, ticket fetches ${apart.ticket} (why instances share a store)`);
} finally {
  await wechat.close();
  await redis?.stop();
}
if (failed) {
  console.error('JS-SDK signing: the upstream fetches were not one token and one ticket');
  process.exitCode = 1;
}
