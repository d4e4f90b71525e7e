export type {
  ContentProvider,
  ContentSource,
  HideMenuOptions,
  HostedShare,
  LaunchContext,
  MenuState,
  SessionState,
  Settlement,
  ShareAdapter,
  ShareContent,
  ShareController,
  ShareControllerOptions,
  ShareEvent,
  ShareFile,
  ShareFrom,
  ShareHost,
  ShareInfo,
  ShareInfoOptions,
  ShareInitiator,
  ShareListener,
  ShareMenuName,
  ShareSession,
  ShareOutcome,
  ShareState,
  ShareTrigger,
  ShowMenuOptions,
  UpdateMenuOptions,
} from './contract';
export { canIUse, type CanIUseOptions } from './can-i-use';
export { createShareController } from './controller';
export { isShareError, ShareError, toShareError, type ShareErrorCode, type ShareErrorOptions } from './errors';
export { shareFeatures, type ShareFeature } from './features';
export { initialState, transition } from './machine';
export { normalizeOutcome } from './outcome';
export { contentLimits, validateContent } from './validate';
export { checkVersion, compareVersion } from './version';
