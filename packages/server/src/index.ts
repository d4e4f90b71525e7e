export { isShareError, ShareError, type ShareErrorCode } from '@sharekit/core';
export { type DecryptOptions, decryptOpenData, type Watermark } from './decrypt';
export {
  type ChatType,
  decryptGroupEnterInfo,
  decryptShareInfo,
  type GroupEnterInfo,
  type ShareInfoData,
} from './share-info';
