export { createDouyinAdapter } from './adapter';
export { shareApp } from './app';
export { type CanIUseOptions, canIUse } from './can-i-use';
export { douyinFeatures } from './features';
export { sharePage } from './page';
export type {
  DouyinAdapter,
  DouyinAdapterOptions,
  DouyinAppHooks,
  DouyinCallbackResult,
  DouyinCallbacks,
  DouyinContent,
  DouyinHideMenuOptions,
  DouyinLaunchOptions,
  DouyinMenuName,
  DouyinPageHooks,
  DouyinShare,
  DouyinShareAppMessageOption,
  DouyinShareParam,
  DouyinShareParamFields,
  DouyinShowMenuOptions,
  TtLike,
} from './types';
