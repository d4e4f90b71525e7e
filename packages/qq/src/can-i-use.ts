import { runtimeCanIUse, staticCanIUse } from '@sharekit/core/adapter';
import { qqFeatures } from './features';
import type { QQLike } from './types';

export interface CanIUseOptions {
  /** QQ base library version (`SDKVersion`). */
  version: string;
}

/**
 * QQ's `canIUse` at a base library version, from {@link qqFeatures}, without a runtime:
 * `canIUse('button.share-mode.recentContacts', { version: '1.15.0' }) === true`. Unknown schemas
 * are false; a malformed version throws a ShareError `invalid-version`.
 */
export const canIUse: (schema: string, options: CanIUseOptions) => boolean = /* @__PURE__ */ staticCanIUse(qqFeatures);

// Page handlers and components: the version table alone answers for them.
const RUNTIME = { table: qqFeatures, tableOnly: ['onShareAppMessage', 'button'] };

/**
 * `canIUse` for one runtime: the table at `version` and, for APIs, the function on `qq`. Other
 * schemas go to `qq.canIUse` (WeChat-compatible; UNCONFIRMED for QQ: false without it). Never throws.
 */
export const qqCanIUse = (qq: QQLike | undefined, version: string, schema: string): boolean => runtimeCanIUse(RUNTIME, qq, version, schema);
