import type { FeatureTable } from '@sharekit/core/adapter';

/**
 * What the simulated `swan` has, per base library version. Baidu's docs (swan-docs, 2020-04-20)
 * give no minimum version for the share surface: it is present from 1.0.0 here, and
 * `createBaiduRuntime({ openShare: false })` simulates a runtime without `swan.openShare`.
 * https://smartprogram.baidu.com/docs/develop/framework/app_service_pagefunction/
 * https://smartprogram.baidu.com/docs/develop/api/open/share_swan-openShare/
 */
export const simulatedShareSurface: FeatureTable = {
  onShareAppMessage: { since: '1.0.0' },
  'onShareAppMessage.object.from': { since: '1.0.0' },
  'onShareAppMessage.return.success': { since: '1.0.0' },
  'onShareAppMessage.return.fail': { since: '1.0.0' },
  'onShareAppMessage.return.complete': { since: '1.0.0' },
  openShare: { since: '1.0.0' },
  'button.open-type.share': { since: '1.0.0' },
};

/** The non-share APIs the simulator provides, with the version each appeared in (not documented: 1.0.0). */
export const generalApis: Readonly<Record<string, string>> = {
  getSystemInfoSync: '1.0.0',
  canIUse: '1.0.0',
};

/**
 * The documented bug ("基础库 1.13.43 版本 Android 手机中，点击分享面板的取消时，不会执行 fail 回调",
 * openShare page, "Bug & Tip"): the default of `silentCancel`.
 */
export const SILENT_CANCEL_AT = { SDKVersion: '1.13.43', platform: 'android' } as const;
