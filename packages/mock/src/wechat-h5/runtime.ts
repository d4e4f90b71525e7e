import { compareVersion, ShareError } from '@sharekit/core';
import { schedule } from '../miniprogram/timers';
import { jsapiSignature } from './signature';
import type {
  WechatH5Callbacks,
  WechatH5Call,
  WechatH5Card,
  WechatH5Config,
  WechatH5Result,
  WechatH5Runtime,
  WechatH5RuntimeOptions,
  WechatH5Sdk,
  WechatH5Share,
  WechatH5ShareTarget,
  WechatH5State,
} from './types';

// Sources (JS-SDK guide, https://developers.weixin.qq.com/doc/offiaccount/OA_Web_Apps/JS-SDK.html,
// now https://developers.weixin.qq.com/doc/service/guide/h5/jssdk.html, and the SDK's own source
// as published in the `weixin-js-sdk` npm package):
// - wx.config is verified asynchronously; wx.ready runs after it passes ("config信息验证后会执行
//   ready方法"), wx.error when it fails (e.g. an expired signature: "对于SPA可以在这里更新签名").
// - errMsg is "<api>:<status>"; a suffix "ok" goes to success, anything else to fail, complete
//   always (the SDK's callback dispatch).
// - updateAppMessageShareData / updateTimelineShareData (JS-SDK 1.4.0+, WeChat 6.7.2+) only set
//   the card: their success means "设置成功", not that anybody shared. The user shares from the
//   ··· menu, and the page learns nothing about it.
// - "the permission value is offline verifying": config not passed, an API called outside ready,
//   or an API missing from jsApiList. "invalid url domain": the page is not on a JS安全域名.
//   "function not exist": the client is too old. (Error list of the JS-SDK guide, appendix 5.)
// - Without WeixinJSBridge (not inside WeChat) the SDK never calls any callback.

const SHARE_APIS = ['updateAppMessageShareData', 'updateTimelineShareData'] as const;
const KNOWN_APIS: readonly string[] = [...SHARE_APIS, 'checkJsApi', 'onMenuShareAppMessage', 'onMenuShareTimeline'];
const SHARE_SINCE = '6.7.2';
const OFFLINE = 'the permission value is offline verifying';

interface Host {
  location?: { href?: string };
  document?: { title?: string };
}

function invalid(detail: string): ShareError {
  return new ShareError('invalid-argument', `createWechatH5Runtime: ${detail}`);
}

function hostOf(url: string): string | undefined {
  try {
    return new URL(url).host;
  } catch {
    return undefined;
  }
}

function withoutFunctions(value: unknown): Record<string, unknown> {
  if (typeof value !== 'object' || value === null) return { value };
  const out: Record<string, unknown> = {};
  for (const [key, field] of Object.entries(value)) if (typeof field !== 'function') out[key] = field;
  return out;
}

/**
 * A simulated JS-SDK `wx` for a web page inside WeChat's browser, for apps' own tests: config
 * verification against a jsapi_ticket (or your `verify`), ready/error, the two share APIs with
 * their callbacks, checkJsApi, and a user who shares from the ··· menu. Runs in Node and browsers.
 */
