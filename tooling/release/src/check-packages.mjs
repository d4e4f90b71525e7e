#!/usr/bin/env node
// Checks every published package (packages/* that are not private) the way a consumer meets it:
// packed by pnpm, exactly as `changeset publish` packs it, then
//   - publint: the manifest, exports and files of the tarball (errors and warnings fail);
//   - attw (Are the Types Wrong?): types under node10, node16 (CJS and ESM) and bundler resolution
//     for every entry point, including subpaths such as @sharekit/mock/wx (any problem fails);
//   - our own rules: no `workspace:` range left, internal peers published as `^<version>`, a README.
// Prints one line per package and a summary; exits 1 when any package has a problem.
// Needs built packages: run `pnpm build` (or the root `check-packages` script) first.
//
// Usage: node src/check-packages.mjs [folder...]   (folder names under packages/, default: all)
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { promisify } from 'node:util';
import { publint } from 'publint';
import { formatMessage } from 'publint/utils';
import {
  bin,
  mapLimit,
  missingBuildOutput,
  PUBLISHED_DEP_FIELDS,
  pack,
  packedFiles,
  packedManifest,
  publishedPackages,
} from './packages.mjs';

const run = promisify(execFile);
const color = process.stdout.isTTY && !process.env.NO_COLOR;
const red = (s) => (color ? `\x1b[31m${s}\x1b[39m` : s);
const green = (s) => (color ? `\x1b[32m${s}\x1b[39m` : s);
const dim = (s) => (color ? `\x1b[2m${s}\x1b[22m` : s);

/** What pnpm turns a `workspace:` range into when it packs (https://pnpm.io/workspaces#publishing-workspace-packages). */
function expectedPublishedRange(range, version) {
  const spec = range.slice('workspace:'.length);
  if (spec === '*') return version;
  if (spec === '^' || spec === '~') return `${spec}${version}`;
  return spec;
}

/** Our own rules on the packed manifest. */
function manifestProblems(pkg, packed, files, versions) {
  const problems = [];
  for (const field of ['dependencies', 'devDependencies', 'peerDependencies', 'optionalDependencies']) {
    for (const [dep, range] of Object.entries(packed[field] ?? {})) {
      if (String(range).startsWith('workspace:')) {
        problems.push(`${field}.${dep} is still "${range}" in the tarball: publish with pnpm (changeset publish does), never npm`);
      }
    }
  }
  for (const field of PUBLISHED_DEP_FIELDS) {
    for (const [dep, source] of Object.entries(pkg.manifest[field] ?? {})) {
      if (!versions.has(dep)) continue;
      if (!String(source).startsWith('workspace:')) {
        problems.push(`${field}.${dep} is "${source}": internal dependencies use the workspace protocol (workspace:^) so releases keep them in step`);
        continue;
      }
      if (field === 'peerDependencies' && source !== 'workspace:^') {
        problems.push(`peerDependencies.${dep} is "${source}": adapters declare core as "workspace:^" (CONTRIBUTING.md), which publishes as ^<version>`);
      }
      const want = expectedPublishedRange(source, versions.get(dep));
      if (packed[field]?.[dep] !== want) {
        problems.push(`${field}.${dep} was packed as "${packed[field]?.[dep]}", expected "${want}"`);
      }
    }
  }
  if (!files.some((f) => /^readme(\.md)?$/i.test(f))) {
    problems.push('no README.md in the tarball: add packages/<name>/README.md (purpose, install, example, errors) and list it in "files"');
  }
  return problems;
}

async function runPublint(tarball) {
  const { messages, pkg } = await publint({ pack: { tarball: readFileSync(tarball).buffer }, level: 'suggestion' });
  const format = (m) => `${m.type}: ${formatMessage(m, pkg, { color: false }) ?? m.code}`;
  return {
    problems: messages.filter((m) => m.type !== 'suggestion').map(format),
    suggestions: messages.filter((m) => m.type === 'suggestion').map(format),
  };
}

