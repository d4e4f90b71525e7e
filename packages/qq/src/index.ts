export { createQQAdapter } from './adapter';
export { shareApp } from './app';
export { type CanIUseOptions, canIUse } from './can-i-use';
export { qqFeatures } from './features';
export { sharePage } from './page';
export type {
  QQAdapter,
  QQAdapterOptions,
  QQAppHooks,
  QQCallbackResult,
  QQCallbacks,
  QQHideableItem,
  QQHideMenuOptions,
  QQLaunchOptions,
  QQLike,
  QQPageHooks,
  QQShare,
  QQShareAppMessageContent,
  QQShareAppMessageOption,
  QQShareInfoResult,
  QQShareItem,
  QQShowMenuOptions,
  QQUpdateMenuOptions,
} from './types';
