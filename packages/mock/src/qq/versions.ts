import type { FeatureTable } from '@sharekit/core/adapter';
import { createVersionGate as createGate, type VersionGate } from '../miniprogram';

/**
 * QQ's share surface as the simulator plays it (platform-share-facts.md §3). QQ's mini program
 * pages could not be retrieved: versions are `1.0.0` ("documented, version unknown") except the
 * button's, from QQ's social-abilities page (https://w3cschool.cn/qqxiaochengxu/qqxiaochengxu-r37c37uo.html).
 * Like the adapter, the simulator has no outcome callbacks and no `promise` field (UNCONFIRMED).
 */
export const qqShareSurface: FeatureTable = {
  // http://h5.qianbao.qq.com/wiki/articleH5?id=1237 (WeChat-compatible page hook)
  onShareAppMessage: { since: '1.0.0' },
  'onShareAppMessage.return.imageUrl': { since: '1.0.0' },
  // https://docs.taro.zone/docs/apis/share/showShareMenu
  showShareMenu: { since: '1.0.0' },
  // https://q.qq.com/wiki/develop/game/API/share/qq.hideShareMenu.html
  hideShareMenu: { since: '1.0.0' },
  // https://q.qq.com/wiki/develop/game/frame/open-ability/share.html
  updateShareMenu: { since: '1.0.0' },
  getShareInfo: { since: '1.0.0' },
  'button.open-type.share': { since: '1.0.0' },
  'button.share-type': { since: '1.4.4' },
  'button.share-mode.recentContacts': { since: '1.15.0' },
};

/** The non-share APIs the simulator provides. QQ's own `canIUse` is UNCONFIRMED: not simulated. */
export const qqGeneralApis: Readonly<Record<string, string>> = {
  getSystemInfoSync: '1.0.0',
  getLaunchOptionsSync: '1.0.0',
};

export function createQQVersionGate(version: string): VersionGate {
  return createGate(version, qqShareSurface, qqGeneralApis);
}
