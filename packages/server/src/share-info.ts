import { ShareError } from '@sharekit/core';
import { type DecryptOptions, decryptOpenData, type Watermark } from './decrypt';

/** `wx.getShareInfo` data, decrypted. */
export interface ShareInfoData {
  /** The group's id, stable for your mini program (WeChat: `openGId`). */
  openGId: string;
  watermark: Watermark;
}

/**
 * Chat type of `wx.getGroupEnterInfo` data: 1 WeChat one-to-one chat, 2 WeCom one-to-one chat,
 * 3 WeChat group, 4 WeCom interconnected group. Open: WeChat may add more.
 */
export type ChatType = 1 | 2 | 3 | 4 | (number & {});

interface GroupEnterInfoFields {
  /** The user's id within this chat (WeChat: `group_openid`). */
  groupOpenId?: string;
  /** WeChat: `chat_type`. */
  chatType?: ChatType;
  watermark: Watermark;
}

/**
 * `wx.getGroupEnterInfo` data, decrypted, with camel-case names. A group chat carries `openGId`
 * (WeChat: `opengid`); a one-to-one chat carries `openSingleRoomId` (WeChat: `open_single_roomid`)
 * instead, so exactly one of them is guaranteed. WeChat's empty strings become absent fields.
 */
export type GroupEnterInfo = GroupEnterInfoFields &
  ({ openGId: string; openSingleRoomId?: string } | { openGId?: undefined; openSingleRoomId: string });

/** Decrypts `wx.getShareInfo` data and checks it like `decryptOpenData`. Requires `openGId`. */
export function decryptShareInfo(options: DecryptOptions): ShareInfoData {
  const data = decryptOpenData(options);
  const openGId = readString(data, 'openGId') ?? readString(data, 'opengid');
  if (openGId === undefined) {
    throw missing('has no openGId: it is not wx.getShareInfo data (getGroupEnterInfo data goes to decryptGroupEnterInfo)');
  }
  return { openGId, watermark: data.watermark };
}

/** Decrypts `wx.getGroupEnterInfo` data and checks it like `decryptOpenData`. */
export function decryptGroupEnterInfo(options: DecryptOptions): GroupEnterInfo {
  const data = decryptOpenData(options);
  const openGId = readString(data, 'opengid') ?? readString(data, 'openGId');
  const openSingleRoomId = readString(data, 'open_single_roomid');
  const groupOpenId = readString(data, 'group_openid');
  const chatType = data.chat_type;
  if (chatType !== undefined && chatType !== null && (typeof chatType !== 'number' || !Number.isInteger(chatType))) {
    throw missing('has a chat_type that is not an integer: check what the client sent as encryptedData');
  }
  const fields: GroupEnterInfoFields = {
    ...(groupOpenId === undefined ? {} : { groupOpenId }),
    ...(typeof chatType === 'number' ? { chatType } : {}),
    watermark: data.watermark,
  };
  if (openGId !== undefined) {
    return { openGId, ...(openSingleRoomId === undefined ? {} : { openSingleRoomId }), ...fields };
  }
  if (openSingleRoomId !== undefined) return { openSingleRoomId, ...fields };
  throw missing(
    'has neither opengid nor open_single_roomid: it is not wx.getGroupEnterInfo data ' +
      '(getShareInfo data goes to decryptShareInfo)',
  );
}

// Absent, null and "" all mean "not sent": WeChat fills the id of the other chat kind with "".
function readString(data: Record<string, unknown>, field: string): string | undefined {
  const value = data[field];
  if (value === undefined || value === null || value === '') return undefined;
  if (typeof value !== 'string') {
    throw missing(`has a ${field} that is not a string: check what the client sent as encryptedData`);
  }
  return value;
}

function missing(detail: string): ShareError {
  return new ShareError('decrypt-failed', `the decrypted data ${detail}`);
}
