import { runtimeCanIUse, staticCanIUse } from '@sharekit/core/adapter';
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
export const canIUse: (schema: string, options: CanIUseOptions) => boolean = /* @__PURE__ */ staticCanIUse(baiduFeatures);

// Schemas whose first segment is not a swan function: the page hook and components.
const RUNTIME = { table: baiduFeatures, tableOnly: ['onShareAppMessage', 'button'] };

/**
 * `canIUse` for one runtime: the version table at `version` and, for API schemas, that the
 * function is really on `swan` (the table has no documented minima, so presence decides).
 * Schemas outside the table go to `swan.canIUse`. Never throws.
 */
export const baiduCanIUse = (swan: BaiduLike | undefined, version: string, schema: string): boolean => runtimeCanIUse(RUNTIME, swan, version, schema);
