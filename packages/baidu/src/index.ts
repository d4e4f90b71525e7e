export { createBaiduAdapter } from './adapter';
export { shareApp } from './app';
export { type CanIUseOptions, canIUse } from './can-i-use';
export { baiduFeatures } from './features';
export { sharePage } from './page';
export type {
  BaiduAdapter,
  BaiduAdapterOptions,
  BaiduAppHooks,
  BaiduCallbackResult,
  BaiduLaunchOptions,
  BaiduLike,
  BaiduOpenShareOptions,
  BaiduPageHooks,
  BaiduShare,
  BaiduShareAppMessageContent,
  BaiduShareAppMessageOption,
  BaiduShareCallbacks,
  BaiduShareFields,
  BaiduSystemInfo,
} from './types';
