/** The runtime's options. */
/** The menus WeChat can show (2.11.3+). */
export type ShareMenuName = 'shareAppMessage' | 'shareTimeline';

/** What `getSystemInfoSync().platform` says. */
export type WxPlatform = 'ios' | 'android' | 'devtools';

/** Options of {@link createWxRuntime}. Every field is optional. */
export interface WxRuntimeOptions {
  /** Base library version to simulate. Default `'3.4.0'`. Malformed: ShareError `invalid-version`. */
  SDKVersion?: string;
  /** The mini program's AppID, stamped in every watermark. Default `'wxsimulatedappid'`. */
  appId?: string;
  /** `session_key`, base64 of 16 bytes; the key of every `encryptedData`. Default {@link DEFAULT_SESSION_KEY}. */
  sessionKey?: string;
  /** Default `'devtools'`. `'ios'` turns on the iOS `updateShareMenu` ticket bug. */
  platform?: WxPlatform;
  /** The mini program's name: the default share title. Default `'Simulated Mini Program'`. */
  appName?: string;
  /** How long WeChat waits for `onShareAppMessage`'s `promise` field (2.12.0+). Default 3000 ms. */
  promiseTimeout?: number;
  /**
   * Milliseconds every asynchronous wx API takes before its callbacks / Promise settle.
   * Default 0: they settle on a microtask (no fake-timer advancing needed).
   */
  latency?: number;
  /**
   * Order of the share result callbacks (below 2.3.0) and the page's `onShow` when the chat picker
   * closes. WeChat does not document it. Default `'callbacks-first'`.
   */
  resultOrder?: 'callbacks-first' | 'show-first';
  /**
   * Schemas that `wx.canIUse` wrongly answers `false` for below 2.6.2 (WeChat's data was incomplete
   * then). Default none. The functions themselves still exist.
   */
  canIUseGaps?: readonly string[];
  /**
   * The app has WeChat cloud development enabled: only then do `getShareInfo` (2.7.0+) and
   * `getGroupEnterInfo` add a `cloudID`. Default false.
   */
  cloud?: boolean;
}
