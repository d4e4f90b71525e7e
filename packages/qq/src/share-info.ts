import { ShareError, type ShareInfo } from '@sharekit/core';
import { type Calls, platformFailure } from '@sharekit/core/adapter';
import { DEV } from './dev';
import type { QQShareInfoResult } from './types';

const PLATFORM = 'qq';

/**
 * The encrypted group of a launch ticket, through `qq.getShareInfo({ shareTicket })`
 * (https://q.qq.com/wiki/develop/game/frame/open-ability/share.html); decrypt it on the server
 * (`decryptShareInfo` of @sharekit/server: QQ's scheme is WeChat's, see its README). QQ has no
 * ticket-less `getGroupEnterInfo`.
 */
export async function readShareInfo(calls: Calls, shareTicket: unknown): Promise<ShareInfo> {
  if (typeof shareTicket !== 'string' || shareTicket === '') {
    throw new ShareError('no-ticket', DEV && 'no share ticket for this launch (QQ gives one to a card shared with withShareTicket into a group); check getState().launch first', {
      platform: PLATFORM,
    });
  }
  if (!calls.has('getShareInfo')) {
    throw new ShareError('unsupported', DEV && 'qq.getShareInfo is not available in this runtime (QQ 8.0.5+ on Android, 8.0.6+ on iOS); check supports("tickets") first', {
      platform: PLATFORM,
    });
  }
  const result = await calls.call<QQShareInfoResult>('getShareInfo', { shareTicket });
  // The field names are WeChat's (UNCONFIRMED for QQ): anything else is the platform's failure.
  if (typeof result?.encryptedData !== 'string' || typeof result.iv !== 'string') throw platformFailure(PLATFORM, 'getShareInfo', result);
  return { source: 'getShareInfo', encryptedData: result.encryptedData, iv: result.iv };
}
