// The release's version step, for real: copy the repository (its files as git sees them, untracked
// work included, never node_modules or build output) to a temporary directory, add a changeset,
// run `changeset version` from the root's @changesets/cli there, and check what a maintainer would
// commit: one version for every published package (fixed group), private packages untouched,
// internal ranges as pnpm needs them, changelogs that carry the summaries, and a packed adapter
// whose peer range on core is the new `^x.y.z`.
import { execFileSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { copyFileSync, existsSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bin, packedManifest, repoRoot } from '../src/packages.mjs';

type Bump = 'patch' | 'minor' | 'major';
type Manifest = { name: string; version?: string; private?: boolean } & Record<string, unknown>;
interface Workspace {
  dir: string;
  manifest: Manifest;
}

const BUMPS: Bump[] = ['patch', 'minor', 'major'];
const DEP_FIELDS = ['dependencies', 'devDependencies', 'peerDependencies', 'optionalDependencies'] as const;

/** x.y.z incremented the way semver and changesets do (no prereleases here). */
function inc(version: string, bump: Bump): string {
  const [major = 0, minor = 0, patch = 0] = version.split('.').map(Number);
  if (bump === 'major') return `${major + 1}.0.0`;
  if (bump === 'minor') return `${major}.${minor + 1}.0`;
  return `${major}.${minor}.${patch + 1}`;
}

const greater = (a: string, b: string) => {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < 3; i++) if ((pa[i] ?? 0) !== (pb[i] ?? 0)) return (pa[i] ?? 0) > (pb[i] ?? 0);
  return false;
};

/** Workspace packages of a checkout: packages/*, apps/*, tooling/* with a package.json. */
function workspaces(root: string): Workspace[] {
  return ['packages', 'apps', 'tooling'].flatMap((group) => {
    const base = join(root, group);
    if (!existsSync(base)) return [];
    return readdirSync(base)
      .filter((d) => existsSync(join(base, d, 'package.json')))
      .map((d) => ({ dir: join(base, d), manifest: JSON.parse(readFileSync(join(base, d, 'package.json'), 'utf8')) as Manifest }));
  });
}

/** Pending changesets: `{ file, releases: { name: bump }, summary }`. */
function readChangesets(root: string) {
  const dir = join(root, '.changeset');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.md') && f !== 'README.md')
    .map((file) => {
      const text = readFileSync(join(dir, file), 'utf8');
      const [, front = '', body = ''] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text.replace(/\r\n/g, '\n')) ?? [];
      const releases: Record<string, Bump> = {};
      for (const line of front.split('\n')) {
        const m = /^\s*["']?([^"':]+)["']?\s*:\s*(patch|minor|major)\s*$/.exec(line);
        if (m?.[1] && m[2]) releases[m[1]] = m[2] as Bump;
      }
      return { file, releases, summary: body.trim() };
    });
}

/** Copies what git would see of the repository: tracked and untracked-but-not-ignored files. */
function copyRepository(to: string) {
  const listed = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard', '-z'], { cwd: repoRoot, encoding: 'utf8' });
  for (const file of listed.split('\0')) {
    if (!file || file.split('/').includes('node_modules')) continue;
    const from = join(repoRoot, file);
    // Regular files only: skips files deleted in the work tree and symlinks (a linked dist/).
    if (!existsSync(from) || !lstatSync(from).isFile()) continue;
    mkdirSync(dirname(join(to, file)), { recursive: true });
    copyFileSync(from, join(to, file));
  }
}

const git = (cwd: string, ...args: string[]) =>
  execFileSync('git', ['-c', 'user.name=release-checks', '-c', 'user.email=release-checks@example.invalid', '-c', 'commit.gpgsign=false', ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, GIT_CONFIG_NOSYSTEM: '1', HOME: cwd },
  });

let temp: string;
let before: Map<string, Manifest>;
let after: Map<string, Manifest>;
let dirs: Map<string, string>;
let changesets: ReturnType<typeof readChangesets>;
let published: string[];
let expectedVersion: string;
/** The version the group actually got (core's); the first test says whether it is the expected one. */
let groupVersion: string;
let bump: Bump;
const sampleSummary = `Release-checks sample entry ${randomUUID()}: core gains a feature.`;

