import { canIUseAt, featureRow } from '@sharekit/core/adapter';
import { baiduFeatures } from './features';
import type { BaiduLike } from './types';

export interface CanIUseOptions {
  /** Baidu base library version (`SDKVersion`). */
  version: string;
}

/**
 * Baidu's `canIUse` at a base library version, from {@link baiduFeatures}, without a runtime:
 * `canIUse('openShare', { version: '3.0.0' }) === true`. Unknown schemas are false; a malformed
 * version throws a ShareError `invalid-version`.
 */
export function canIUse(schema: string, options: CanIUseOptions): boolean {
  let version: unknown;
  try {
    // Stryker disable next-line OptionalChaining: without it, missing options throw a TypeError that the catch below turns into the same missing version
    version = options?.version;
  } catch {
    // A hostile options object: a missing version, which is invalid-version.
  }
  return canIUseAt(baiduFeatures, schema, version as string);
}

// Schemas whose first segment is not a swan function: the page hook and components.
const TABLE_ONLY = ['onShareAppMessage', 'button'];

/**
 * `canIUse` for one runtime: the version table at `version` and, for API schemas, that the
 * function is really on `swan` (the table has no documented minima, so presence decides).
 * Schemas outside the table go to `swan.canIUse`. Never throws.
 */
export function baiduCanIUse(swan: BaiduLike | undefined, version: string, schema: string): boolean {
  try {
    if (typeof schema !== 'string') return false;
    if (featureRow(baiduFeatures, schema) !== undefined) {
      if (!canIUse(schema, { version })) return false;
      const api = schema.split('.')[0]!;
      // Without `swan` (or its canIUse, below) the lookup throws: false.
      return TABLE_ONLY.includes(api) || typeof (swan as unknown as Record<string, unknown>)[api] === 'function';
    }
    return swan!.canIUse!(schema) === true;
  } catch {
    return false;
  }
}
