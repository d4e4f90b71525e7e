import type { FeatureTable } from '@sharekit/core/adapter';

/**
 * QQ's share surface by base library version, from `platform-share-facts.md` §3. QQ's mini
 * program pages could not be retrieved: rows without a documented version say `1.0.0` and mean
 * "documented, version unknown"; for APIs the runtime check (the function is on `qq`) decides.
 * Conservative: what QQ does not document is absent (async content, outcome callbacks).
 */
export const qqFeatures: FeatureTable = {
  // WeChat-compatible page hook: http://h5.qianbao.qq.com/wiki/articleH5?id=1237
  onShareAppMessage: { since: '1.0.0' },
  'onShareAppMessage.object.from': { since: '1.0.0' },
  'onShareAppMessage.object.target': { since: '1.0.0' },
  'onShareAppMessage.return.title': { since: '1.0.0' },
  'onShareAppMessage.return.path': { since: '1.0.0' },
  'onShareAppMessage.return.imageUrl': { since: '1.0.0' },
  // https://docs.taro.zone/docs/apis/share/showShareMenu (Taro's QQ typings: showShareItems)
  showShareMenu: { since: '1.0.0' },
  'showShareMenu.object.showShareItems': { since: '1.0.0' },
  'showShareMenu.object.withShareTicket': { since: '1.0.0' },
  // https://q.qq.com/wiki/develop/game/API/share/qq.hideShareMenu.html
  hideShareMenu: { since: '1.0.0' },
  'hideShareMenu.object.hideShareItems': { since: '1.0.0' },
  // https://q.qq.com/wiki/develop/game/frame/open-ability/share.html (updateShareMenu, getShareInfo)
  updateShareMenu: { since: '1.0.0' },
  'updateShareMenu.object.withShareTicket': { since: '1.0.0' },
  getShareInfo: { since: '1.0.0' },
  // https://w3cschool.cn/qqxiaochengxu/qqxiaochengxu-r37c37uo.html (QQ social abilities mirror), Taro's Button typings
  'button.open-type.share': { since: '1.0.0' },
  // Bitmask, default 27; "后续将不再维护,请更新为share-mode" (deprecated from a version not given).
  'button.share-type': { since: '1.4.4' },
  'button.share-mode': { since: '1.0.0' },
  'button.share-mode.recentContacts': { since: '1.15.0' },
  'button.share-mode.quickToDialog': { since: '1.15.0' },
};
