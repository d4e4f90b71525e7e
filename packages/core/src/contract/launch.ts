/**
 * Launch contexts and share info. Types only.
 */

/** The latest launch or show context (a mini program's `App.onLaunch` / `App.onShow` options). */
export interface LaunchContext {
  /** The platform's scene number (WeChat 1044: opened from a group card that carries a ticket). */
  scene?: number;
  /** Present when opened from a group card shared with tickets. */
  shareTicket?: string;
  /** The page route the app was opened at. */
  path?: string;
  query?: Record<string, string>;
}

/** Encrypted share information; decrypt it on your server (`@sharekit/server`). */
export interface ShareInfo {
  /** Which platform API produced it: decrypt `getGroupEnterInfo` data with `decryptGroupEnterInfo`. */
  source: 'getShareInfo' | 'getGroupEnterInfo';
  encryptedData: string;
  iv: string;
  /** WeChat 2.7.0+, for cloud functions. */
  cloudID?: string;
}

/** Options of `getShareInfo`. */
export interface ShareInfoOptions {
  /** Milliseconds (WeChat 1.9.90+). */
  timeout?: number;
}
