import { ShareError } from './errors';
import { shareFeatures } from './features';
import { compareVersion } from './version';

export interface CanIUseOptions {
  /** WeChat base library version (`SDKVersion`). */
  version: string;
}

/**
 * WeChat's `canIUse` semantics over {@link shareFeatures}: true when `since <= version < until`.
 * Unknown schemas are false; a malformed version throws `invalid-version`.
 */
export function canIUse(schema: string, options: CanIUseOptions): boolean {
  if (typeof schema !== 'string') {
    throw new ShareError('invalid-argument', `schema must be a string (got ${typeof schema})`);
  }
  let version: unknown;
  try {
    // Stryker disable next-line OptionalChaining: without it, missing options throw a TypeError that the catch below turns into the same missing version
    version = options?.version;
  } catch {
    // A hostile options object: treated like a missing version, which is invalid-version below.
  }
  // Validate the version even for unknown schemas: a bad version is a bug the caller must see.
  compareVersion(version as string, '0');
  // Own keys only, so "toString" or "__proto__" is an unknown schema. Not Object.hasOwn: old
  // WeChat JS engines lack it.
  // biome-ignore lint/suspicious/noPrototypeBuiltins: see above
  const feature = Object.prototype.hasOwnProperty.call(shareFeatures, schema) ? shareFeatures[schema] : undefined;
  if (!feature) return false;
  return (
    compareVersion(version as string, feature.since) >= 0 &&
    (feature.until === undefined || compareVersion(version as string, feature.until) < 0)
  );
}
