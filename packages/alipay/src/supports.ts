import type { Capability } from '@sharekit/core';

/**
 * Alipay's answers to the portable questions (platform-share-facts.md §0 and §1):
 * - `share`: `my.showSharePanel` (1.17.0) opens the panel from app code;
 * - `menu`: false. Alipay can hide the item (`my.hideShareMenu`, 1.7.0) but documents no way to
 *   show it again, and `menu` means both; `hideMenu()` still works where `my.hideShareMenu` exists;
 * - `text`: `desc` on every version; `result`: `success({ shareResult })` from 1.4.0;
 * - no tickets, no timeline, no files (none documented).
 */
export function alipaySupports(can: (schema: string) => boolean, capability: Capability): boolean {
  switch (capability) {
    case 'share':
      return can('showSharePanel');
    case 'button':
      return can('button.open-type.share');
    case 'image':
      return can('page.onShareAppMessage.return.imageUrl');
    case 'text':
      return can('page.onShareAppMessage.return.desc');
    case 'async':
      return can('page.onShareAppMessage.async');
    case 'result':
      return can('page.onShareAppMessage.return.success');
    // Stryker disable next-line ConditionalExpression: falling through returns undefined, which supportsFrom answers as false too
    default:
      return false;
  }
}
