import { runtimeCanIUse, staticCanIUse } from '@sharekit/core/adapter';
import { ASYNC_1X, alipayFeatures } from './features';
import type { MyLike } from './types';

export interface CanIUseOptions {
  /** Alipay base library version (`my.SDKVersion`). */
  version: string;
}

const ASYNC = 'page.onShareAppMessage.async';
// Async content has two ranges (1.24.13 on the 1.x line, 2.6.7 on 2.x); a table row has one.
const ASYNC_1X_TABLE = { [ASYNC]: ASYNC_1X };
const fromTable = /* @__PURE__ */ staticCanIUse(alipayFeatures);
const async1x = /* @__PURE__ */ staticCanIUse(ASYNC_1X_TABLE);

/**
 * Alipay's `canIUse` at a base library version, from {@link alipayFeatures}, without a runtime:
 * `canIUse('showSharePanel', { version: '1.17.0' }) === true`. Unknown schemas are false; a
 * malformed version throws a ShareError `invalid-version`.
 */
export const canIUse = (schema: string, options: CanIUseOptions): boolean => fromTable(schema, options) || async1x(schema, options);

// Schemas whose first segment is not a `my` function: the page handler and components.
const TABLE_ONLY = ['page', 'button'];
const RUNTIME = { table: alipayFeatures, tableOnly: TABLE_ONLY };
const RUNTIME_ASYNC_1X = { table: ASYNC_1X_TABLE, tableOnly: TABLE_ONLY };

/**
 * `canIUse` for one runtime: the version table at `version` and, for API schemas, that the
 * function is really on `my`. Schemas outside the table go to `my.canIUse`. Never throws.
 */
export const alipayCanIUse = (my: MyLike | undefined, version: string, schema: string): boolean =>
  runtimeCanIUse(RUNTIME, my, version, schema) || (schema === ASYNC && runtimeCanIUse(RUNTIME_ASYNC_1X, my, version, schema));
