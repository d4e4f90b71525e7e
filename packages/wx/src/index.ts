export { createWxAdapter } from './adapter';
export { shareApp } from './app';
export { type CanIUseOptions, canIUse } from './can-i-use';
export { wxFeatures } from './features';
export { type SharePageOptions, sharePage } from './page';
export type {
  WxAdapter,
  WxAdapterOptions,
  WxAppHooks,
  WxCallbackResult,
  WxCallbacks,
  WxContent,
  WxHideMenuOptions,
  WxLaunchOptions,
  WxLike,
  WxMenuName,
  WxPageHooks,
  WxShare,
  WxShareAppMessageContent,
  WxShareAppMessageFields,
  WxShareAppMessageOption,
  WxShareInfoResult,
  WxShareTimelineContent,
  WxShowMenuOptions,
  WxUpdateMenuOptions,
} from './types';
