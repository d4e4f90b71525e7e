import { compareVersion } from '@sharekit/core';
import { canIUseAt, type FeatureTable } from '@sharekit/core/adapter';

/** Answers "does this base library have it" for one fixed version. */
export interface VersionGate {
  readonly version: string;
  /** `version >= other` (numeric comparison, as every platform documents it). */
  atLeast(other: string): boolean;
  /** The share table (with `until`), then the general API table; unknown schemas are false. */
  has(schema: string): boolean;
}

/**
 * A gate over a platform's share table (`since <= version < until`) and its general APIs (name to
 * the version it appeared in). Throws ShareError `invalid-version` for a malformed version.
 */
export function createVersionGate(
  version: string,
  shareSurface: FeatureTable,
  generalApis: Readonly<Record<string, string>>,
): VersionGate {
  compareVersion(version, '0');
  const atLeast = (other: string) => compareVersion(version, other) >= 0;
  return {
    version,
    atLeast,
    has(schema) {
      if (canIUseAt(shareSurface, schema, version)) return true;
      // biome-ignore lint/suspicious/noPrototypeBuiltins: own keys only ("toString" is unknown)
      const since = Object.prototype.hasOwnProperty.call(generalApis, schema) ? generalApis[schema] : undefined;
      return since !== undefined && atLeast(since);
    },
  };
}
