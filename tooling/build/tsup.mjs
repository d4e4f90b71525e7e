// The builds every published package ships, set up once: each package's tsup.config.ts calls
// `packageBuild`. Always ESM + CJS + .d.ts in dist/. A package whose manifest has a `miniprogram`
// field (core and the mini program adapters) also gets that folder: what the platforms' own npm
// builds (WeChat DevTools' "Build npm", miniprogram-ci's packNpm) copy into `miniprogram_npm`.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The mini program build. WeChat's npm build ignores `exports` and `module`, parses every file
 * with an old parser (no `?.`, `??`), and runs it on engines without newer syntax: CommonJS in
 * ES2015 syntax, one `index.js` per entry, dependencies left as `require` calls (the platform's
 * build copies them from `dependencies` into `miniprogram_npm`). The source uses no `globalThis`,
 * `window` or `process`; tooling/release's mini program test proves the output is clean.
 */
export function miniprogramBuild({ entry, outDir, external }) {
  return {
    // Production messages (see packageBuild's `development`); minification drops their text.
    define: { __SHAREKIT_DEV__: 'false' },
    // Minified as an app's bundler would: miniprogram_npm counts toward the package size limit
    // as copied (DevTools minifies on upload only when asked), and errors carry codes, not names.
    minify: true,
    entry,
    outDir,
    format: ['cjs'],
    // esbuild lowers ?. ?? object spread, async functions and class fields to ES2015.
    target: 'es2015',
    platform: 'neutral',
    // `index.js`, not `index.cjs`: the platform's build resolves `main`-style names with `.js`.
    outExtension: () => ({ js: '.js' }),
    external,
    dts: false,
    clean: true,
    sourcemap: false,
    splitting: false,
    shims: false,
  };
}

/**
 * tsup options for the package in the current directory (tsup runs in the package's folder).
 * @param {{ entry: Record<string, string> | string[], external?: string[], miniprogramEntry?: Record<string, string>, development?: boolean } & Record<string, unknown>} options
 *   `miniprogramEntry`: the entries of the mini program build (default: `index` from `entry`).
 *   `development`: the package's messages depend on `__SHAREKIT_DEV__` (its `src/dev.ts`): `dist/`
 *   is the production build (messages dropped, an error reads as its code) and `dist-dev/` the
 *   development build (every message), which the `development` export condition selects.
 */
export function packageBuild({ entry, external = [], miniprogramEntry, development = false, ...rest }) {
  const manifest = JSON.parse(readFileSync(join(process.cwd(), 'package.json'), 'utf8'));
  const runtimeDeps = Object.keys({ ...manifest.dependencies, ...manifest.peerDependencies });
  const deps = [...new Set([...runtimeDeps, ...external])];
  const production = development ? { define: { __SHAREKIT_DEV__: 'false' }, minifySyntax: true } : {};
  const configs = [{ entry, format: ['esm', 'cjs'], dts: true, clean: true, target: 'es2020', external: deps, ...production, ...rest }];
  if (development) {
    configs.push({ entry, format: ['esm', 'cjs'], dts: false, clean: true, target: 'es2020', external: deps, outDir: 'dist-dev', define: { __SHAREKIT_DEV__: 'true' }, ...rest });
  }
  if (typeof manifest.miniprogram === 'string') {
    const main = Array.isArray(entry) ? { index: entry[0] } : { index: entry.index };
    configs.push(miniprogramBuild({ entry: miniprogramEntry ?? main, outDir: manifest.miniprogram, external: runtimeDeps }));
  }
  return configs;
}
