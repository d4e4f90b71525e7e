import type { FeatureTable } from '@sharekit/core/adapter';

/**
 * The simulated Alipay runtime's share surface by base library version, stated here on its own
 * (it is the oracle @sharekit/alipay is tested against, so it shares none of the adapter's data).
 * Sources: platform-share-facts.md §1, AlipayDocs open-docs @ a74facf1: [A1]
 * mini/framework/小程序页面/页面运行机制.md (page-detail), [A4] my.showSharePanel.md, [A5]
 * my.hideShareMenu.md, [A6] button 按钮.md, [A7] my.canIUse.md / my.SDKVersion.md.
 */
export const alipayShareSurface: FeatureTable = {
  'page.onShareAppMessage': { since: '1.0.0' },
  'page.onShareAppMessage.object.from': { since: '1.10.0' },
  'page.onShareAppMessage.object.target': { since: '1.10.0' },
  'page.onShareAppMessage.object.webViewUrl': { since: '1.6.0' },
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
  showSharePanel: { since: '1.17.0' },
  hideShareMenu: { since: '1.7.0' },
  'button.open-type.share': { since: '1.1.0' },
};

/** Non-share APIs the simulator provides (simulator choice: present from 1.0.0). */
export const alipayGeneralApis: Readonly<Record<string, string>> = {
  canIUse: '1.0.0',
  getSystemInfoSync: '1.0.0',
};

/** A returned Promise is waited for on the 1.x line from 1.24.13 and on 2.x from 2.6.7 ([A1] line 197). */
export function waitsForPromise(atLeast: (version: string) => boolean): boolean {
  return (atLeast('1.24.13') && !atLeast('2.0.0')) || atLeast('2.6.7');
}
