import { type DecryptOptions, type OpenData, openData, type Watermark } from './decrypt';

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

/**
 * Decrypts `wx.getShareInfo` data and checks it like `decryptOpenData`. Data without an
 * `openGId` string fails with the same `decrypt-failed` as any other decryption failure.
 */
export function decryptShareInfo(options: DecryptOptions): ShareInfoData {
  return openData(options, (data) => {
    const openGId = either(readString(data, 'openGId'), readString(data, 'opengid'));
    return typeof openGId === 'string' ? { openGId, watermark: data.watermark } : undefined;
  });
}

/**
 * Decrypts `wx.getGroupEnterInfo` data and checks it like `decryptOpenData`. Data with neither
 * id, or with a field of the wrong type, fails with the same `decrypt-failed` as any other.
 */
export function decryptGroupEnterInfo(options: DecryptOptions): GroupEnterInfo {
  return openData(options, readGroupEnterInfo);
}

function readGroupEnterInfo(data: OpenData): GroupEnterInfo | undefined {
  const openGId = either(readString(data, 'opengid'), readString(data, 'openGId'));
  const openSingleRoomId = readString(data, 'open_single_roomid');
  const groupOpenId = readString(data, 'group_openid');
  const chatType = data.chat_type;
  const badChatType = chatType !== undefined && chatType !== null && (typeof chatType !== 'number' || !Number.isInteger(chatType));
  if (openGId === WRONG || openSingleRoomId === WRONG || groupOpenId === WRONG || badChatType) return undefined;
  const fields: GroupEnterInfoFields = {
    ...(groupOpenId === undefined ? {} : { groupOpenId }),
    ...(typeof chatType === 'number' ? { chatType } : {}),
    watermark: data.watermark,
  };
  if (openGId !== undefined) {
    return { openGId, ...(openSingleRoomId === undefined ? {} : { openSingleRoomId }), ...fields };
  }
  if (openSingleRoomId !== undefined) return { openSingleRoomId, ...fields };
  return undefined;
}

/** A field of the wrong type: the data is not of the kind asked for. */
const WRONG = Symbol('wrong type');

// Absent, null and "" all mean "not sent": WeChat fills the id of the other chat kind with "".
function readString(data: Record<string, unknown>, field: string): string | undefined | typeof WRONG {
  const value = data[field];
  if (value === undefined || value === null || value === '') return undefined;
  return typeof value === 'string' ? value : WRONG;
}

/** The first id that is sent; WRONG when either spelling has the wrong type. */
function either(first: ReturnType<typeof readString>, second: ReturnType<typeof readString>): ReturnType<typeof readString> {
  return first === WRONG || second === WRONG ? WRONG : (first ?? second);
}
