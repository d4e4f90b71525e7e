import { featureRow, runtimeCanIUse, staticCanIUse } from '@sharekit/core/adapter';
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
export const canIUse: (schema: string, options: CanIUseOptions) => boolean = /* @__PURE__ */ staticCanIUse(douyinFeatures);

// Schemas whose first segment is not a tt function: the page handler and components.
const RUNTIME = { table: douyinFeatures, tableOnly: ['onShareAppMessage', 'button'] };

export const inTable = (schema: string) => featureRow(douyinFeatures, schema) !== undefined;

/**
 * `canIUse` for one runtime: the version table at `version` and, for API schemas, that the
 * function is really on `tt`. Schemas outside the table go to `tt.canIUse`, which exists from
 * 1.35.0 (the table's `canIUse` row; below that: false). Never throws.
 */
export const ttCanIUse = (tt: TtLike | undefined, version: string, schema: string): boolean => runtimeCanIUse(RUNTIME, tt, version, schema);
