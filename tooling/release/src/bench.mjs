#!/usr/bin/env node
// Speed of the core, in one run (tinybench), printed as ratios as well as absolute times:
//   - a full share session through the controller (request, content provider, validation, state
//     machine, adapter call, settlement, listeners) against the bare adapter call it wraps, on the
//     mock adapter;
//   - canIUse: the static table lookup (`@sharekit/wx`) against the controller's (which asks its adapter);
//   - transition: the pure state machine's throughput.
// Informational: not part of the tests (timings vary by machine). Needs built core and mock
// (`pnpm build`, or the root `bench` script).
// Then the web adapter's first click (first-click.mjs): the time from the click to the fallback
// sheet on screen, in Chromium on emulated slow 3G once the page is idle. That one has a budget
// (100 ms): the bench exits 1 over it.
import { cpus } from 'node:os';
import { createShareController } from '@sharekit/core';
import { initialState, transition } from '@sharekit/core/adapter';
import { canIUse } from '@sharekit/wx';
import { createMockAdapter } from '@sharekit/mock';
import { Bench } from 'tinybench';
import { BUDGET_MS, benchFirstClick } from './first-click.mjs';

const BATCH = 1000; // fast operations run in batches so the timer's own cost does not dominate
const VERSION = '2.2.3';
const content = { title: 'Article 42', path: '/pages/article/index?id=42' };
const trigger = { from: 'api' };
// Known schemas of several depths, one removed from WeChat at some version, one unknown.
const schemas = [
  'button.open-type.share',
  'showShareMenu.object.withShareTicket',
  'onShareAppMessage.return.promise',
  'getShareInfo.object.timeout',
  'shareAppMessage.success.shareTickets',
  'not.a.schema',
];

// The mock records every call; a long benchmark would fill memory with records, so each task
// empties them between iterations (the array is the adapter's own, mutable in JS).
const clearCalls = (adapter) => () => {
  adapter.calls.length = 0;
};

const bareAdapter = createMockAdapter();
const sessionAdapter = createMockAdapter();
const controller = createShareController({ adapter: sessionAdapter, content: () => content });
controller.subscribe(() => {}); // an app has at least one listener

// For canIUse the adapter is a thin one over WeChat's table, as the wx adapter is for table schemas:
// the ratio then shows what the controller itself adds.
const thinAdapter = { ...createMockAdapter(), canIUse: (schema) => canIUse(schema, { version: VERSION }) };
const canIUseController = createShareController({ adapter: thinAdapter });

let sink = 0; // keeps results alive so nothing is optimised away

const tasks = {
  bare: ['share session: bare mock adapter.share()', async () => {
    const outcome = await bareAdapter.share(content, trigger);
    sink += outcome.status.length;
  }, { afterEach: clearCalls(bareAdapter) }],
  session: ['share session: controller.share() on mock', async () => {
    const outcome = await controller.share();
    sink += outcome.status.length;
  }, { afterEach: clearCalls(sessionAdapter) }],
  coreCanIUse: [`canIUse: wx canIUse() x${BATCH}`, () => {
    for (let i = 0; i < BATCH; i++) sink += canIUse(schemas[i % schemas.length], { version: VERSION }) ? 1 : 0;
  }],
  controllerCanIUse: [`canIUse: controller.canIUse() x${BATCH}`, () => {
    for (let i = 0; i < BATCH; i++) sink += canIUseController.canIUse(schemas[i % schemas.length]) ? 1 : 0;
  }],
  transition: [`transition: ${BATCH} sessions (request, composed, settle)`, () => {
    let state = initialState();
    for (let i = 0; i < BATCH; i++) {
      state = transition(state, { type: 'request', trigger, initiator: 'app' });
      const id = state.nextId - 1;
      state = transition(state, { type: 'composed', id, content });
      state = transition(state, { type: 'settle', id, outcome: { status: 'shared' } });
    }
    sink += state.nextId;
  }],
};

