// Small public promises of core that an app sees directly: what version errors show, checkVersion's
// default name, errors without a cause, and the state a controller starts in. (WeChat's table and
// canIUse moved to @sharekit/wx with their tests: packages/wx/test/can-i-use.test.ts.)
import { describe, expect, it } from 'vitest';
import { compareVersion, ShareError } from '../src';
import { canIUseAt, checkVersion, initialState } from '../src/adapter';

function messageOf(fn: () => unknown): string {
  try {
    fn();
  } catch (e) {
    return (e as Error).message;
  }
  throw new Error('expected a throw');
}

describe('version errors show what was passed', () => {
  it('quotes a malformed string, cut to 40 characters', () => {
    expect(messageOf(() => compareVersion('v2.3.0', '1'))).toBe('invalid-version: version a must look like "2.12.0" (got "v2.3.0")');
    expect(messageOf(() => compareVersion('1', `${'9.'.repeat(30)}x`))).toBe(
      `invalid-version: version b must look like "2.12.0" (got ${JSON.stringify('9.'.repeat(20))})`,
    );
  });

  it('names the type of anything that is not a string', () => {
    expect(messageOf(() => compareVersion(2.3 as never, '1'))).toBe('invalid-version: version a must look like "2.12.0" (got number)');
  });

  it('checkVersion calls the value "version" unless told otherwise, and returns it', () => {
    expect(messageOf(() => checkVersion('latest'))).toBe('invalid-version: version must look like "2.12.0" (got "latest")');
    expect(messageOf(() => checkVersion('latest', 'sdk'))).toMatch(/^invalid-version: sdk must look like/);
    expect(checkVersion('2.12.0')).toBe('2.12.0');
  });

  it('canIUseAt names a schema that is not a string', () => {
    expect(messageOf(() => canIUseAt({}, 5 as never, '2.0.0'))).toBe('invalid-argument: schema must be a string (got number)');
  });
});

describe('ShareError', () => {
  it('has no cause unless one was given', () => {
    expect('cause' in new ShareError('busy', 'x')).toBe(false);
    expect('cause' in new ShareError('busy', 'x', { cause: 0 })).toBe(true);
  });

  it('without its text (production) reads as the code, with the platform’s own message when there is one', () => {
    expect(new ShareError('busy', false).message).toBe('busy');
    expect(new ShareError('platform', false, { platformMessage: 'showShareMenu:fail' }).message).toBe('platform: showShareMenu:fail');
  });
});

describe('defaults', () => {
  it('a controller starts with the menu hidden and empty', () => {
    expect(initialState().menu).toEqual({ visible: false, items: [], tickets: false });
  });
});
