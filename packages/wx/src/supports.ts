import type { Capability } from '@sharekit/core';

/**
 * WeChat's answers to the portable questions, from `canIUse` at the runtime's base library:
 * no app-started share (`share`), no description (`text`) nor files in a mini program card.
 */
export function wxSupports(can: (schema: string) => boolean, capability: Capability): boolean {
  switch (capability) {
    case 'button':
      return can('button.open-type.share');
    case 'menu':
      return can('showShareMenu');
    case 'image':
      return can('onShareAppMessage.return.imageUrl');
    case 'async':
      return can('onShareAppMessage.return.promise');
    // Result callbacks exist from 1.1.0 to 2.2.x only.
    case 'result':
      return can('onShareAppMessage.return.success');
    // A menu that asks for tickets, and an API that reads the group of a launch card.
    case 'tickets':
      return can('showShareMenu.object.withShareTicket') && (can('getShareInfo') || can('getGroupEnterInfo'));
    case 'timeline':
      return can('onShareTimeline') && can('showShareMenu.object.menus');
    // Stryker disable next-line ConditionalExpression: supportsFrom answers false for anything but true
    default:
      return false;
  }
}