export function createWechatH5Runtime(options: WechatH5RuntimeOptions = {}): WechatH5Runtime {
  const host = globalThis as unknown as Host;
  const appId = options.appId ?? 'wxsimulatedappid';
  const ticket = options.ticket ?? 'simulated-jsapi-ticket';
  let url = options.url ?? host.location?.href ?? 'https://example.com/';
  if (hostOf(url) === undefined) throw invalid(`url must be an absolute URL (got ${JSON.stringify(url)})`);
  const domains = options.domains ?? [hostOf(url) as string];
  const clientVersion = options.clientVersion ?? '8.0.50';
  compareVersion(clientVersion, SHARE_SINCE); // a malformed version throws invalid-version
  const maxAgeMs = (options.maxSignatureAgeSeconds ?? 7200) * 1000;
  const now = options.now ?? (() => Date.now());
  const latency = options.latency ?? 0;
  const bridge = options.bridge ?? true;
  const verify =
    options.verify ??
    ((input) => input.appId === appId && input.signature === jsapiSignature(ticket, input.nonceStr, input.timestamp, input.url));

  let state: WechatH5State = 'unconfigured';
  let generation = 0; // a navigation or a new config makes earlier verifications moot
  let permitted = new Set<string>();
  const readyCallbacks: Array<() => void> = [];
  const errorCallbacks: Array<(res: WechatH5Result) => void> = [];
  const calls: WechatH5Call[] = [];
  const cards: { appMessage?: WechatH5Card; timeline?: WechatH5Card } = {};
  const shares: WechatH5Share[] = [];

  const later = (callback: () => void) => {
    if (bridge) schedule(latency, callback);
  };

  function finish(api: string, callbacks: WechatH5Callbacks<never> | undefined, status: string, extra: object = {}): void {
    const res = { errMsg: `${api}:${status}`, ...extra } as WechatH5Result;
    later(() => {
      if (status === 'ok') callbacks?.success?.(res as never);
      else callbacks?.fail?.(res);
      callbacks?.complete?.(res);
    });
  }

  function configProblem(config: WechatH5Config): string | undefined {
    if (typeof config !== 'object' || config === null) return 'invalid signature';
    const page = url.split('#')[0] as string;
    if (!domains.includes(hostOf(page) as string)) return 'invalid url domain';
    const { timestamp, nonceStr, signature, jsApiList } = config;
    if (typeof config.appId !== 'string' || typeof nonceStr !== 'string' || typeof signature !== 'string') {
      return 'invalid signature';
    }
    if (typeof timestamp !== 'number' || !Number.isInteger(timestamp)) return 'invalid signature';
    if (!Array.isArray(jsApiList)) return 'invalid signature';
    const ageMs = now() - timestamp * 1000;
    if (ageMs > maxAgeMs || ageMs < -maxAgeMs) return 'invalid signature';
    return verify({ appId: config.appId, timestamp, nonceStr, signature, url: page }) ? undefined : 'invalid signature';
  }

  function fail(errMsg: string): void {
    state = 'failed';
    for (const callback of errorCallbacks) later(() => callback({ errMsg }));
  }

  function shareProblem(api: string, data: Record<string, unknown>): string | undefined {
    if (compareVersion(clientVersion, SHARE_SINCE) < 0) return 'function not exist';
    if (state !== 'ready' || !permitted.has(api)) return OFFLINE;
    if (typeof data.title !== 'string' || typeof data.link !== 'string') return 'fail, missing title or link';
    if (!domains.includes(hostOf(data.link) ?? '')) return 'fail, the link must be on a JS-SDK safe domain of the account';
    for (const field of ['desc', 'imgUrl']) {
      if (data[field] !== undefined && typeof data[field] !== 'string') return `fail, ${field} must be a string`;
    }
    return undefined;
  }

  function update(api: (typeof SHARE_APIS)[number], target: WechatH5ShareTarget, data: unknown): void {
    const args = withoutFunctions(data);
    calls.push({ api, args });
    const callbacks = (typeof data === 'object' && data !== null ? data : {}) as WechatH5Callbacks;
    const problem = shareProblem(api, args);
    if (problem !== undefined) {
      finish(api, callbacks, problem);
      return;
    }
    const card: WechatH5Card = { title: args.title as string, link: args.link as string };
    if (target === 'appMessage' && typeof args.desc === 'string') card.desc = args.desc;
    if (typeof args.imgUrl === 'string') card.imgUrl = args.imgUrl;
    cards[target] = card;
    finish(api, callbacks, 'ok');
  }

  const wx: WechatH5Sdk = {
    config(config) {
      calls.push({ api: 'config', args: withoutFunctions(config) });
      generation += 1;
      const mine = generation;
      state = 'verifying';
      const problem = configProblem(config);
      permitted = new Set(Array.isArray(config?.jsApiList) ? config.jsApiList : []);
      later(() => {
        if (mine !== generation) return;
        if (problem !== undefined) {
          fail(`config:${problem}`);
          return;
        }
        state = 'ready';
        for (const callback of readyCallbacks.splice(0)) callback();
      });
    },
    ready(callback) {
      calls.push({ api: 'ready', args: {} });
      // Registered after verification: runs at once (asynchronously), as in the SDK.
      if (state === 'ready') later(callback);
      else readyCallbacks.push(callback);
    },
    error(callback) {
      calls.push({ api: 'error', args: {} });
      errorCallbacks.push(callback);
    },
    checkJsApi(options) {
      calls.push({ api: 'checkJsApi', args: withoutFunctions(options) });
      const list = Array.isArray(options?.jsApiList) ? options.jsApiList : [];
      const supported = (api: string) =>
        KNOWN_APIS.includes(api) && (!(SHARE_APIS as readonly string[]).includes(api) || compareVersion(clientVersion, SHARE_SINCE) >= 0);
      const checkResult = Object.fromEntries(list.map((api) => [api, supported(api)]));
      finish('checkJsApi', options, 'ok', { checkResult });
    },
    updateAppMessageShareData: (data) => update('updateAppMessageShareData', 'appMessage', data),
    updateTimelineShareData: (data) => update('updateTimelineShareData', 'timeline', data),
  };

  return {
    wx,
    get state() {
      return state;
    },
    calls,
    cards,
    shares,
    get url() {
      return url;
    },
    share(target = 'appMessage') {
      const custom = cards[target];
      const card = custom ?? { title: options.title ?? host.document?.title ?? 'Simulated page', link: url.split('#')[0] as string };
      const share = { target, card: { ...card }, custom: custom !== undefined };
      shares.push(share);
      return share;
    },
    navigate(next) {
      if (hostOf(next) === undefined) throw invalid(`navigate: url must be absolute (got ${JSON.stringify(next)})`);
      const samePage = next.split('#')[0] === url.split('#')[0];
      url = next;
      // A change of fragment only keeps the config: the signature covers the URL before "#".
      if (samePage) return;
      generation += 1;
      state = 'unconfigured';
    },
    expire() {
      generation += 1;
      fail('config:invalid signature');
    },
  };
}
