import { canIUseAt, featureRow } from '@sharekit/core/adapter';
import { ASYNC_1X, alipayFeatures } from './features';
import type { MyLike } from './types';

export interface CanIUseOptions {
  /** Alipay base library version (`my.SDKVersion`). */
  version: string;
}

/**
 * Alipay's `canIUse` at a base library version, from {@link alipayFeatures}, without a runtime:
 * `canIUse('showSharePanel', { version: '1.17.0' }) === true`. Unknown schemas are false; a
 * malformed version throws a ShareError `invalid-version`.
 */
export function canIUse(schema: string, options: CanIUseOptions): boolean {
  let version: unknown;
  try {
    // Stryker disable next-line OptionalChaining: without it, missing options throw a TypeError that the catch below turns into the same missing version
    version = options?.version;
  } catch {
    // A hostile options object: a missing version, which is invalid-version.
  }
  // A row holds one range: async content's 1.x range is a table of its own.
  return canIUseAt({ 'page.onShareAppMessage.async': ASYNC_1X }, schema, version as string) || canIUseAt(alipayFeatures, schema, version as string);
}

export const inTable = (schema: string) => featureRow(alipayFeatures, schema) !== undefined;

/**
 * `canIUse` for one runtime: the version table at `version` and, for API schemas, that the
 * function is really on `my`. Schemas outside the table go to `my.canIUse`. Never throws.
 */
export function alipayCanIUse(my: MyLike | undefined, version: string, schema: string): boolean {
  try {
    if (typeof schema !== 'string') return false;
    if (inTable(schema)) {
      if (!canIUse(schema, { version })) return false;
      const api = schema.split('.')[0]!;
      // Without `my` (or its canIUse, below) the lookup throws: false.
      return api === 'page' || api === 'button' || typeof (my as unknown as Record<string, unknown>)[api] === 'function';
    }
    return my!.canIUse!(schema) === true;
  } catch {
    return false;
  }
}
