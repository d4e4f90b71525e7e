import type { Capability } from '@sharekit/core';

/**
 * Douyin's answers to the portable questions, from `canIUse` at the runtime's base library.
 * - `share`: false: "小程序的分享必须由用户触发,不能由开发者主动调用"; `tt.shareAppMessage` is for
 *   mini games only (…/mini-app/develop/tutorial/open-capabilities/general-capabilities/share).
 * - `result`: false: no documented payload says the user shared (UNCONFIRMED), so never `shared`.
 * - `async`: false: an official sample writes `async onShareAppMessage`, but no doc says Douyin
 *   waits for the promise, nor since which version (UNCONFIRMED): async content gets the defaults.
 * - `tickets`, `timeline`, `files`: none documented for mini apps.
 */
export function douyinSupports(can: (schema: string) => boolean, capability: Capability): boolean {
  switch (capability) {
    case 'button':
      return can('button.open-type.share');
    case 'menu':
      return can('showShareMenu') && can('hideShareMenu');
    // Stryker disable next-line ConditionalExpression: falling through to 'text' asks a row with the same versions (both 1.0.0, both the page hook's)
    case 'image':
      return can('onShareAppMessage.return.imageUrl');
    case 'text':
      return can('onShareAppMessage.return.desc');
    // Stryker disable next-line ConditionalExpression: falling through returns undefined, which supportsFrom answers as false too
    default:
      return false;
  }
}
