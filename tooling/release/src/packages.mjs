// Shared by the package checks, the consumer tests and the version-step test: which packages are
// published, and how to pack them exactly as `changeset publish` does (pnpm rewrites `workspace:`
// ranges while packing; npm would leave them in and publish an uninstallable package).
import { execFile, execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** The monorepo root (this file is tooling/release/src/packages.mjs). */
export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');

/** Binaries of the root and of this package, without going through a package manager. */
export const bin = (name) => {
  for (const dir of [join(repoRoot, 'tooling/release/node_modules/.bin'), join(repoRoot, 'node_modules/.bin')]) {
    if (existsSync(join(dir, name))) return join(dir, name);
  }
  throw new Error(`${name} is not installed: run pnpm install at the repository root`);
};

/**
 * Every package under packages/ that is published (not private), sorted by folder name.
 * @returns {{ name: string, folder: string, dir: string, manifest: Record<string, any> }[]}
 */
export function publishedPackages() {
  const base = join(repoRoot, 'packages');
  return readdirSync(base, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(base, d.name, 'package.json')))
    .map((d) => {
      const dir = join(base, d.name);
      const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
      return { name: manifest.name, folder: d.name, dir, manifest };
    })
    .filter((p) => !p.manifest.private)
    .sort((a, b) => a.folder.localeCompare(b.folder));
}

/** Files a package's manifest points at (main, module, types, every exports target). */
export function entryFiles(manifest) {
  const files = new Set();
  const walk = (value) => {
    if (typeof value === 'string') files.add(value);
    else if (value && typeof value === 'object') for (const v of Object.values(value)) walk(v);
  };
  for (const field of ['main', 'module', 'types']) walk(manifest[field]);
  walk(manifest.exports);
  return [...files].filter((f) => !f.endsWith('package.json') && !f.includes('*'));
}

/** Entry files that are not built yet (dist missing or stale layout). */
export function missingBuildOutput(pkg) {
  return entryFiles(pkg.manifest).filter((f) => !existsSync(join(pkg.dir, f)));
}

/**
 * `pnpm pack` into `destination`; returns the tarball's path.
 * @param {{ dir: string }} pkg
 * @param {string} destination
 * @returns {Promise<string>}
 */
export async function pack(pkg, destination) {
  const { stdout } = await run('pnpm', ['pack', '--pack-destination', destination, '--json'], {
    cwd: pkg.dir,
    env: { ...process.env, npm_config_update_notifier: 'false' },
    maxBuffer: 16 * 1024 * 1024,
  });
  // pnpm may print warnings before the JSON.
  const json = JSON.parse(stdout.slice(stdout.indexOf('{')));
  return json.filename;
}

/**
 * Runs `task` over `items`, at most `limit` at a time, keeping the order of results.
 * @template T, R
 * @param {T[]} items
 * @param {number} limit
 * @param {(item: T, index: number) => Promise<R>} task
 * @returns {Promise<R[]>}
 */
export async function mapLimit(items, limit, task) {
  const results = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await task(items[i], i);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

/**
 * The package.json inside a packed tarball (what the registry will serve).
 * @param {string} tarball
 * @returns {Record<string, any>}
 */
export function packedManifest(tarball) {
  return JSON.parse(execFileSync('tar', ['-xzOf', tarball, 'package/package.json'], { encoding: 'utf8' }));
}

/** Every path inside a packed tarball, without the leading `package/`. */
export function packedFiles(tarball) {
  return execFileSync('tar', ['-tzf', tarball], { encoding: 'utf8' })
    .split('\n')
    .filter(Boolean)
    .map((f) => f.replace(/^package\//, ''));
}

/** Dependency fields that reach consumers. */
export const PUBLISHED_DEP_FIELDS = ['dependencies', 'peerDependencies', 'optionalDependencies'];
