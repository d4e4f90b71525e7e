import type { FeatureTable } from '@sharekit/core/adapter';

/**
 * Alipay's share surface by base library version, keyed in Alipay's own `my.canIUse` schema
 * language, from platform-share-facts.md §1 (AlipayDocs open-docs @ a74facf1):
 * [A1] mini/framework/小程序页面/页面运行机制.md (onShareAppMessage options and return object),
 * [A4] my.showSharePanel.md, [A5] my.hideShareMenu.md, [A6] button 按钮.md.
 * Rows Alipay gives no version for start at 1.0.0.
 */
export const alipayFeatures: FeatureTable = {
  'page.onShareAppMessage': { since: '1.0.0' },
  // [A1] lines 289–295
  'page.onShareAppMessage.object.from': { since: '1.10.0' },
  'page.onShareAppMessage.object.target': { since: '1.10.0' },
  'page.onShareAppMessage.object.webViewUrl': { since: '1.6.0' },
  // [A1] lines 297–312
  'page.onShareAppMessage.return.title': { since: '1.0.0' },
  'page.onShareAppMessage.return.desc': { since: '1.0.0' },
  'page.onShareAppMessage.return.path': { since: '1.0.0' },
  'page.onShareAppMessage.return.searchTip': { since: '1.0.0' },
  'page.onShareAppMessage.return.imageUrl': { since: '1.4.0' },
  'page.onShareAppMessage.return.content': { since: '1.7.0' },
  'page.onShareAppMessage.return.bgImgUrl': { since: '1.9.0' },
  'page.onShareAppMessage.return.scImgUrl': { since: '2.7.13' },
  'page.onShareAppMessage.return.success': { since: '1.4.0' },
  'page.onShareAppMessage.return.fail': { since: '1.4.0' },
  // [A1] line 197: a returned Promise from 1.24.13 on the 1.x line and 2.6.7 on 2.x; the 1.x
  // range is in can-i-use.ts (a row holds one range).
  'page.onShareAppMessage.async': { since: '2.6.7' },
  // [A4]
  showSharePanel: { since: '1.17.0' },
  // [A5]
  hideShareMenu: { since: '1.7.0' },
  // [A6] lines 29, 43–45
  'button.open-type.share': { since: '1.1.0' },
};

/** Async share content on the 1.x line ([A1] line 197). */
export const ASYNC_1X = { since: '1.24.13', until: '2.0.0' } as const;
