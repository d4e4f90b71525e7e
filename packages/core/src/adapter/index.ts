/**
 * `@sharekit/core/adapter`: what adapter authors need. Apps import `@sharekit/core`.
 */
export type { HostedShare, ShareAdapter, ShareHost, ShareSession } from '../contract/adapter';
export type { Capability, ShareInitiation } from '../contract/capability';
export type { MenuConfirmation, MenuState } from '../contract/menu';
export type { RequestOptions, SessionState, Settlement, ShareEvent, ShareInitiator, ShareState } from '../contract/state';
export { canIUseAt, type FeatureRow, type FeatureTable, featureRow } from '../can-i-use-at';
export { toShareError } from '../errors';
export { initialState, transition } from '../machine';
export { normalizeOutcome } from '../outcome';
export { contentLimits, validateContent } from '../validate';
export { checkVersion } from '../version';
export { type Calls, type CallsOptions, createCalls, NO_ANSWER_MS, type PlatformFailure, platformFailure } from './calls';
export { createMiniProgram, type MiniProgram, type MiniProgramOptions, pulledContent } from './mini-program';
export { createPageMenus, type PageMenus } from './page-menus';
export { normalizeTrigger, type RawShareOptions } from './trigger';
export { pageFinder } from './page-finder';
export { pageHooks } from './page-hooks';
export { type RuntimeCanIUseOptions, runtimeCanIUse, staticCanIUse } from './runtime-can-i-use';
export { supportsFrom } from './supports-from';
export { readVersion } from './version';
