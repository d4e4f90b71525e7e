/**
 * `@sharekit/core`: what apps use. Adapter authors also import `@sharekit/core/adapter`.
 */
export type { ShareAdapter } from './contract/adapter';
export type { Capability, ShareInitiation } from './contract/capability';
export type { ContentProvider, ContentSource, ShareContent, ShareFile, ShareFrom, ShareTrigger } from './contract/content';
export type { MenuOptionsOf, ShareController, ShareControllerOptions, ShareListener } from './contract/controller';
export type { LaunchContext, ShareInfo, ShareInfoOptions } from './contract/launch';
export type { MenuState } from './contract/menu';
export type { ShareOutcome } from './contract/outcome';
export type { SessionState, Settlement, ShareEvent, ShareState } from './contract/state';
export { createShareController } from './controller/controller';
export { isShareError, ShareError, type ShareErrorCode, type ShareErrorOptions } from './errors';
export { compareVersion } from './version';
