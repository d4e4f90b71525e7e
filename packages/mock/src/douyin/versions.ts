import type { FeatureTable } from '@sharekit/core/adapter';

/**
 * The simulated Douyin base library's share surface (platform-share-facts.md section 2), its own
 * table (the simulator does not read the adapter's, so the two can disagree and tests catch it):
 * - `onShareAppMessage` options: `from`, `channel`, `target` since 1.0.0; `webviewUrl` (lower-case
 *   v) since 2.47.0. developer.open-douyin.com/docs/resource/zh-CN/mini-app/develop/api/retweet/share/share-option
 * - `tt.showShareMenu` / `tt.hideShareMenu` since 1.5.0, `showShareMenu`'s `menus` since 2.28.0:
 *   …/mini-app/develop/api/open-interface/retweet/tt-show-share-menu
 * - `tt.canIUse` since 1.35.0: …/mini-app/develop/api/foundation/tt-can-i-use
 * - `tt.getSystemInfoSync` (SDKVersion): …/mini-app/develop/framework/basic-library/compatibility-description
 */
export const DOUYIN_SHARE_SURFACE: FeatureTable = {
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
  'onShareAppMessage.return.success': { since: '1.0.0' },
  'onShareAppMessage.return.fail': { since: '1.0.0' },
  showShareMenu: { since: '1.5.0' },
  'showShareMenu.object.menus': { since: '2.28.0' },
  hideShareMenu: { since: '1.5.0' },
  'button.open-type.share': { since: '1.0.0' },
  canIUse: { since: '1.35.0' },
  getSystemInfoSync: { since: '1.0.0' },
};

/**
 * From this version a page without `onShareAppMessage` still shows 分享 in its menu and shares
 * the home page with the console's defaults: …/mini-app/develop/api/retweet/logic
 */
export const DEFAULT_SHARE_SINCE = '2.91.0';
