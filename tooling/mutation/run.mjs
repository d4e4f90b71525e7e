// `pnpm mutation [package...] [-- stryker options]`: builds the packages, runs Stryker for each
// package in turn (core with every package's tests against its sources, each adapter with its own
// tests), then prints one score line per package and exits 1 when any is under the threshold.
// `--survivors` lists the surviving mutants of the last reports without running anything;
// `--no-build` skips the build (the packages' dist is current).
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { delimiter, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { THRESHOLD } from './stryker.mjs';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const PACKAGES = ['core', 'mock', 'wx', 'web', 'wechat-h5', 'alipay', 'douyin', 'qq', 'baidu'];

const args = process.argv.slice(2);
const dash = args.indexOf('--');
const own = dash === -1 ? args : args.slice(0, dash);
const strykerArgs = dash === -1 ? [] : args.slice(dash + 1);
const listOnly = own.includes('--survivors');
const build = !own.includes('--no-build');
const chosen = own.filter((a) => !a.startsWith('--'));
const unknown = chosen.filter((p) => !PACKAGES.includes(p));
if (unknown.length > 0) {
  console.error(`mutation: unknown package ${unknown.join(', ')}; choose from ${PACKAGES.join(', ')}`);
  process.exit(2);
}
const packages = chosen.length > 0 ? chosen : PACKAGES;

const env = {
  ...process.env,
  // Model-based sequences per adapter: 1000 in `pnpm test`, 100 here (each mutant reruns them).
  // biome-ignore lint/suspicious/noUndeclaredEnvVars: read by `pnpm mutation` only, outside turbo
  SHAREKIT_MODEL_RUNS: process.env.SHAREKIT_MODEL_RUNS ?? '100',
  PATH: [join(ROOT, 'node_modules', '.bin'), process.env.PATH].join(delimiter),
};

function run(command, commandArgs, cwd) {
  const result = spawnSync(command, commandArgs, { cwd, env, stdio: 'inherit' });
  return result.status ?? 1;
}

const reportOf = (name) => join(ROOT, 'packages', name, 'reports', 'mutation', `${name}.json`);

/** Stryker's score over valid mutants: killed and timed out count as detected. */
function score(name) {
  const file = reportOf(name);
  if (!existsSync(file)) return undefined;
  const report = JSON.parse(readFileSync(file, 'utf8'));
  const count = { Killed: 0, Timeout: 0, Survived: 0, NoCoverage: 0, Ignored: 0, CompileError: 0, RuntimeError: 0 };
  const survivors = [];
  for (const [path, { mutants }] of Object.entries(report.files)) {
    for (const m of mutants) {
      count[m.status] = (count[m.status] ?? 0) + 1;
      if (m.status === 'Survived' || m.status === 'NoCoverage') {
        survivors.push(`${relative(ROOT, join(ROOT, 'packages', name, path))}:${m.location.start.line}:${m.location.start.column} ${m.mutatorName} ${m.status} -> ${JSON.stringify(m.replacement ?? '').slice(0, 100)}`);
      }
    }
  }
  const detected = count.Killed + count.Timeout;
  const valid = detected + count.Survived + count.NoCoverage;
  return { percent: valid === 0 ? 100 : (100 * detected) / valid, count, survivors };
}

if (!listOnly) {
  const built = build ? run('pnpm', ['turbo', 'run', 'build', '--filter=./packages/*', '--output-logs=errors-only'], ROOT) : 0;
  if (built !== 0) process.exit(built);
  for (const name of packages) {
    console.log(`\nmutation: ${name} (packages/${name}/stryker.config.mjs)`);
    const status = run('stryker', ['run', ...strykerArgs], join(ROOT, 'packages', name));
    if (status !== 0) console.error(`mutation: Stryker exited with ${status} for ${name}`);
  }
}

let failed = false;
console.log('');
for (const name of packages) {
  const s = score(name);
  if (!s) {
    console.log(`mutation: ${name} has no report (packages/${name}/reports/mutation/${name}.json)`);
    failed = true;
    continue;
  }
  if (listOnly) for (const line of s.survivors) console.log(line);
  const { Killed, Timeout, Survived, NoCoverage, Ignored } = s.count;
  const ok = s.percent >= THRESHOLD;
  failed ||= !ok;
  console.log(
    `mutation: ${name.padEnd(9)} ${s.percent.toFixed(2).padStart(6)}% ${ok ? 'ok' : `UNDER ${THRESHOLD}%`} ` +
      `(killed ${Killed}, timeout ${Timeout}, survived ${Survived}, no coverage ${NoCoverage}, ignored ${Ignored})`,
  );
}
process.exit(failed ? 1 : 0);
