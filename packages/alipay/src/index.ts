export { createAlipayAdapter } from './adapter';
export { alipayFeatures } from './features';
export { shareApp } from './app';
export { type CanIUseOptions, canIUse } from './can-i-use';
export { sharePage } from './page';
export type {
  AlipayAdapter,
  AlipayAdapterOptions,
  AlipayAppHooks,
  AlipayContent,
  AlipayLaunchOptions,
  AlipayPageHooks,
  AlipayShare,
  AlipayShareAppMessageContent,
  AlipayShareAppMessageFields,
  AlipayShareAppMessageOption,
  AlipayShareResult,
  MyFailure,
  MyLike,
} from './types';
