import { describe, expect, it } from 'vitest';
import { isShareError } from '@sharekit/core';
import { canIUse, wxFeatures } from '../src';

describe('canIUse over WeChat\'s version table (wxFeatures)', () => {
  it.each([
    ['onShareAppMessage', '1.0.0', true],
    ['onShareAppMessage.object.from', '1.2.3', false],
    ['onShareAppMessage.object.from', '1.2.4', true],
    ['onShareAppMessage.return.imageUrl', '1.4.9', false],
    ['onShareAppMessage.return.imageUrl', '1.5.0', true],
    ['onShareAppMessage.return.success', '1.0.0', false],
    ['onShareAppMessage.return.success', '1.1.0', true],
    ['onShareAppMessage.return.success', '2.2.99', true],
    ['onShareAppMessage.return.success', '2.3.0', false], // removed: result callbacks stopped on 2.3.0
    ['onShareAppMessage.return.success', '3.0.0', false],
    ['shareAppMessage.success.shareTickets', '2.2.3', true],
    ['shareAppMessage.success.shareTickets', '2.3', false],
    ['onShareAppMessage.return.promise', '2.11.9', false],
    ['onShareAppMessage.return.promise', '2.12.0', true],
    ['showShareMenu', '1.0.0', false],
    ['showShareMenu', '1.1.0', true],
    ['showShareMenu.object.menus', '2.11.2', false],
    ['showShareMenu.object.menus', '2.11.3', true],
    ['updateShareMenu', '1.1.9', false],
    ['updateShareMenu', '1.2.0', true],
    ['getShareInfo', '1.1.0', true],
    ['getShareInfo', '3.4.0', true], // unmaintained since 2.17.3, not removed
    ['getShareInfo.object.timeout', '1.9.9', false], // 1.9.9 < 1.9.90
    ['getShareInfo.object.timeout', '1.9.90', true],
    ['getGroupEnterInfo', '2.10.3', false],
    ['getGroupEnterInfo', '2.10.4', true],
    ['button.open-type.share', '1.1.9', false],
    ['button.open-type.share', '1.2.0', true],
    ['canIUse', '1.1.0', false],
    ['canIUse', '1.1.1', true],
    ['onShareTimeline', '2.11.3', true],
  ] as const)('%s at %s -> %s', (schema, version, want) => {
    expect(canIUse(schema, { version })).toBe(want);
  });

  it('answers every table row: false before since, true at since, false at until', () => {
    for (const [schema, { since, until }] of Object.entries(wxFeatures)) {
      expect(canIUse(schema, { version: since }), `${schema} at ${since}`).toBe(true);
      if (since !== '1.0.0') expect(canIUse(schema, { version: '1.0.0' }), `${schema} at 1.0.0`).toBe(false);
      if (until) expect(canIUse(schema, { version: until }), `${schema} at ${until}`).toBe(false);
    }
  });

  it.each(['unknown', '', 'toString', '__proto__', 'constructor', 'showShareMenu.object', 'SHOWSHAREMENU'])('unknown schema %j is false', (schema) => {
    expect(canIUse(schema, { version: '3.4.0' })).toBe(false);
  });

  it('a malformed version is invalid-version, even for unknown schemas', () => {
    for (const version of ['latest', '', '2.x']) {
      expect(() => canIUse('unknown', { version })).toThrow(expect.objectContaining({ code: 'invalid-version' }));
    }
  });

  it('a non-string schema is invalid-argument', () => {
    let caught: unknown;
    try {
      canIUse(42 as unknown as string, { version: '1.0.0' });
    } catch (e) {
      caught = e;
    }
    expect(isShareError(caught, 'invalid-argument')).toBe(true);
  });
});

// Moved with the table from core (issue 14): what canIUse's errors show, and the table's marks.
describe('canIUse messages and the table’s deprecation marks', () => {
  const messageOf = (fn: () => unknown): string => {
    try {
      fn();
    } catch (e) {
      return (e as Error).message;
    }
    throw new Error('expected a throw');
  };

  it('names a schema that is not a string', () => {
    expect(messageOf(() => canIUse(5 as never, { version: '2.0.0' }))).toBe('invalid-argument: schema must be a string (got number)');
  });

  it('without options is an invalid version, not a TypeError', () => {
    expect(messageOf(() => canIUse('showShareMenu', undefined as never))).toMatch(/^invalid-version: version a must look like/);
  });

  it('marks getShareInfo as unmaintained since 2.17.3, and shareTimeline as current', () => {
    expect(wxFeatures.getShareInfo?.deprecated).toBe('2.17.3');
    expect(wxFeatures.onShareTimeline?.deprecated).toBeUndefined();
  });
});

