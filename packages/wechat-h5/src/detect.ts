// Sources: platform-share-facts.md 6.5. The JS-SDK itself detects WeChat by "micromessenger" in the
// lower-cased user agent and reads the client version from "micromessenger/x.y.z"
// (weixin-js-sdk's index.original.js). Inside a mini program's <web-view>,
// `window.__wxjs_environment === 'miniprogram'` (compare with the string: iOS may set 'browser')
// and, from WeChat 7.0.0, the user agent says "miniProgram"; there the JS-SDK share APIs are not
// available and the hosting mini program shares (https://developers.weixin.qq.com/miniprogram/dev/component/web-view.html).
// WeCom (企业微信) also says MicroMessenger but adds "wxwork"; its JS-SDK is signed with a
// corporation's ticket (WeCom's JS-SDK signing, https://developer.work.weixin.qq.com/document/path/96909), not an
// official account's, so this adapter does not claim it.

interface Host {
  navigator?: { userAgent?: string };
  __wxjs_environment?: unknown;
}

/** The WeChat client version from the user agent (`MicroMessenger/8.0.50`), if any. */
export function clientVersion(win?: unknown): string | undefined {
  const ua = (win as Host | null | undefined)?.navigator?.userAgent;
  return typeof ua === 'string' ? /micromessenger\/(\d+(?:\.\d+)*)/i.exec(ua)?.[1] : undefined;
}

/**
 * True in WeChat's own in-app browser, where this adapter works: the user agent names
 * MicroMessenger, and the page is not in a mini program's `<web-view>` nor in WeCom. Never throws;
 * false during server rendering. `win` defaults to the global `window`.
 */
export function isWechatBrowser(win?: Window): boolean {
  // A primitive has no navigator, like a missing window (null is one): false, never a throw.
  const host = (win ?? (typeof window === 'undefined' ? undefined : window)) as Host | null | undefined;
  const ua = host?.navigator?.userAgent;
  if (typeof ua !== 'string' || !/micromessenger/i.test(ua)) return false;
  return !/miniprogram|wxwork/i.test(ua) && host!.__wxjs_environment !== 'miniprogram';
}
