import { describe, expect, it } from 'vitest';
import { isShareError } from '../src';
import { canIUseAt, featureRow } from '../src/adapter';

// A platform's table, made up: the mechanics do not depend on whose it is.
const table = {
  share: { since: '1.0.0' },
  'share.object.channel': { since: '1.10.2' },
  'share.success.tickets': { since: '1.1.0', until: '2.3.0' },
  old: { since: '0.9.0', deprecated: '2.0.0' },
};

describe('canIUseAt: since <= version < until', () => {
  it.each([
    ['share', '1.0.0', true],
    ['share', '0.99.99', false],
    ['share.object.channel', '1.9.9', false], // numeric per part: 1.9.9 < 1.10.2
    ['share.object.channel', '1.10.2', true],
    ['share.success.tickets', '1.1', true],
    ['share.success.tickets', '2.2.99', true],
    ['share.success.tickets', '2.3', false],
    ['old', '3.0.0', true], // deprecated, not removed
    ['unknown', '9.9.9', false],
    ['toString', '9.9.9', false],
    ['__proto__', '9.9.9', false],
    ['constructor', '9.9.9', false],
  ])('%s at %s -> %s', (schema, version, want) => {
    expect(canIUseAt(table, schema, version)).toBe(want);
  });

  it('a malformed version throws invalid-version, even for an unknown schema', () => {
    for (const version of ['', 'v2', '2.x', '1..2', undefined]) {
      expect(() => canIUseAt(table, 'unknown', version as string)).toThrow(expect.objectContaining({ code: 'invalid-version' }));
    }
  });

  it('a schema that is not a string throws invalid-argument', () => {
    try {
      canIUseAt(table, 42 as unknown as string, '1.0.0');
      expect.unreachable();
    } catch (e) {
      expect(isShareError(e, 'invalid-argument')).toBe(true);
    }
  });

  it('featureRow reads own keys only', () => {
    expect(featureRow(table, 'share')).toEqual({ since: '1.0.0' });
    expect(featureRow(table, 'hasOwnProperty')).toBeUndefined();
  });
});
