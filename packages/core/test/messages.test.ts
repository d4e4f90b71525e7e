// Messages are readable in development and short in production (issue 14, item 8): the production
// build (`dist/`, the default export condition, and the mini program build) drops their text, the
// development build (`dist-dev/`, the `development` condition) keeps it. Run after `pnpm build`.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';

const require = createRequire(import.meta.url);
type Core = typeof import('../src');
const production = require('../dist/index.cjs') as Core;
const development = require('../dist-dev/index.cjs') as Core;

const messageOf = (core: Core) => {
  try {
    core.createShareController({} as never);
  } catch (e) {
    return (e as Error).message;
  }
  throw new Error('no error');
};

describe('messages by build', () => {
  it('development: the code and what to do', () => {
    expect(messageOf(development)).toMatch(/^invalid-argument: createShareController needs \{ adapter \}/);
  });

  it('production: the code only, and no message text in the file', () => {
    expect(messageOf(production)).toBe('invalid-argument');
    expect(readFileSync(require.resolve('../dist/index.cjs'), 'utf8')).not.toContain('createShareController needs');
    expect(readFileSync(require.resolve('../miniprogram_dist/index.js'), 'utf8')).not.toContain('createShareController needs');
  });

  it('the `development` export condition selects the development build, for both entries', () => {
    const { exports } = JSON.parse(readFileSync(require.resolve('../package.json'), 'utf8'));
    for (const entry of ['.', './adapter']) {
      const keys = Object.keys(exports[entry]);
      expect(keys[0], entry).toBe('development');
      expect(exports[entry].development.require.default).toMatch(/^\.\/dist-dev\//);
      expect(exports[entry].require.default).toMatch(/^\.\/dist\//);
    }
  });
});
