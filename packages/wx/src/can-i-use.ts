import { featureRow, runtimeCanIUse, staticCanIUse } from '@sharekit/core/adapter';
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
export const canIUse: (schema: string, options: CanIUseOptions) => boolean = /* @__PURE__ */ staticCanIUse(wxFeatures);

// Schemas whose first segment is not a wx function: page handlers, the handler's result
// (`shareAppMessage.success...`) and components. The version table alone answers for them.
const RUNTIME = { table: wxFeatures, tableOnly: ['onShareAppMessage', 'onShareTimeline', 'onAddToFavorites', 'shareAppMessage', 'button'] };

export const inTable = (schema: string) => featureRow(wxFeatures, schema) !== undefined;

/**
 * `canIUse` for one runtime: the version table at `version` and, for API schemas, that the
 * function is really on `wx` (WeChat's own advice: `wx.canIUse` had false negatives before 2.6.2).
 * Schemas outside the table go to `wx.canIUse` (1.1.1+). Never throws.
 */
export const wxCanIUse = (wx: WxLike | undefined, version: string, schema: string): boolean => runtimeCanIUse(RUNTIME, wx, version, schema);