/** Describes one attw problem in a line: kind, entry point, resolution mode or files. */
function describeAttwProblem(p) {
  const where = [p.entrypoint && `"${p.entrypoint}"`, p.resolutionKind].filter(Boolean).join(' under ');
  const files = [p.typesFileName, p.implementationFileName, p.fileName].filter(Boolean).map((f) => f.replace(/^\/node_modules\//, ''));
  return `attw ${p.kind}${where ? ` (${where})` : ''}${files.length ? `: ${files.join(' / ')}` : ''}`;
}

async function runAttw(tarball) {
  const attw = bin('attw');
  // attw exits 1 when it finds problems; the JSON says which.
  const { stdout } = await run(attw, [tarball, '--format', 'json', '--profile', 'strict'], { maxBuffer: 64 * 1024 * 1024 }).catch((e) => e);
  let result;
  try {
    result = JSON.parse(stdout);
  } catch {
    return { problems: [`attw did not produce a report: ${String(stdout).trim().slice(0, 400)}`], entrypoints: [], table: '' };
  }
  const { analysis, problems: grouped } = result;
  const entrypoints = Object.keys(analysis?.entrypoints ?? {});
  const problems = [];
  if (analysis?.types === false) problems.push('attw: the package has no types (no "types" field or .d.ts in the tarball)');
  for (const list of Object.values(grouped ?? {})) for (const p of list) problems.push(describeAttwProblem(p));
  let table = '';
  if (problems.length) {
    const ascii = await run(attw, [tarball, '--format', 'ascii', '--no-color'], { maxBuffer: 64 * 1024 * 1024 }).catch((e) => e);
    table = String(ascii.stdout ?? '');
  }
  return { problems, entrypoints, table };
}

async function checkPackage(pkg, destination, versions) {
  const missing = missingBuildOutput(pkg);
  if (missing.length) {
    return { pkg, problems: [`not built: ${missing.join(', ')} missing; run "pnpm build" first`], suggestions: [], entrypoints: [], table: '' };
  }
  const tarball = await pack(pkg, destination);
  const packed = packedManifest(tarball);
  const files = packedFiles(tarball);
  const [lint, types] = await Promise.all([runPublint(tarball), runAttw(tarball)]);
  return {
    pkg,
    tarball: basename(tarball),
    files: files.length,
    problems: [...manifestProblems(pkg, packed, files, versions), ...lint.problems, ...types.problems],
    suggestions: lint.suggestions,
    entrypoints: types.entrypoints,
    table: types.table,
  };
}

export async function checkPackages(folders = []) {
  const all = publishedPackages();
  const versions = new Map(all.map((p) => [p.name, p.manifest.version]));
  const selected = folders.length ? all.filter((p) => folders.includes(p.folder)) : all;
  const unknown = folders.filter((f) => !all.some((p) => p.folder === f));
  if (unknown.length) throw new Error(`no published package in packages/${unknown.join(', packages/')}`);
  const destination = mkdtempSync(join(tmpdir(), 'sharekit-check-'));
  try {
    return await mapLimit(selected, 3, (pkg) => checkPackage(pkg, destination, versions));
  } finally {
    rmSync(destination, { recursive: true, force: true });
  }
}

function report(results) {
  console.log('check-packages: publint + attw (node10, node16 CJS/ESM, bundler) on the pnpm-packed tarball of every published package\n');
  for (const r of results) {
    const ok = r.problems.length === 0;
    const detail = r.entrypoints.length ? `${r.files} files, entry points ${r.entrypoints.join(' ')}` : '';
    console.log(`${ok ? green('ok  ') : red('FAIL')} ${r.pkg.name.padEnd(20)} ${dim(detail)}`);
    for (const p of r.problems) console.log(`       ${red('x')} ${p}`);
    for (const s of r.suggestions) console.log(`       ${dim(`- ${s}`)}`);
    if (r.table) console.log(r.table.replace(/^/gm, '       '));
  }
  const failed = results.filter((r) => r.problems.length);
  console.log(
    `\ncheck-packages: ${results.length - failed.length} of ${results.length} packages clean${failed.length ? `; problems in ${failed.map((r) => r.pkg.name).join(', ')}` : ''}`,
  );
  return failed.length === 0;
}

if (process.argv[1] && import.meta.url.endsWith(basename(process.argv[1]))) {
  const results = await checkPackages(process.argv.slice(2));
  process.exitCode = report(results) ? 0 : 1;
}
