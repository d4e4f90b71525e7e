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
    const x = pa[i] ?? '0';
    const y = pb[i] ?? '0';
    // Without leading zeros, the longer part is the larger; parts of one length compare as text.
    if (x !== y) return (x.length === y.length ? x > y : x.length > y.length) ? 1 : -1;
  }
  return 0;
}
