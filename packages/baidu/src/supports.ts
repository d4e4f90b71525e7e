import type { Capability } from '@sharekit/core';

/**
 * Baidu's answers to the portable questions (platform-share-facts.md §4):
 * - `share`: `swan.openShare` opens the share panel from the app;
 * - `menu`: false, Baidu documents no showShareMenu / hideShareMenu;
 * - `text`: the card's `content`;
 * - `async`: false, Baidu documents no way for the page hook to wait (UNCONFIRMED: conservative);
 * - `result`: the `success` / `fail` callbacks of the hook and of openShare;
 * - `tickets`: false, `shareTicket` only appears in `onAppShow` and no API reads it;
 * - `timeline`, `files`: none.
 */
export function baiduSupports(can: (schema: string) => boolean, capability: Capability): boolean {
  switch (capability) {
    case 'share':
      return can('openShare');
    case 'button':
      return can('button.open-type.share');
    // Stryker disable next-line ConditionalExpression: falling through to 'text' asks a row with the same versions (Baidu's rows are all 1.0.0, the page hook's)
    case 'image':
      return can('onShareAppMessage.return.imageUrl');
    // Stryker disable next-line ConditionalExpression: falling through to 'result' asks a row with the same versions (Baidu's rows are all 1.0.0, the page hook's)
    case 'text':
      return can('onShareAppMessage.return.content');
    case 'result':
      return can('onShareAppMessage.return.success');
    // Stryker disable next-line ConditionalExpression: falling through returns undefined, which supportsFrom answers as false too
    default:
      return false;
  }
}
