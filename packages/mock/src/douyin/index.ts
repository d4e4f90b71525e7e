export { createDouyinRuntime } from './runtime';
export { DEFAULT_SHARE_SINCE, DOUYIN_SHARE_SURFACE } from './versions';
export type {
  DouyinButtonTarget,
  DouyinChoice,
  DouyinLaunchInput,
  DouyinLaunchOptions,
  DouyinMenuItem,
  DouyinMenuState,
  DouyinNotOpenedReason,
  DouyinRuntime,
  DouyinRuntimeOptions,
  DouyinShareCard,
  DouyinShareOption,
  DouyinShareReport,
  DouyinShareTap,
  DouyinUser,
} from './types';
