import { ShareError } from './errors';
import { DEV } from './dev';

const VERSION = /^\d+(\.\d+)*$/;

function parts(version: unknown, name: string): string[] {
  if (typeof version !== 'string' || !VERSION.test(version)) {
    throw new ShareError(
      'invalid-version',
      DEV && `${name} must look like "2.12.0" (got ${typeof version === 'string' ? JSON.stringify(version.slice(0, 40)) : typeof version})`,
    );
  }
  // Strip leading zeros so parts compare by length then digits: exact for any size, no float loss.
  return version.split('.').map((p) => p.replace(/^0+(?=\d)/, ''));
}

/**
 * Throws a ShareError `invalid-version` naming `name` unless `version` is dot-separated digits
 * ("2.12.0"); returns it typed. For adapters that take a base library version as an option.
 */
export function checkVersion(version: unknown, name = 'version'): string {
  parts(version, name);
  return version as string;
}

function comparePart(a: string, b: string): number {
  // Stryker disable next-line EqualityOperator: the lengths differ here, so >= and > agree
  if (a.length !== b.length) return a.length > b.length ? 1 : -1;
  // Stryker disable next-line EqualityOperator: a and b differ here, so >= and > agree
  return a === b ? 0 : a > b ? 1 : -1;
}

/**
 * WeChat's version comparison: numeric per part, the shorter one padded with zeros.
 * `compareVersion('1.11.0', '1.9.9') === 1`, `compareVersion('2.3', '2.3.0') === 0`.
 * Throws a ShareError `invalid-version` for anything but dot-separated digits.
 */
export function compareVersion(a: string, b: string): -1 | 0 | 1 {
  const pa = parts(a, 'version a');
  const pb = parts(b, 'version b');
  // Stryker disable next-line EqualityOperator: one more round compares the padding '0' with '0', which changes nothing
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const c = comparePart(pa[i] ?? '0', pb[i] ?? '0');
    if (c !== 0) return c as -1 | 1;
  }
  return 0;
}
