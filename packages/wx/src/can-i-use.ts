import { canIUse, shareFeatures } from '@sharekit/core';
import type { WxLike } from './types';

// Schemas whose first segment is not a wx function: page handlers, the handler's result
// (`shareAppMessage.success...`) and components. The version table alone answers for them.
const TABLE_ONLY = ['onShareAppMessage', 'onShareTimeline', 'onAddToFavorites', 'shareAppMessage', 'button'];

// biome-ignore lint/suspicious/noPrototypeBuiltins: Object.hasOwn is missing from old WeChat JS engines
export const inTable = (schema: string) => Object.prototype.hasOwnProperty.call(shareFeatures, schema);

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