// Several short rounds, each running every task: a ratio is computed within a round (both sides
// measured under the same machine load) and the median round is reported.
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);
const rounds = [];
for (let round = 0; round < ROUNDS; round++) {
  const bench = new Bench({ name: `sharekit round ${round + 1}`, time: 250, warmupTime: 50 });
  for (const [name, fn, options] of Object.values(tasks)) bench.add(name, fn, options);
  await bench.run();
  const means = {};
  for (const [key, [name]] of Object.entries(tasks)) {
    const task = bench.getTask(name);
    if (task?.result.state !== 'completed') throw new Error(`benchmark "${name}" did not complete: ${task?.result.error ?? task?.result.state}`);
    means[key] = { ms: task.result.latency.mean, rme: task.result.latency.rme, samples: task.result.latency.samplesCount };
  }
  rounds.push(means);
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
const spread = (values) => `${Math.min(...values).toFixed(2)}..${Math.max(...values).toFixed(2)}`;
const per = (key, divisor = 1) => rounds.map((r) => r[key].ms / divisor); // ms per operation, by round
const fmt = (ms) => (ms >= 1 ? `${ms.toFixed(2)} ms` : ms >= 1e-3 ? `${(ms * 1e3).toFixed(2)} µs` : `${(ms * 1e6).toFixed(1)} ns`);
const perSecond = (ms) => `${Math.round(1000 / ms).toLocaleString('en-US')}/s`;

console.log(`sharekit bench: Node ${process.version}, ${cpus().length} x ${cpus()[0]?.model ?? 'unknown CPU'}, base library ${VERSION}, ${ROUNDS} rounds\n`);
console.log(`${'task (median of rounds)'.padEnd(52)}${'mean'.padStart(12)}${'±rme'.padStart(9)}${'samples'.padStart(10)}`);
for (const [key, [name]] of Object.entries(tasks)) {
  const ms = median(per(key));
  const rme = median(rounds.map((r) => r[key].rme));
  const samples = rounds.reduce((n, r) => n + r[key].samples, 0);
  console.log(`${name.padEnd(52)}${fmt(ms).padStart(12)}${`${rme.toFixed(1)}%`.padStart(9)}${String(samples).padStart(10)}`);
}

const ratio = (a, b) => rounds.map((_, i) => a[i] / b[i]);
const bare = per('bare');
const session = per('session');
const coreLookup = per('coreCanIUse', BATCH);
const controllerLookup = per('controllerCanIUse', BATCH);
const oneTransition = per('transition', BATCH * 3);
const sessionOverBare = ratio(session, bare);
const machineShare = ratio(oneTransition.map((t) => 3 * t), session);
const lookupRatio = ratio(controllerLookup, coreLookup);
const lookupsPerSession = ratio(session, coreLookup);

console.log('\nratios (median, and the range over rounds)');
console.log(`  share session through the controller / bare adapter call    ${median(sessionOverBare).toFixed(2)}x  [${spread(sessionOverBare)}]  (+${fmt(median(session) - median(bare))} per session)`);
console.log(`  state machine (3 transitions) / whole controller session     ${(median(machineShare) * 100).toFixed(1)}%  [${spread(machineShare.map((v) => v * 100))}%]`);
console.log(`  controller.canIUse / wx canIUse                              ${median(lookupRatio).toFixed(2)}x  [${spread(lookupRatio)}]`);
console.log(`  wx canIUse lookups that cost   as much as one share session  ${Math.round(median(lookupsPerSession)).toLocaleString('en-US')}`);
console.log('\nthroughput (median)');
console.log(`  transition               ${perSecond(median(oneTransition))} (${fmt(median(oneTransition))} each)`);
console.log(`  wx canIUse               ${perSecond(median(coreLookup))} (${fmt(median(coreLookup))} each)`);
console.log(`  controller.canIUse       ${perSecond(median(controllerLookup))} (${fmt(median(controllerLookup))} each)`);
console.log(`  controller share session ${perSecond(median(session))} (${fmt(median(session))} each)`);
console.log(`  bare adapter.share       ${perSecond(median(bare))} (${fmt(median(bare))} each)`);
console.log('\nInformational only (not a test): compare ratios between runs on the same machine, not absolute times.');
if (sink === -1) console.log(sink); // never true; keeps the sink observable
controller.dispose();
canIUseController.dispose();

const FIRST_CLICK_RUNS = Number(process.env.BENCH_FIRST_CLICK_RUNS ?? 3);
const firstClick = await benchFirstClick({ runs: FIRST_CLICK_RUNS });
const ok = firstClick.prefetch.median <= BUDGET_MS;
const ms = (v) => `${Math.round(v).toLocaleString('en-US')} ms`;
console.log(`\nweb: first click -> fallback sheet visible (Chromium, emulated slow 3G, page idle)`);
console.log(`  with the idle prefetch (default)   ${ms(firstClick.prefetch.median).padStart(9)}  median of ${FIRST_CLICK_RUNS} [${firstClick.prefetch.times.map(Math.round).join(', ')}]  budget ${BUDGET_MS} ms: ${ok ? 'ok' : 'OVER BUDGET'}`);
console.log(`  without it (prefetch: false)       ${ms(firstClick.lazy.median).padStart(9)}  (a round trip for the sheet chunk)`);
if (!ok) {
  console.error(`bench: the first click took ${ms(firstClick.prefetch.median)}, over its ${BUDGET_MS} ms budget`);
  process.exitCode = 1;
}

// JS-SDK signing: its own section, in its own file.
await import('./bench-jsapi.mjs');
