// Guards the mini program build of every package that runs inside a mini program: the manifest
// names it, the tarball carries it, and what is built parses as ES2015 with no forbidden global.
import { describe, expect, it } from 'vitest';
import { isBuilt, miniprogramDir, miniprogramPackages } from '../src/packages.mjs';
import { es2015Problems, scanFolder } from '../src/scan.mjs';

const packages = miniprogramPackages();

describe('the scanner', () => {
  it.each([
    ['optional chaining', 'a?.b'],
    ['nullish coalescing', 'a ?? b'],
    ['object spread', 'x = { ...a }'],
    ['async functions', 'async function f() {}'],
    ['exponent operator', 'a ** 2'],
  ])('rejects %s', (_, code) => {
    expect(es2015Problems(code)).toEqual([expect.stringMatching(/^not ES2015/)]);
  });

  it('flags built-ins old engines lack', () => {
    expect(es2015Problems('Object.fromEntries(x); Object.hasOwn(o, k); queueMicrotask(f)')).toHaveLength(3);
    expect(es2015Problems('Object.keys(x); o.fromEntries; Promise.resolve()')).toEqual([]);
  });

  it('flags globals a mini program lacks, not property names', () => {
    expect(es2015Problems('globalThis.setTimeout(f); typeof window; process.env')).toHaveLength(3);
    expect(es2015Problems('o.window = o.process; x = { globalThis: 1 }; class A { process() {} }')).toEqual([]);
  });
});

describe.each(packages.map((p) => [p.name, p] as const))('%s', (_, pkg) => {
  it('names its mini program folder in `miniprogram` and ships it in `files`', () => {
    expect(pkg.manifest.miniprogram).toBe('miniprogram_dist');
    expect(pkg.manifest.files).toContain(pkg.manifest.miniprogram);
  });

  it('needs @sharekit/core as a dependency, not a peer (WeChat builds `dependencies` only)', () => {
    if (pkg.folder === 'core') return;
    expect(pkg.manifest.dependencies?.['@sharekit/core']).toBe('workspace:^');
    expect(pkg.manifest.peerDependencies?.['@sharekit/core']).toBeUndefined();
  });

  it('builds CommonJS in ES2015 syntax with no globalThis, window or process', () => {
    expect(isBuilt(pkg), `${pkg.name}: no ${pkg.manifest.miniprogram}/index.js; run pnpm build`).toBe(true);
    const scanned = scanFolder(miniprogramDir(pkg)!);
    expect(scanned.map((s) => s.file)).toContain('index.js');
    expect(scanned.filter((s) => s.problems.length)).toEqual([]);
  });
});

it('covers core and the mini program adapters', () => {
  expect(packages.map((p) => p.folder)).toEqual(expect.arrayContaining(['core', 'wx']));
  expect(packages.map((p) => p.folder)).toEqual(expect.arrayContaining(['qq']));
});

it('covers alipay', () => {
  expect(packages.map((p) => p.folder)).toContain('alipay');
});
