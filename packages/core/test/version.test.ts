import { describe, expect, it } from 'vitest';
import { compareVersion, isShareError } from '../src';

describe('compareVersion', () => {
  it.each([
    ['1.11.0', '1.9.9', 1],
    ['1.9.9', '1.11.0', -1],
    ['2.3', '2.3.0', 0],
    ['2.3.0', '2.3', 0],
    ['2.29.1', '2.3.0', 1], // a string comparison gets this one wrong
    ['2.10.4', '2.10.4', 0],
    ['1.0.0', '1.0.0.1', -1],
    ['01.2', '1.2', 0],
    ['3', '2.99.99', 1],
    ['1.99999999999999999999', '1.99999999999999999998', 1], // beyond Number precision
    // Leading zeros are ignored, whatever their number, and a part of only zeros is zero.
    ['1.010', '1.10', 0],
    ['1.009', '1.10', -1],
    ['1.001', '1.1', 0],
    ['1.100', '1.99', 1],
    ['1.105', '1.15', 1],
    ['2.00', '2', 0],
    ['2.000.0', '2.0', 0],
    ['0.0.1', '0.0.01', 0],
    ['10.0', '9.0', 1],
    ['9.0', '10.0', -1],
    ['1.3', '1.2', 1],
    ['1.2', '1.3', -1],
  ] as const)('%s vs %s -> %i', (a, b, want) => {
    expect(compareVersion(a, b)).toBe(want);
  });

  it.each([['', '1.0.0'], ['1..0', '1.0.0'], ['v2.3.0', '1.0.0'], ['1.0.0-beta', '1.0.0'], [' 1.0', '1.0'], ['1.0.', '1.0'], [undefined, '1'], [null, '1'], [2.3, '1'], ['1.0', {}]])(
    'malformed %j vs %j -> invalid-version',
    (a, b) => {
      let caught: unknown;
      try {
        compareVersion(a as string, b as string);
      } catch (e) {
        caught = e;
      }
      expect(isShareError(caught, 'invalid-version')).toBe(true);
      expect((caught as Error).message).toMatch(/^invalid-version: version [ab] must look like "2\.12\.0"/);
    },
  );
});
