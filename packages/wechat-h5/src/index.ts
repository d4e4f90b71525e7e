export { createWechatH5Adapter, type WechatH5Adapter, type WechatH5AdapterOptions } from './adapter';
export { linkOnOrigin, type ResolveLink } from './card';
export type { ConfigStatus } from './config';
export { isWechatBrowser } from './detect';
export { chineseGuideLabels, englishGuideLabels, type GuideLabels } from './labels';
export type { AppMessageCard, JsapiSignature, JsSdkCallbacks, JsSdkConfig, JsSdkResult, TimelineCard, WechatJsSdk } from './sdk';
