import type { FeatureTable } from '@sharekit/core/adapter';

/**
 * Douyin's share surface by base library version (`tt.getSystemInfoSync().SDKVersion`), keyed by
 * `tt.canIUse` schema, from the platform's docs (platform-share-facts.md section 2):
 * - share options `from` / `channel` / `target` since 1.0.0, `webviewUrl` (lower-case v) since
 *   2.47.0: developer.open-douyin.com/docs/resource/zh-CN/mini-app/develop/api/retweet/share/share-option
 * - ShareParam (`title`, `desc`, `path`, `imageUrl`, `templateId`, `success` / `fail`): the docs
 *   give no versions, so 1.0.0: …/mini-app/develop/api/open-interface/retweet/review and
 *   …/open-interface/share/retweet; `extra` from the older "调起方法" doc (…/open-interface/video-camera/request-method)
 * - `tt.showShareMenu` / `tt.hideShareMenu` since 1.5.0, `showShareMenu`'s `menus` since 2.28.0:
 *   …/mini-app/develop/api/open-interface/retweet/tt-show-share-menu
 * - `tt.canIUse` since 1.35.0: …/mini-app/develop/api/foundation/tt-can-i-use
 * Not listed, so never answered true: `hideShareMenu`'s `menus` (UNCONFIRMED), `tt.shareAppMessage`
 * (mini games only: mini apps cannot open the share panel themselves).
 */
export const douyinFeatures: FeatureTable = {
  onShareAppMessage: { since: '1.0.0' },
  'onShareAppMessage.object.from': { since: '1.0.0' },
  'onShareAppMessage.object.channel': { since: '1.0.0' },
  'onShareAppMessage.object.target': { since: '1.0.0' },
  'onShareAppMessage.object.webviewUrl': { since: '2.47.0' },
  'onShareAppMessage.return.title': { since: '1.0.0' },
  'onShareAppMessage.return.desc': { since: '1.0.0' },
  'onShareAppMessage.return.path': { since: '1.0.0' },
  'onShareAppMessage.return.imageUrl': { since: '1.0.0' },
  'onShareAppMessage.return.templateId': { since: '1.0.0' },
  'onShareAppMessage.return.extra': { since: '1.0.0' },
  'onShareAppMessage.return.success': { since: '1.0.0' },
  'onShareAppMessage.return.fail': { since: '1.0.0' },
  showShareMenu: { since: '1.5.0' },
  'showShareMenu.object.menus': { since: '2.28.0' },
  hideShareMenu: { since: '1.5.0' },
  'button.open-type.share': { since: '1.0.0' },
  'button.data-channel': { since: '1.0.0' },
  canIUse: { since: '1.35.0' },
  'getSystemInfoSync.return.SDKVersion': { since: '1.0.0' },
};
