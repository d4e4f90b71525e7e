// WeChat's group APIs as documented (wx-share-facts.md): what `getGroupEnterInfo` answers for the
// chat the app was entered from, at one base library version.
import type { WxEnterChat } from './types';
import type { VersionGate } from './versions';

/** Group message cards and group to-dos answer from this version; group tools from 2.10.4. */
export const GROUP_CARDS_SINCE = '2.17.3';

/** WeChat's error codes of `getGroupEnterInfo`. */
export const WRONG_SCENE = 40097;
export const LEFT_GROUP = 65206;

export type GroupEnterAnswer = { ok: true; opengid: string } | { ok: false; errCode: number; detail: string };

/**
 * `{ opengid }` for a group entered the way this version supports, else WeChat's error. A
 * one-to-one chat is the wrong scene here: its room id is `getChatToolInfo`'s (chat-tool mode).
 */
export function groupEnterAnswer(chat: WxEnterChat | undefined, gate: VersionGate): GroupEnterAnswer {
  const wrongScene = { ok: false, errCode: WRONG_SCENE, detail: 'wrong scene' } as const;
  if (chat?.type !== 'group') return wrongScene;
  const via = chat.via ?? 'card';
  if (via !== 'tool' && !gate.atLeast(GROUP_CARDS_SINCE)) return wrongScene;
  if (chat.left === true) return { ok: false, errCode: LEFT_GROUP, detail: 'user is no longer in the group' };
  return { ok: true, opengid: chat.openGId };
}
