/** `{ errMsg }` as the JS-SDK passes it to every callback: `"<api>:ok"`, `"<api>:fail..."`, `"config:invalid signature"`. */
export interface WechatH5Result {
  errMsg: string;
}

/** success/fail/complete, as every JS-SDK API takes them (`cancel` exists for the old menu APIs only). */
export interface WechatH5Callbacks<R extends WechatH5Result = WechatH5Result> {
  success?: (res: R) => void;
  fail?: (res: WechatH5Result) => void;
  complete?: (res: WechatH5Result) => void;
}

/** `wx.config(...)` (types as in `weixin-js-sdk`'s index.d.ts). */
export interface WechatH5Config {
  debug?: boolean;
  appId: string;
  timestamp: number;
  nonceStr: string;
  signature: string;
  jsApiList: string[];
  openTagList?: string[];
}

/** "分享给朋友" / "分享到QQ": `wx.updateAppMessageShareData`. */
export interface WechatH5AppMessageData extends WechatH5Callbacks {
  title: string;
  desc?: string;
  link: string;
  imgUrl?: string;
}

/** "分享到朋友圈" / "分享到QQ空间": `wx.updateTimelineShareData` (no `desc`). */
export interface WechatH5TimelineData extends WechatH5Callbacks {
  title: string;
  link: string;
  imgUrl?: string;
}

export interface WechatH5CheckJsApiResult extends WechatH5Result {
  checkResult: Record<string, boolean>;
}

/** The subset of the JS-SDK `wx` object sharekit uses, simulated. */
export interface WechatH5Sdk {
  config(config: WechatH5Config): void;
  ready(callback: () => void): void;
  error(callback: (res: WechatH5Result) => void): void;
  checkJsApi(options: { jsApiList: string[] } & WechatH5Callbacks<WechatH5CheckJsApiResult>): void;
  updateAppMessageShareData(data: WechatH5AppMessageData): void;
  updateTimelineShareData(data: WechatH5TimelineData): void;
}

/** The card as the share APIs set it (callbacks dropped). */
export interface WechatH5Card {
  title: string;
  desc?: string;
  link: string;
  imgUrl?: string;
}

/** Where the user shares from WeChat's ··· menu. */
export type WechatH5ShareTarget = 'appMessage' | 'timeline';

/** What the user shared: WeChat tells the page nothing about it. */
export interface WechatH5Share {
  target: WechatH5ShareTarget;
  /** The card set by the last successful update for that target, or WeChat's default: the page's title and URL. */
  card: WechatH5Card;
  /** False when no update had succeeded: the plain link WeChat shares without JS-SDK data. */
  custom: boolean;
}

export interface WechatH5Call {
  api: keyof WechatH5Sdk;
  /** The argument, with functions removed. */
  args: Record<string, unknown>;
}

export type WechatH5State = 'unconfigured' | 'verifying' | 'ready' | 'failed';

export interface WechatH5VerifyInput {
  appId: string;
  timestamp: number;
  nonceStr: string;
  signature: string;
  /** The page URL without its fragment. */
  url: string;
}

export interface WechatH5RuntimeOptions {
  /** The official account's AppID that the config must name. Default `wxsimulatedappid`. */
  appId?: string;
  /** The jsapi_ticket signatures are checked against. Default `simulated-jsapi-ticket`. */
  ticket?: string;
  /** Replaces the ticket check: true when the signature is valid. */
  verify?: (input: WechatH5VerifyInput) => boolean;
  /** The page URL. Default: `location.href` when there is a `location`, else `https://example.com/`. */
  url?: string;
  /** The page title WeChat's default card uses. Default `document.title`, else `Simulated page`. */
  title?: string;
  /** JS安全域名: hosts a page and share links must be on. Default: the page URL's host. */
  domains?: readonly string[];
  /** WeChat client version: the share APIs need 6.7.2+. Default `8.0.50`. */
  clientVersion?: string;
  /** How old a config's timestamp may be, in seconds, before it is an invalid signature. Default 7200. */
  maxSignatureAgeSeconds?: number;
  /** The current time in milliseconds. Default `Date.now`. */
  now?: () => number;
  /** Delay before config is verified and before each callback, in ms. Default 0 (a microtask). */
  latency?: number;
  /** False: outside WeChat (no WeixinJSBridge): calls are recorded, no callback ever runs. Default true. */
  bridge?: boolean;
}

export interface WechatH5Runtime {
  /** Pass it to the app as the JS-SDK `wx`. */
  readonly wx: WechatH5Sdk;
  readonly state: WechatH5State;
  /** Every call made on `wx`, in order. */
  readonly calls: readonly WechatH5Call[];
  /** The cards set so far for each target (the last successful update). */
  readonly cards: { readonly appMessage?: WechatH5Card; readonly timeline?: WechatH5Card };
  /** Everything the user shared through `share()`. */
  readonly shares: readonly WechatH5Share[];
  /** The page URL now. */
  readonly url: string;
  /** The user shares from the ··· menu. Nothing is reported to the page (no callback, no event). */
  share(target?: WechatH5ShareTarget): WechatH5Share;
  /** A single-page-app navigation: the config no longer applies; the page must call `wx.config` again for the new URL. */
  navigate(url: string): void;
  /** The signature expires (a page left open too long): `wx.error` runs with `config:invalid signature`, share APIs fail until a new config. */
  expire(): void;
}
