import { compareVersion } from '../version';

/**
 * A runtime's base library version from the first reader that gives a well-formed one
 * (`getAppBaseInfo().SDKVersion`, `getSystemInfoSync().SDKVersion`, …). Missing, throwing or
 * malformed: `fallback`, the most conservative answer, so a broken runtime gets fewer features
 * rather than a crash.
 */
export function readVersion(readers: ReadonlyArray<() => unknown>, fallback = '1.0.0'): string {
  for (const reader of readers) {
    try {
      const version = reader();
      compareVersion(version as string, '0');
      return version as string;
    } catch {
      // the next reader, or the fallback
    }
  }
  return fallback;
}
