import { canIUseAt, featureRow } from '@sharekit/core/adapter';
import { douyinFeatures } from './features';
import type { TtLike } from './types';

export interface CanIUseOptions {
  /** Douyin base library version (`tt.getSystemInfoSync().SDKVersion`). */
  version: string;
}

/**
 * Douyin's `canIUse` at a base library version, from {@link douyinFeatures}, without a runtime:
 * `canIUse('showShareMenu.object.menus', { version: '2.28.0' }) === true`. Unknown schemas are
 * false; a malformed version throws a ShareError `invalid-version`.
 */
export function canIUse(schema: string, options: CanIUseOptions): boolean {
  let version: unknown;
  try {
    // Stryker disable next-line OptionalChaining: without it, missing options throw a TypeError that the catch below turns into the same missing version
    version = options?.version;
  } catch {
    // A hostile options object: a missing version, which is invalid-version.
  }
  return canIUseAt(douyinFeatures, schema, version as string);
}

// Schemas whose first segment is not a tt function: the page handler and components.
const TABLE_ONLY = ['onShareAppMessage', 'button'];

export const inTable = (schema: string) => featureRow(douyinFeatures, schema) !== undefined;

/**
 * `canIUse` for one runtime: the version table at `version` and, for API schemas, that the
 * function is really on `tt`. Schemas outside the table go to `tt.canIUse`, which exists from
 * 1.35.0 (below that: false). Never throws.
 */
export function ttCanIUse(tt: TtLike | undefined, version: string, schema: string): boolean {
  try {
    if (typeof schema !== 'string') return false;
    if (inTable(schema)) {
      if (!canIUse(schema, { version })) return false;
      const api = schema.split('.')[0]!;
      // Without `tt` (or its canIUse, below) the lookup throws: false.
      return TABLE_ONLY.includes(api) || typeof (tt as unknown as Record<string, unknown>)[api] === 'function';
    }
    return canIUse('canIUse', { version }) && tt!.canIUse!(schema) === true;
  } catch {
    return false;
  }
}
