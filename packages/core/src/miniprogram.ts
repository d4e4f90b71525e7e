// The mini program build's one module (WeChat's npm build has no shared chunks): what apps use and
// what adapter authors use, together, so the two entries hold core's modules once.
// `require('@sharekit/core/adapter')` there is `adapter/index.js`, which re-exports this module.
export * from './index';
export {
  canIUseAt,
  checkVersion,
  contentLimits,
  createCalls,
  createMiniProgram,
  createPageMenus,
  featureRow,
  initialState,
  NO_ANSWER_MS,
  pageFinder,
  pageHooks,
  normalizeOutcome,
  normalizeTrigger,
  platformFailure,
  pulledContent,
  readVersion,
  runtimeCanIUse,
  staticCanIUse,
  supportsFrom,
  toShareError,
  transition,
  validateContent,
} from './adapter/index';
