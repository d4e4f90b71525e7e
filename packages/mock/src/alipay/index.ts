export { ALIPAY_MAX_PAGES, createAlipayRuntime } from './runtime';
export type {
  AlipayDelivered,
  AlipayLaunchOptions,
  AlipayMy,
  AlipayNotOpenedReason,
  AlipayPanelChoice,
  AlipayRuntime,
  AlipayRuntimeOptions,
  AlipayShareReport,
  AlipayShareTap,
  AlipayUser,
} from './types';
