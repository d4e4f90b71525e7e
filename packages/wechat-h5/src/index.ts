export { createWechatH5Adapter, type WechatH5Adapter, type WechatH5AdapterOptions } from './adapter';
export { linkOnOrigin, type ResolveLink } from './card';
export type { ConfigStatus } from './config';
export { isWechatBrowser } from './detect';
// Types only: the default texts live in the guide's chunk (see the README).
export type { GuideLabels } from './labels';
export type { AppMessageCard, JsapiSignature, JsSdkCallbacks, JsSdkConfig, JsSdkResult, TimelineCard, WechatJsSdk } from './sdk';
