import type { Capability } from '@sharekit/core';

/**
 * QQ's answers to the portable questions. Conservative where QQ's mini program docs could not be
 * confirmed (platform-share-facts.md §3): no outcome callbacks (`result`), no way to wait for
 * async content (`async`), no description field (`text`); no app-started share in a mini program
 * (`qq.shareAppMessage` is mini-game only).
 */
export function qqSupports(can: (schema: string) => boolean, capability: Capability): boolean {
  switch (capability) {
    case 'button':
      return can('button.open-type.share');
    case 'menu':
      return can('showShareMenu');
    case 'image':
      return can('onShareAppMessage.return.imageUrl');
    // A menu that asks for tickets, and the API that reads the group of a launch card.
    case 'tickets':
      return can('showShareMenu.object.withShareTicket') && can('getShareInfo');
    // Qzone (分享到空间), a menu item QQ shows by default: the same card as a chat share.
    case 'timeline':
      return can('showShareMenu.object.showShareItems');
    // Stryker disable next-line ConditionalExpression: falling through returns undefined, which supportsFrom answers as false too
    default:
      return false;
  }
}
