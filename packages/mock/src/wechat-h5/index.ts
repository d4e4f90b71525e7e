export { createWechatH5Runtime } from './runtime';
export { jsapiSignature } from './signature';
export type {
  WechatH5AppMessageData,
  WechatH5Call,
  WechatH5Callbacks,
  WechatH5Card,
  WechatH5CheckJsApiResult,
  WechatH5Config,
  WechatH5Result,
  WechatH5Runtime,
  WechatH5RuntimeOptions,
  WechatH5Sdk,
  WechatH5Share,
  WechatH5ShareTarget,
  WechatH5State,
  WechatH5TimelineData,
  WechatH5VerifyInput,
} from './types';
