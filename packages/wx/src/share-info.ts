// WeChat's group APIs (wx-share-facts.md): `getShareInfo` turns a launch ticket into the group;
// its successor `getGroupEnterInfo` (2.10.4+) reads the group of the current launch with no
// ticket: from 2.10.4 for group tools only, from 2.17.3 also for group message cards and to-dos.
import { compareVersion, isShareError, ShareError, type ShareInfo, type ShareInfoOptions } from '@sharekit/core';
import { type Calls, NO_ANSWER_MS, platformFailure } from '@sharekit/core/adapter';
import type { WxShareInfoResult } from './types';
import { DEV } from './dev';

const PLATFORM = 'wx';

/** From this version `getGroupEnterInfo` reads group message cards and to-dos (group tools: 2.10.4). */
export const GROUP_CARDS_SINCE = '2.17.3';
/** WeChat's `getGroupEnterInfo` error codes. */
const WRONG_SCENE = 40097;
const LEFT_GROUP = 65206;

/** What the adapter knows of its runtime. */
export interface WxRuntimeView {
  version(): string;
  can(schema: string): boolean;
  /** The current connection's calls: its disconnect ends them (and their timers) at once. */
  calls: Calls;
}

/** WeChat's error code in a fail result (`errCode`, `errno` or `err_code`, number or string), or in its errMsg. */
function errorCode(result: unknown, errMsg: string | undefined): number | undefined {
  const r = (result ?? {}) as Record<string, unknown>;
  for (const key of ['errCode', 'errno', 'err_code']) {
    const code = Number(r[key]);
    if (Number.isInteger(code) && code !== 0) return code;
  }
  const inMessage = /\b(40097|65206)\b/.exec(errMsg ?? '');
  return inMessage ? Number(inMessage[1]) : undefined;
}

/** A failed `getGroupEnterInfo` in sharekit's terms: the wrong scene is "no group to read". */
function groupEnterError(error: ShareError, version: string): ShareError {
  const options = { platform: PLATFORM, platformMessage: error.platformMessage, cause: error };
  const code = errorCode(error.cause, error.platformMessage);
  if (code === WRONG_SCENE) {
    return new ShareError(
      'no-ticket',
      DEV && `no group WeChat can tell for this launch at base library ${version} (getGroupEnterInfo ${WRONG_SCENE}: wrong scene); check getState().launch first`,
      options,
    );
  }
  if (code === LEFT_GROUP) return new ShareError('platform', DEV && `the user is no longer in this group (getGroupEnterInfo ${LEFT_GROUP})`, options);
  return error;
}

/**
 * Which API reads the group: `getGroupEnterInfo` where WeChat supports this launch with it (always
 * from 2.17.3; from 2.10.4 when there is no ticket, which a group tool launch has not), else
 * `getShareInfo` with the ticket.
 */
function sourceFor(rt: WxRuntimeView, ticket: string | undefined): 'getShareInfo' | 'getGroupEnterInfo' {
  const enter = rt.can('getGroupEnterInfo');
  const byTicket = ticket !== undefined && rt.calls.has('getShareInfo');
  if (enter && (!byTicket || compareVersion(rt.version(), GROUP_CARDS_SINCE) >= 0)) return 'getGroupEnterInfo';
  if (byTicket) return 'getShareInfo';
  if (ticket === undefined) {
    throw new ShareError(
      'no-ticket',
      DEV && `no share ticket, and base library ${rt.version()} has no getGroupEnterInfo (2.10.4+); check getState().launch first`,
      { platform: PLATFORM },
    );
  }
  throw new ShareError('unsupported', DEV && `share info needs wx.getShareInfo (1.1.0+); base library ${rt.version()} has no share info API`, { platform: PLATFORM });
}

/** The encrypted group of the current launch (or of `ticket`); decrypt it on the server. */
export async function readShareInfo(rt: WxRuntimeView, shareTicket: unknown, o: ShareInfoOptions): Promise<ShareInfo> {
  const ticket = typeof shareTicket === 'string' && shareTicket !== '' ? shareTicket : undefined;
  const source = sourceFor(rt, ticket);
  const params: { shareTicket?: string; timeout?: number } = {};
  if (source === 'getShareInfo') {
    params.shareTicket = ticket;
    if (o.timeout !== undefined && rt.can('getShareInfo.object.timeout')) params.timeout = o.timeout;
  }
  let result: WxShareInfoResult;
  try {
    // WeChat's own timeout comes first; ours only catches a runtime that never answers.
    result = await rt.calls.call<WxShareInfoResult>(source, params, (params.timeout ?? 0) + NO_ANSWER_MS);
  } catch (e) {
    throw source === 'getGroupEnterInfo' && isShareError(e, 'platform') ? groupEnterError(e, rt.version()) : e;
  }
  if (typeof result?.encryptedData !== 'string' || typeof result.iv !== 'string') throw platformFailure(PLATFORM, source, result);
  const info: ShareInfo = { source, encryptedData: result.encryptedData, iv: result.iv };
  if (typeof result.cloudID === 'string') info.cloudID = result.cloudID;
  return info;
}
