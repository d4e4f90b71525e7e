import { sha1Hex } from './sha1';

/**
 * The JS-SDK signature as WeChat checks it (JS-SDK guide, appendix 1 "JS-SDK使用权限签名算法":
 * https://developers.weixin.qq.com/doc/offiaccount/OA_Web_Apps/JS-SDK.html): raw `key=value`
 * pairs of jsapi_ticket, noncestr, timestamp, url (without `#...`) in name order, joined with
 * `&`, SHA-1 hex. The same algorithm as `signJsapi` in `@sharekit/server`, which the tests compare.
 */
export function jsapiSignature(ticket: string, nonceStr: string, timestamp: number | string, url: string): string {
  const hash = url.indexOf('#');
  const page = hash === -1 ? url : url.slice(0, hash);
  return sha1Hex(`jsapi_ticket=${ticket}&noncestr=${nonceStr}&timestamp=${timestamp}&url=${page}`);
}
