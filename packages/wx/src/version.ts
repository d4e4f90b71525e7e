import { compareVersion } from '@sharekit/core';
import type { WxLike } from './types';

/** What WeChat's own docs say to assume when a runtime reports no version (before 1.1.0). */
export const UNKNOWN_VERSION = '1.0.0';

/**
 * The runtime's base library version: `getAppBaseInfo` (2.20.1+, where `getSystemInfoSync` is
 * deprecated) or `getSystemInfoSync`. Missing, throwing or malformed: `1.0.0`, the most
 * conservative answer, so a broken runtime gets fewer features rather than a crash.
 */
export function readVersion(wx: WxLike | undefined): string {
  try {
    const info = typeof wx?.getAppBaseInfo === 'function' ? wx.getAppBaseInfo() : wx?.getSystemInfoSync?.();
    const version = info?.SDKVersion;
    compareVersion(version as string, '0');
    return version as string;
  } catch {
    return UNKNOWN_VERSION;
  }
}
