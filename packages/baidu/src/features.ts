import type { FeatureTable } from '@sharekit/core/adapter';

/**
 * Baidu's share surface by base library version, keyed by `swan.canIUse` schema, from
 * `platform-share-facts.md` §4 (swan-docs snapshot of 2020-04-20). Baidu's docs give no minimum
 * version for any of these: `1.0.0` means "documented, minimum UNCONFIRMED". At run time the
 * adapter also checks that the function is really on `swan`, so a runtime without
 * `swan.openShare` says no whatever this table says.
 */
export const baiduFeatures: FeatureTable = {
  // https://smartprogram.baidu.com/docs/develop/framework/app_service_pagefunction/ (onShareAppMessage)
  onShareAppMessage: { since: '1.0.0' },
  'onShareAppMessage.object.from': { since: '1.0.0' },
  'onShareAppMessage.object.target': { since: '1.0.0' },
  // https://smartprogram.baidu.com/docs/develop/api/open/share_web-view/
  'onShareAppMessage.object.webViewUrl': { since: '1.0.0' },
  'onShareAppMessage.return.title': { since: '1.0.0' },
  'onShareAppMessage.return.content': { since: '1.0.0' },
  'onShareAppMessage.return.imageUrl': { since: '1.0.0' },
  'onShareAppMessage.return.path': { since: '1.0.0' },
  'onShareAppMessage.return.success': { since: '1.0.0' },
  'onShareAppMessage.return.fail': { since: '1.0.0' },
  'onShareAppMessage.return.complete': { since: '1.0.0' },
  // https://smartprogram.baidu.com/docs/develop/api/open/share_swan-openShare/
  openShare: { since: '1.0.0' },
  'openShare.object.title': { since: '1.0.0' },
  'openShare.object.content': { since: '1.0.0' },
  'openShare.object.imageUrl': { since: '1.0.0' },
  'openShare.object.path': { since: '1.0.0' },
  'openShare.object.success': { since: '1.0.0' },
  'openShare.object.fail': { since: '1.0.0' },
  'openShare.object.complete': { since: '1.0.0' },
  // https://smartprogram.baidu.com/docs/develop/component/formlist_button/ (open-type="share")
  'button.open-type.share': { since: '1.0.0' },
  // https://smartprogram.baidu.com/docs/develop/api/device_sys/swan-getSystemInfoSync/
  'getSystemInfoSync.return.SDKVersion': { since: '1.0.0' },
  'getSystemInfoSync.return.platform': { since: '1.0.0' },
};

/**
 * The documented bug: "基础库 1.13.43 版本 Android 手机中，点击分享面板的取消时，不会执行 fail 回调"
 * (openShare page, "Bug & Tip"). Whether other versions have it is UNCONFIRMED; the adapter
 * guards this one and the controller's present timeout guards every other.
 */
export const SILENT_CANCEL = { version: '1.13.43', os: 'android' } as const;
