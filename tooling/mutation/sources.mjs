// Maps every @sharekit package to its TypeScript sources, so a test run that uses this exercises the
// code Stryker mutates instead of the built `dist`, and every package shares one copy of core (one
// ShareError class). Used only by mutation runs; `pnpm test` keeps testing the built packages.
import { fileURLToPath } from 'node:url';

const source = (file) => fileURLToPath(new URL(`../../packages/${file}`, import.meta.url));

export const sourceAliases = [
  { find: /^@sharekit\/core$/, replacement: source('core/src/index.ts') },
  { find: /^@sharekit\/core\/adapter$/, replacement: source('core/src/adapter/index.ts') },
  { find: /^@sharekit\/mock\/wx$/, replacement: source('mock/src/wx/index.ts') },
  { find: /^@sharekit\/mock$/, replacement: source('mock/src/index.ts') },
  { find: /^@sharekit\/testkit$/, replacement: source('testkit/src/index.ts') },
  { find: /^@sharekit\/wx$/, replacement: source('wx/src/index.ts') },
  { find: /^@sharekit\/server$/, replacement: source('server/src/index.ts') },
];