beforeAll(() => {
  temp = mkdtempSync(join(tmpdir(), 'sharekit-version-'));
  copyRepository(temp);
  // A minor change to core only: the fixed group must carry every other package along, and the
  // peer dependents of core (every adapter) must not be bumped major for it.
  writeFileSync(join(temp, '.changeset', 'release-checks-sample.md'), `---\n"@sharekit/core": minor\n---\n\n${sampleSummary}\n`);
  // changesets' default changelog writes the commit that added each changeset: give it one.
  git(temp, 'init', '-q', '-b', 'main');
  git(temp, 'add', '-A');
  git(temp, 'commit', '-q', '--no-verify', '-m', 'release-checks: state before the version step');

  const ws = workspaces(temp);
  before = new Map(ws.map((w) => [w.manifest.name, w.manifest]));
  dirs = new Map(ws.map((w) => [w.manifest.name, w.dir]));
  changesets = readChangesets(temp);
  published = ws.filter((w) => w.dir.startsWith(join(temp, 'packages')) && !w.manifest.private).map((w) => w.manifest.name);
  // What a fixed group must produce: the highest current version, bumped once by the highest
  // bump any pending changeset asks of a published package.
  const asked = changesets.flatMap((c) => Object.entries(c.releases).filter(([name]) => published.includes(name)).map(([, b]) => b));
  bump = BUMPS[Math.max(...asked.map((b) => BUMPS.indexOf(b)))] ?? 'patch';
  const current = published.map((n) => before.get(n)?.version ?? '0.0.0').reduce((a, b) => (greater(b, a) ? b : a));
  expectedVersion = inc(current, bump);

  execFileSync(bin('changeset'), ['version'], { cwd: temp, encoding: 'utf8', stdio: 'pipe', env: { ...process.env, CI: 'true' } });
  after = new Map(workspaces(temp).map((w) => [w.manifest.name, w.manifest]));
  groupVersion = after.get('@sharekit/core')?.version ?? '';
}, 60_000);

afterAll(() => {
  if (temp) rmSync(temp, { recursive: true, force: true });
});

