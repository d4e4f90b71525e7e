import { ShareError, type ShareErrorCode } from '@sharekit/core';
import type { WechatApiError } from './wechat-api';

/** access_token rejected by getticket: fetch a new one and ask again, once. */
export const TOKEN_REJECTED: ReadonlySet<number> = new Set([40001, 40014, 42001]);

const CREDENTIALS =
  'WeChat rejected the AppID / AppSecret pair: check appId and appSecret (official account platform: ' +
  'Settings and development > Basic configuration). After resetting the AppSecret, update every server that signs';

// WeChat's global return codes that need something done by a person; the rest are named by number.
// https://developers.weixin.qq.com/doc/offiaccount/Getting_Started/Global_Return_Code.html
const ADVICE: Record<number, [ShareErrorCode, string]> = {
  40001: ['not-allowed', CREDENTIALS],
  40125: ['not-allowed', CREDENTIALS],
  41004: ['not-allowed', CREDENTIALS],
  40013: ['not-allowed', 'WeChat does not know this AppID: check appId (it starts with "wx")'],
  41002: ['not-allowed', 'WeChat got no AppID: check appId'],
  40164: [
    'not-allowed',
    "this server's IP address is not on the account's IP whitelist: add the outbound IP of every server " +
      'instance (named in the platform message) under Settings and development > Basic configuration > IP whitelist',
  ],
  61004: [
    'not-allowed',
    "this server's IP address is not on the account's IP whitelist: add the outbound IP of every server instance",
  ],
  48001: [
    'not-allowed',
    'this account may not use the JS-SDK ticket API: JS-SDK sharing needs an official account with that ' +
      'permission (check the interface permissions of the account)',
  ],
  45009: [
    'platform',
    "WeChat's daily quota for this API is used up: keep the token and ticket in one store shared by every " +
      'server (createRedisTicketStore) so they are fetched once per 2 hours; the quota resets at midnight ' +
      'Beijing time (or reset it with the clear_quota API)',
  ],
  45011: [
    'platform',
    "WeChat's per-minute limit for this API is reached: share one store between all servers, and try again in a minute",
  ],
  [-1]: ['platform', 'WeChat was busy and still was after the retries: try again later'],
};

/** getticket refused even a freshly fetched token. */
export const TOKEN_REJECTED_TWICE: [ShareErrorCode, string] = [
  'not-allowed',
  'WeChat rejected a freshly fetched access_token too: something else refreshes this AppID\'s token ' +
    '(force_refresh, or another service with the same AppSecret); let one shared store hold it for every server',
];

/** The typed, secret-free ShareError for an errcode WeChat answered. */
export function wechatError(error: WechatApiError, override?: [ShareErrorCode, string]): ShareError {
  const [code, advice] = override ??
    ADVICE[error.errcode] ?? [
      'platform',
      "see WeChat's global return codes for what it means (developers.weixin.qq.com, Global_Return_Code)",
    ];
  const detail = `${error.endpoint} answered errcode ${error.errcode}: ${advice}`;
  return new ShareError(code, detail, {
    platform: 'wechat-api',
    platformMessage: `errcode ${error.errcode}${error.errmsg ? `: ${error.errmsg}` : ''}`,
  });
}
