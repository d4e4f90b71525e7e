/**
 * The part of the JS-SDK `wx` object the adapter uses, typed structurally: the `wx` of
 * `weixin-js-sdk` / `jweixin-module` (jweixin-1.6.0), of the official script, and of
 * `@sharekit/mock/wechat-h5` all fit. Field types follow `weixin-js-sdk`'s index.d.ts.
 */

/** `{ errMsg }` as the JS-SDK passes it to callbacks: `"<api>:ok"`, `"config:invalid signature"`. */
export interface JsSdkResult {
  errMsg: string;
}

export interface JsSdkCallbacks {
  success?: (res: JsSdkResult) => void;
  fail?: (res: JsSdkResult) => void;
  complete?: (res: JsSdkResult) => void;
}

/** What `sign(url)` resolves to: what the app's server computed for the page URL. */
export interface JsapiSignature {
  appId: string;
  /** Seconds since 1970, an integer (the SDK compares it as a number). */
  timestamp: number;
  nonceStr: string;
  /** SHA-1 hex over jsapi_ticket, noncestr, timestamp and the URL without `#` (see @sharekit/server's signJsapi). */
  signature: string;
}

export interface JsSdkConfig extends JsapiSignature {
  debug?: boolean;
  jsApiList: string[];
}

/** "分享给朋友" / "分享到QQ". */
export interface AppMessageCard extends JsSdkCallbacks {
  title: string;
  desc?: string;
  link: string;
  imgUrl?: string;
}

/** "分享到朋友圈" / "分享到QQ空间": no `desc`. */
export interface TimelineCard extends JsSdkCallbacks {
  title: string;
  link: string;
  imgUrl?: string;
}

/** The JS-SDK `wx` object (JS-SDK 1.4.0+), as much as sharekit calls. */
export interface WechatJsSdk {
  config(config: JsSdkConfig): void;
  ready(callback: () => void): void;
  error(callback: (res: JsSdkResult) => void): void;
  updateAppMessageShareData(card: AppMessageCard): void;
  updateTimelineShareData(card: TimelineCard): void;
}
