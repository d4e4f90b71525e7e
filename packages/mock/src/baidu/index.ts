export { createBaiduRuntime } from './runtime';
export type {
  BaiduCall,
  BaiduCard,
  BaiduLaunchInput,
  BaiduLaunchOptions,
  BaiduPageInstance,
  BaiduPanelAnswer,
  BaiduPanelChoice,
  BaiduPlatform,
  BaiduRuntime,
  BaiduRuntimeOptions,
  BaiduShareReport,
  BaiduSwan,
  BaiduUser,
} from './types';
