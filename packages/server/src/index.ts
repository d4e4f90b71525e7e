export { isShareError, ShareError, type ShareErrorCode } from '@sharekit/core';
export { type DecryptOptions, decryptOpenData, type Watermark } from './decrypt';
export { type JsapiSigner, type JsapiSignerOptions, createJsapiSigner } from './jsapi-signer';
export { type JsapiSignature, type SignJsapiInput, signJsapi } from './jsapi-signature';
export {
  type ChatType,
  decryptGroupEnterInfo,
  decryptShareInfo,
  type GroupEnterInfo,
  type ShareInfoData,
} from './share-info';
export { createMemoryTicketStore, type TicketStore } from './ticket-store';
export type { FetchLike } from './wechat-api';
