/** The simulated `wx` API: calls, results, options. */
import type { SimCall, SimLifecycleEvent, SimStatus } from '../../miniprogram';
import type { WxLaunchOptions } from './launch';
import type { ShareMenuName, WxPlatform } from './options';

/** One recorded wx call. `result` is filled in when the call settles. */
export type WxCall = SimCall;

/** One lifecycle hook the runtime fired (whether or not the app defined it). */
export type WxLifecycleEvent = SimLifecycleEvent;

/** Where the runtime is. */
export type WxRuntimeStatus = SimStatus;

/** Result object of every wx API: `errMsg` is `${api}:ok` or `${api}:fail ${detail}`. */
export interface WxResult {
  errMsg: string;
  [key: string]: unknown;
}

export interface WxCallbacks<R extends WxResult = WxResult> {
  success?(result: R): void;
  fail?(result: WxResult): void;
  complete?(result: R | WxResult): void;
}

/** A Promise (2.10.2+, no callbacks given) or nothing. */
export type WxAsyncReturn<R extends WxResult = WxResult> = Promise<R> | undefined;

export interface WxShowShareMenuOptions extends WxCallbacks {
  withShareTicket?: boolean;
  /** 2.11.3+; ignored before. */
  menus?: ShareMenuName[];
}

export interface WxHideShareMenuOptions extends WxCallbacks {
  /** 2.11.3+; ignored before (everything is hidden). */
  menus?: ShareMenuName[];
}

/** `wx.updateShareMenu` options. */
export interface WxUpdateShareMenuOptions extends WxCallbacks {
  withShareTicket?: boolean;
  /** Dynamic message (2.4.0+). */
  isUpdatableMessage?: boolean;
  activityId?: string;
  templateInfo?: Record<string, unknown>;
  /** 2.11.0+ */
  toDoActivityId?: string;
  /** 2.13.0+ */
  isPrivateMessage?: boolean;
}

export interface WxShareInfoResult extends WxResult {
  encryptedData: string;
  iv: string;
  /** Only for apps with cloud development (`cloud: true`); `getShareInfo` 2.7.0+. */
  cloudID?: string;
}

export interface WxGetShareInfoOptions extends WxCallbacks<WxShareInfoResult> {
  shareTicket: string;
  /** ms, 1.9.90+ */
  timeout?: number;
}

export interface WxAuthPrivateMessageResult extends WxResult {
  valid: boolean;
  encryptedData: string;
  iv: string;
}

export interface WxSystemInfo {
  brand: string;
  model: string;
  platform: WxPlatform;
  system: string;
  /** WeChat's own version. */
  version: string;
  language: string;
  pixelRatio: number;
  screenWidth: number;
  screenHeight: number;
  windowWidth: number;
  windowHeight: number;
  /** 1.1.0+ */
  SDKVersion?: string;
}

export interface WxAccountInfo {
  miniProgram: { appId: string; envVersion: 'develop' | 'trial' | 'release'; version: string };
}

/**
 * The simulated `wx` object. A function is present only from the base library version it appeared
 * in: check with `typeof wx.x === 'function'` exactly as on WeChat.
 */
export interface WxApi {
  getSystemInfoSync(): WxSystemInfo;
  getSystemInfo(options?: WxCallbacks<WxSystemInfo & WxResult>): WxAsyncReturn<WxSystemInfo & WxResult>;
  /** 1.1.1+ */
  canIUse?(schema: string): boolean;
  /** 1.1.0+ */
  showShareMenu?(options?: WxShowShareMenuOptions): WxAsyncReturn;
  /** 1.1.0+ */
  hideShareMenu?(options?: WxHideShareMenuOptions): WxAsyncReturn;
  /** 1.2.0+ */
  updateShareMenu?(options?: WxUpdateShareMenuOptions): WxAsyncReturn;
  /** 1.1.0+ */
  /** Callbacks only (no Promise style). Unmaintained since 2.17.3: `getGroupEnterInfo` succeeds it. */
  getShareInfo?(options: WxGetShareInfoOptions): undefined;
  /**
   * 2.10.4+, callbacks only. The group the app was entered from, no ticket needed: group tools
   * from 2.10.4, group message cards and to-dos from 2.17.3. Fails with `errCode` 40097 (wrong
   * scene) or 65206 (the user left the group).
   */
  getGroupEnterInfo?(options?: WxCallbacks<WxShareInfoResult>): undefined;
  /** 2.13.0+ */
  authPrivateMessage?(
    options: { shareTicket: string } & WxCallbacks<WxAuthPrivateMessageResult>,
  ): WxAsyncReturn<WxAuthPrivateMessageResult>;
  /** 2.14.3+ */
  showShareImageMenu?(options: { path: string } & WxCallbacks): WxAsyncReturn;
  /** 2.16.1+, from a tap only. */
  shareFileMessage?(options: { filePath: string; fileName?: string } & WxCallbacks): WxAsyncReturn;
  /** 2.16.1+, from a tap only. */
  shareVideoMessage?(options: { videoPath: string; thumbPath?: string } & WxCallbacks): WxAsyncReturn;
  /** 2.1.2+ */
  getLaunchOptionsSync?(): WxLaunchOptions;
  /** 2.9.4+ */
  getEnterOptionsSync?(): WxLaunchOptions;
  /** 2.1.2+ */
  onAppShow?(listener: (options: WxLaunchOptions) => void): void;
  offAppShow?(listener?: (options: WxLaunchOptions) => void): void;
  onAppHide?(listener: () => void): void;
  offAppHide?(listener?: () => void): void;
  /** 2.2.2+ */
  getAccountInfoSync?(): WxAccountInfo;
}
