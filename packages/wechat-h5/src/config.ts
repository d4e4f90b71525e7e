import { ShareError } from '@sharekit/core';
import { toShareError } from '@sharekit/core/adapter';
import { DEV } from './dev';
import type { JsapiSignature, JsSdkResult, WechatJsSdk } from './sdk';
import { SHARE_APIS } from './supports';

/** Where the page's JS-SDK configuration stands. */
export type ConfigStatus = 'unconfigured' | 'signing' | 'verifying' | 'ready' | 'failed';

export interface JsapiConfigOptions {
  sdk: WechatJsSdk;
  sign: (url: string) => JsapiSignature | Promise<JsapiSignature>;
  /** The URL to sign now: the page URL without `#` and what follows. */
  pageUrl: () => string;
  debug: boolean;
  /** The config for the current URL passed (`wx.ready`). */
  onReady(): void;
  /** Something the app should hear about: signing failed, WeChat refused the config. */
  onProblem(error: ShareError): void;
}

export interface JsapiConfig {
  readonly status: ConfigStatus;
  /** Configures for the current URL unless that is done or under way. */
  ensure(): void;
}

const error = (code: string, detail: string | false, platformMessage?: string, cause?: unknown) =>
  new ShareError(code, detail, { platform: 'wechat-h5', platformMessage, cause });

/** A refused config, in words that say what to do (error list of the JS-SDK guide, appendix 5). */
function refused(res: JsSdkResult | undefined): ShareError {
  const errMsg = typeof res?.errMsg === 'string' ? res.errMsg : 'config:fail';
  if (/invalid url domain/.test(errMsg)) {
    return error('not-allowed', DEV && "WeChat refused wx.config: this page's domain is not a JS接口安全域名 of the official account; add it in the account's settings", errMsg);
  }
  if (/invalid signature/.test(errMsg)) {
    return error(
      'not-allowed',
      DEV && "WeChat refused the signature twice, fresh each time: sign(url) must sign exactly the URL it is given (no '#'), with the jsapi_ticket of the same appId, and return that appId, timestamp and nonceStr",
      errMsg,
    );
  }
  return error('platform', DEV && `WeChat refused wx.config (${errMsg})`, errMsg);
}

/** What sign(url) resolved to, checked: a wrong shape would only fail later, inside WeChat, with no hint. */
function checkSignature(value: unknown): JsapiSignature {
  const s = (typeof value === 'object' && value !== null ? value : {}) as Partial<JsapiSignature>;
  const ok = typeof s.appId === 'string' && s.appId !== '' && Number.isInteger(s.timestamp) && typeof s.nonceStr === 'string' && s.nonceStr !== '' && typeof s.signature === 'string' && s.signature !== '';
  if (!ok) throw error('invalid-argument', DEV && 'sign(url) must resolve to { appId, timestamp (integer seconds), nonceStr, signature }, as @sharekit/server\'s signer.sign(url) does');
  return { appId: s.appId!, timestamp: s.timestamp!, nonceStr: s.nonceStr!, signature: s.signature! };
}

/**
 * The page's `wx.config`, once per URL (platform-share-facts.md 6.1): signs the URL without its
 * fragment, configures, and waits for `wx.ready`. A new URL (a single-page-app navigation) needs a
 * new config; `wx.error` (an expired or refused signature: "对于SPA可以在这里更新签名") gets one
 * fresh signature, and a second refusal in a row is reported instead of retried forever.
 */
export function createJsapiConfig(options: JsapiConfigOptions): JsapiConfig {
  const { sdk, sign, pageUrl, debug, onReady, onProblem } = options;
  let status: ConfigStatus = 'unconfigured';
  let url: string | undefined;
  let generation = 0;
  let refusals = 0; // refusals since the last ready: one fresh signature, then give up
  let listening = false;

  function start(next: string): void {
    url = next;
    // Stryker disable next-line UpdateOperator: only a change matters (mine !== generation); counting down tells configs apart as well
    const mine = ++generation;
    status = 'signing';
    if (!listening) {
      listening = true;
      // The SDK keeps the error callback across configs (the official SDK keeps only the last one
      // registered: an app that registers its own replaces this one; see the README).
      sdk.error((res) => {
        if (status !== 'verifying' && status !== 'ready') return;
        refusals += 1;
        if (refusals < 2) {
          start(url!);
          return;
        }
        status = 'failed';
        onProblem(refused(res));
      });
    }
    Promise.resolve()
      .then(() => sign(next))
      .then(checkSignature)
      .then(
        (signature) => {
          if (mine !== generation) return;
          status = 'verifying';
          sdk.config({ debug, ...signature, jsApiList: [...SHARE_APIS] });
          // Registered after every config: the SDK runs ready callbacks once.
          sdk.ready(() => {
            if (mine !== generation) return;
            status = 'ready';
            refusals = 0;
            onReady();
          });
        },
        (e) => {
          if (mine !== generation) return;
          status = 'failed';
          onProblem(toShareError(e, 'platform', 'wechat-h5'));
        },
      );
  }

  return {
    get status() {
      return status;
    },
    ensure() {
      const next = pageUrl();
      // The same URL is configured or under way, unless it failed. Not before the first start: a
      // pageUrl() that returns undefined (from JavaScript) still signs, and hears why it failed.
      if (next === url && status !== 'unconfigured' && status !== 'failed') return;
      // A URL WeChat refused twice stays failed until the page moves on; a failed sign() is retried.
      if (next === url && refusals >= 2) return;
      refusals = next === url ? refusals : 0;
      start(next);
    },
  };
}
