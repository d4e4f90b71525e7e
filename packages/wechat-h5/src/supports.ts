import type { Capability } from '@sharekit/core';
import { compareVersion } from '@sharekit/core';

/** updateAppMessageShareData / updateTimelineShareData need WeChat 6.7.2+ (and JS-SDK 1.4.0+). */
export const SHARE_APIS_SINCE = '6.7.2';
export const SHARE_APIS = ['updateAppMessageShareData', 'updateTimelineShareData'] as const;

/** Whether this WeChat client has the share APIs; unknown versions are taken as current clients. */
export function hasShareApis(version: string | undefined): boolean {
  // clientVersion() reads only digits and dots: compareVersion cannot throw on it.
  return version === undefined || compareVersion(version, SHARE_APIS_SINCE) >= 0;
}

/**
 * The portable answers inside WeChat's browser (outside it, every answer is false). Sources:
 * platform-share-facts.md 6.2.
 * - `share`, `button`: the app's own button shows the guide to WeChat's ··· menu; there is no JS
 *   API that opens WeChat's share sheet, the user must use the menu.
 * - `text`, `image`, `timeline`: the card's `desc` and `imgUrl` (Moments has no `desc`; the
 *   Moments card is `updateTimelineShareData`), from WeChat 6.7.2. Older clients share the plain
 *   page (title and URL) and have no `function` for them ("function not exist").
 * - `async`: content is pushed whenever the provider resolves, before the user opens the menu;
 *   nothing is asked for at the moment of the tap (a tap before it resolves shares the last card).
 * - `result`: false: the APIs' `success` means "设置成功" (the card was set), and WeChat tells the
 *   page nothing about shares from its menu. Every share ends `unconfirmed`.
 * - `menu`, `tickets`, `files`: false.
 */
export function wechatH5Supports(capability: Capability, inWechat: boolean, version: string | undefined): boolean {
  if (!inWechat) return false;
  switch (capability) {
    case 'share':
    case 'button':
      return true;
    case 'text':
    case 'image':
    case 'timeline':
    case 'async':
      return hasShareApis(version);
  }
  return false;
}

/** The JS-SDK's own names (`checkJsApi` style): the two share APIs, where this client has them. */
export function wechatH5CanIUse(schema: string, inWechat: boolean, version: string | undefined): boolean {
  return inWechat && (SHARE_APIS as readonly string[]).includes(schema) && hasShareApis(version);
}
