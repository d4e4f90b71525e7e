import { decryptGroupEnterInfo, decryptShareInfo, ShareError } from '@sharekit/server';

export interface GroupIdRequest {
  encryptedData: string;
  iv: string;
  /** Which wx API produced the data; default `getShareInfo`. */
  source?: 'getShareInfo' | 'getGroupEnterInfo';
}

export interface GroupIdOptions {
  appId: string;
  sessionKey: string;
  /** Share info older than this is refused (`expired`). Default 600 s. */
  maxAgeSeconds?: number;
}

/** Reads the request body of POST /api/group-id; throws a ShareError `invalid-input`. */
export function readGroupIdRequest(body: unknown): GroupIdRequest {
  const o = (typeof body === 'object' && body !== null ? body : {}) as Record<string, unknown>;
  if (typeof o.encryptedData !== 'string' || typeof o.iv !== 'string') {
    throw new ShareError('invalid-input', 'send JSON { encryptedData, iv } exactly as wx.getShareInfo returned them');
  }
  if (o.source !== undefined && o.source !== 'getShareInfo' && o.source !== 'getGroupEnterInfo') {
    throw new ShareError('invalid-input', 'source must be "getShareInfo" or "getGroupEnterInfo"');
  }
  return { encryptedData: o.encryptedData, iv: o.iv, ...(o.source !== undefined && { source: o.source }) };
}

/** Decrypts share info with the server's session key: the group id (openGId). */
export function decryptGroupId(request: GroupIdRequest, options: GroupIdOptions): string {
  const input = {
    appId: options.appId,
    sessionKey: options.sessionKey,
    encryptedData: request.encryptedData,
    iv: request.iv,
    maxAgeSeconds: options.maxAgeSeconds ?? 600,
  };
  if (request.source === 'getGroupEnterInfo') {
    const info = decryptGroupEnterInfo(input);
    if (info.openGId === undefined) {
      throw new ShareError('no-group', 'the card was opened from a one-to-one chat: there is no group id');
    }
    return info.openGId;
  }
  return decryptShareInfo(input).openGId;
}
