// Maps every @sharekit package to its TypeScript sources, so a test run that uses this exercises the
// code Stryker mutates instead of the built `dist`, and every package shares one copy of core (one
// ShareError class). Used only by mutation runs; `pnpm test` keeps testing the built packages.
import { fileURLToPath } from 'node:url';

const source = (file) => fileURLToPath(new URL(`../../packages/${file}`, import.meta.url));

// Subpaths before their package (`@sharekit/mock/wx` before `@sharekit/mock`): the first match wins.
// Mirrors the entries of packages/mock/tsup.config.ts.
const MOCK_SUBPATHS = { wx: 'wx/index.ts', qq: 'qq/index.ts', baidu: 'baidu/index.ts', douyin: 'douyin/index.ts', alipay: 'alipay/index.ts', 'wechat-h5': 'wechat-h5/index.ts', 'wechat-api': 'wechat-h5/api-server.ts' };
const ADAPTERS = ['wx', 'web', 'wechat-h5', 'alipay', 'douyin', 'qq', 'baidu', 'testkit'];

export const sourceAliases = [
  { find: /^@sharekit\/core$/, replacement: source('core/src/index.ts') },
  { find: /^@sharekit\/core\/adapter$/, replacement: source('core/src/adapter/index.ts') },
  ...Object.entries(MOCK_SUBPATHS).map(([sub, file]) => ({ find: new RegExp(`^@sharekit/mock/${sub}$`), replacement: source(`mock/src/${file}`) })),
  { find: /^@sharekit\/mock$/, replacement: source('mock/src/index.ts') },
  ...ADAPTERS.map((name) => ({ find: new RegExp(`^@sharekit/${name}$`), replacement: source(`${name}/src/index.ts`) })),
  { find: /^@sharekit\/server\/redis$/, replacement: source('server/src/redis.ts') },
  { find: /^@sharekit\/server$/, replacement: source('server/src/index.ts') },
];
