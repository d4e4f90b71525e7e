import type { FeatureTable } from '@sharekit/core/adapter';

/**
 * WeChat's share surface by base library version, from `wx-share-facts.md`: usable when
 * `since <= version < until`; `deprecated` marks APIs that still work but are no longer maintained.
 * A flat record keyed by `canIUse` schema: the smallest shape that stays readable and tree-shakes as data.
 */
export const wxFeatures: FeatureTable = {
  onShareAppMessage: { since: '1.0.0' },
  'onShareAppMessage.object.from': { since: '1.2.4' },
  'onShareAppMessage.object.target': { since: '1.2.4' },
  'onShareAppMessage.object.webViewUrl': { since: '1.6.4' },
  'onShareAppMessage.return.title': { since: '1.0.0' },
  'onShareAppMessage.return.path': { since: '1.0.0' },
  'onShareAppMessage.return.imageUrl': { since: '1.5.0' },
  'onShareAppMessage.return.success': { since: '1.1.0', until: '2.3.0' },
  'onShareAppMessage.return.fail': { since: '1.1.0', until: '2.3.0' },
  'onShareAppMessage.return.complete': { since: '1.1.0', until: '2.3.0' },
  'onShareAppMessage.return.promise': { since: '2.12.0' },
  'shareAppMessage.success.shareTickets': { since: '1.1.0', until: '2.3.0' },
  showShareMenu: { since: '1.1.0' },
  'showShareMenu.object.withShareTicket': { since: '1.1.0' },
  'showShareMenu.object.menus': { since: '2.11.3' },
  hideShareMenu: { since: '1.1.0' },
  'hideShareMenu.object.menus': { since: '2.11.3' },
  updateShareMenu: { since: '1.2.0' },
  'updateShareMenu.object.withShareTicket': { since: '1.2.0' },
  'updateShareMenu.object.isUpdatableMessage': { since: '2.4.0' },
  'updateShareMenu.object.activityId': { since: '2.4.0' },
  'updateShareMenu.object.templateInfo': { since: '2.4.0' },
  'updateShareMenu.object.toDoActivityId': { since: '2.11.0' },
  'updateShareMenu.object.isPrivateMessage': { since: '2.13.0' },
  getShareInfo: { since: '1.1.0', deprecated: '2.17.3' },
  'getShareInfo.object.timeout': { since: '1.9.90' },
  'getShareInfo.success.cloudID': { since: '2.7.0' },
  getGroupEnterInfo: { since: '2.10.4' },
  authPrivateMessage: { since: '2.13.0' },
  'button.open-type.share': { since: '1.2.0' },
  onShareTimeline: { since: '2.11.3' },
  onAddToFavorites: { since: '2.10.3' },
  showShareImageMenu: { since: '2.14.3' },
  shareFileMessage: { since: '2.16.1' },
  shareVideoMessage: { since: '2.16.1' },
  canIUse: { since: '1.1.1' },
  'getSystemInfoSync.return.SDKVersion': { since: '1.1.0' },
};
