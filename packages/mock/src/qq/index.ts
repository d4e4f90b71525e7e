export { createQQRuntime } from './runtime';
export { DEFAULT_SESSION_KEY, decryptSimulatedData } from '../miniprogram/crypto';
export { qqGeneralApis, qqShareSurface } from './versions';
export type {
  QQApi,
  QQButtonTarget,
  QQChoice,
  QQDeliveredCard,
  QQLaunchInput,
  QQLaunchOptions,
  QQMenuItem,
  QQMenuState,
  QQNotOpenedReason,
  QQOpenCardInput,
  QQRuntime,
  QQRuntimeOptions,
  QQShareReport,
  QQShareTap,
  QQShowInput,
  QQUser,
} from './types';
