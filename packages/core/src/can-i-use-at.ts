import { ShareError } from './errors';
import { compareVersion } from './version';
import { DEV } from './dev';

/** One row of a platform's version table: usable when `since <= version < until`. */
export interface FeatureRow {
  readonly since: string;
  readonly until?: string;
  /** Still works, no longer maintained, from this version. */
  readonly deprecated?: string;
}

/** A platform's version table, keyed by its `canIUse` schema. */
export type FeatureTable = Readonly<Record<string, FeatureRow>>;

/** The table's row for `schema`, own keys only ("toString" and "__proto__" are unknown). */
export function featureRow(table: FeatureTable, schema: string): FeatureRow | undefined {
  // Not Object.hasOwn: old mini program JS engines lack it.
  // biome-ignore lint/suspicious/noPrototypeBuiltins: see above
  return typeof table === 'object' && table !== null && Object.prototype.hasOwnProperty.call(table, schema) ? table[schema] : undefined;
}

/**
 * `canIUse` semantics over any platform's version table: true when `since <= version < until`.
 * Unknown schemas are false; a malformed version throws `invalid-version` (even for unknown
 * schemas: a bad version is a bug the caller must see).
 */
export function canIUseAt(table: FeatureTable, schema: string, version: string): boolean {
  if (typeof schema !== 'string') {
    throw new ShareError('invalid-argument', DEV && `schema must be a string (got ${typeof schema})`);
  }
  compareVersion(version, '0');
  const row = featureRow(table, schema);
  return row !== undefined && compareVersion(version, row.since) >= 0 && (row.until === undefined || compareVersion(version, row.until) < 0);
}
