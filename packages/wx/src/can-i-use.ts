import { canIUseAt, featureRow } from '@sharekit/core/adapter';
import { wxFeatures } from './features';
import type { WxLike } from './types';

export interface CanIUseOptions {
  /** WeChat base library version (`SDKVersion`). */
  version: string;
}

/**
 * WeChat's `canIUse` at a base library version, from {@link wxFeatures}, without a runtime:
 * `canIUse('showShareMenu.object.menus', { version: '2.11.3' }) === true`. Unknown schemas are
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
  return canIUseAt(wxFeatures, schema, version as string);
}

// Schemas whose first segment is not a wx function: page handlers, the handler's result
// (`shareAppMessage.success...`) and components. The version table alone answers for them.
const TABLE_ONLY = ['onShareAppMessage', 'onShareTimeline', 'onAddToFavorites', 'shareAppMessage', 'button'];

export const inTable = (schema: string) => featureRow(wxFeatures, schema) !== undefined;

/**
 * `canIUse` for one runtime: the version table at `version` and, for API schemas, that the
 * function is really on `wx` (WeChat's own advice: `wx.canIUse` had false negatives before 2.6.2).
 * Schemas outside the table go to `wx.canIUse` (1.1.1+). Never throws.
 */
export function wxCanIUse(wx: WxLike | undefined, version: string, schema: string): boolean {
  try {
    if (typeof schema !== 'string') return false;
    if (inTable(schema)) {
      if (!canIUse(schema, { version })) return false;
      const api = schema.split('.')[0]!;
      return TABLE_ONLY.includes(api) || typeof (wx as Record<string, unknown> | undefined)?.[api] === 'function';
    }
    return typeof wx?.canIUse === 'function' && wx.canIUse(schema) === true;
  } catch {
    return false;
  }
}