describe('changeset version on a copy of the repository', () => {
  it('versions every published package to the same version (one fixed group), bumped once', () => {
    const versions = Object.fromEntries(published.map((name) => [name, after.get(name)?.version]));
    const hint =
      `expected every published package at ${expectedVersion} (${bump} of the current version, the highest bump the pending ` +
      `changesets ask for). A higher major means changesets bumped the peer dependents of @sharekit/core as "major": ` +
      `on 0.x a caret range (^0.a.b) excludes the next minor, so any minor changeset does this. ` +
      `A package missing from the fixed group in .changeset/config.json shows up with another version.`;
    expect(versions, hint).toEqual(Object.fromEntries(published.map((name) => [name, expectedVersion])));
  });

  it('leaves private packages (the sample app, tooling) unversioned and without a changelog', () => {
    const privates = [...before.values()].filter((m) => m.private).map((m) => m.name);
    expect(privates).toContain('@sharekit/sample');
    for (const name of privates) {
      expect(after.get(name)?.version, `${name} is private and must not be versioned`).toBe(before.get(name)?.version);
      expect(existsSync(join(dirs.get(name)!, 'CHANGELOG.md')), `${name} got a CHANGELOG.md`).toBe(false);
    }
  });

  it('keeps workspace:^ ranges as they are and moves explicit internal ranges to the new version', () => {
    const internal = new Set(before.keys());
    let checked = 0;
    for (const [name, old] of before) {
      for (const field of DEP_FIELDS) {
        const deps = (old[field] ?? {}) as Record<string, string>;
        const now = (after.get(name)?.[field] ?? {}) as Record<string, string>;
        for (const [dep, range] of Object.entries(deps)) {
          if (!internal.has(dep)) continue;
          checked++;
          const where = `${name} ${field}.${dep}`;
          if (/^workspace:[\^~*]$/.test(range)) {
            // pnpm replaces these with the real version when it packs (see the pack test below).
            expect(now[dep], where).toBe(range);
          } else {
            const prefix = /^(?:workspace:)?([\^~]?)/.exec(range)?.[1] ?? '';
            const ws = range.startsWith('workspace:') ? 'workspace:' : '';
            const newDepVersion = after.get(dep)?.version;
            if (newDepVersion !== before.get(dep)?.version) expect(now[dep], where).toBe(`${ws}${prefix}${newDepVersion}`);
          }
        }
      }
    }
    expect(checked).toBeGreaterThan(0);
    // The rule every adapter follows (CONTRIBUTING.md): core is a workspace:^ peer.
    for (const name of published) {
      const peer = (after.get(name)?.peerDependencies as Record<string, string> | undefined)?.['@sharekit/core'];
      if (peer !== undefined) expect(peer, `${name} peerDependencies.@sharekit/core`).toBe('workspace:^');
    }
  });

  it('consumes the changesets and writes each summary into the changelog of every package it names', () => {
    const left = readdirSync(join(temp, '.changeset')).filter((f) => f.endsWith('.md') && f !== 'README.md');
    expect(left).toEqual([]);
    for (const name of published) {
      const log = readFileSync(join(dirs.get(name)!, 'CHANGELOG.md'), 'utf8');
      expect(log.startsWith(`# ${name}\n`), `${name} CHANGELOG.md title`).toBe(true);
      expect(log, `${name} CHANGELOG.md`).toContain(`\n## ${groupVersion}\n`);
    }
    for (const { releases, summary } of changesets) {
      const firstLine = summary.split('\n')[0]!;
      for (const [name, type] of Object.entries(releases)) {
        if (!published.includes(name)) continue;
        const log = readFileSync(join(dirs.get(name)!, 'CHANGELOG.md'), 'utf8');
        const section = log.slice(log.indexOf(`## ${groupVersion}`)).split(/\n## /)[0]!;
        const heading = `### ${type[0]!.toUpperCase()}${type.slice(1)} Changes`;
        expect(section, `${name}: "${firstLine}" under ${heading}`).toContain(heading);
        // changesets' default changelog prefixes the short hash of the commit that added it.
        expect(section, `${name} changelog entry`).toMatch(new RegExp(`- [0-9a-f]{7}: ${firstLine.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
      }
    }
    expect(readFileSync(join(dirs.get('@sharekit/core')!, 'CHANGELOG.md'), 'utf8')).toContain(sampleSummary);
  });

  it('packs an adapter with a real semver peer range on the new core version', () => {
    const adapter = published.find((n) => (before.get(n)?.peerDependencies as Record<string, string> | undefined)?.['@sharekit/core']);
    expect(adapter, 'an adapter with a peer dependency on core').toBeDefined();
    const dir = dirs.get(adapter!)!;
    // pnpm reads the versions of workspace: dependencies from node_modules; link them as
    // `pnpm install` would, instead of installing the whole copy.
    const internalDeps = new Set(DEP_FIELDS.flatMap((f) => Object.keys((after.get(adapter!)?.[f] ?? {}) as object)).filter((d) => dirs.has(d)));
    for (const dep of internalDeps) {
      const link = join(dir, 'node_modules', dep);
      mkdirSync(dirname(link), { recursive: true });
      symlinkSync(relative(dirname(link), dirs.get(dep)!), link, 'dir');
    }
    const out = execFileSync('pnpm', ['pack', '--pack-destination', temp, '--json'], { cwd: dir, encoding: 'utf8' });
    const packed = packedManifest(JSON.parse(out.slice(out.indexOf('{'))).filename);
    expect(packed.version).toBe(groupVersion);
    expect(packed.peerDependencies['@sharekit/core']).toBe(`^${groupVersion}`);
    expect(JSON.stringify(packed)).not.toContain('workspace:');
  });
});
