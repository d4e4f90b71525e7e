export { createWxAdapter } from './adapter';
export { shareApp } from './app';
export { type SharePageOptions, sharePage } from './page';
export type {
  WxAdapter,
  WxAdapterOptions,
  WxAppHooks,
  WxCallbackResult,
  WxCallbacks,
  WxLaunchOptions,
  WxLike,
  WxPageHooks,
  WxShare,
  WxShareAppMessageContent,
  WxShareAppMessageFields,
  WxShareAppMessageOption,
  WxShareInfoResult,
  WxShareTimelineContent,
} from './types';
