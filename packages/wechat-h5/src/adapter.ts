import { type ShareAdapter, type ShareContent, ShareError, type ShareOutcome, type ShareTrigger } from '@sharekit/core';
import { type ShareHost, type ShareSession, toShareError } from '@sharekit/core/adapter';
import { type ResolveLink, toCard } from './card';
import { type ConfigStatus, createJsapiConfig } from './config';
import { clientVersion, isWechatBrowser } from './detect';
import { DEV } from './dev';
import type { Guide } from './guide';
import type { GuideLabels } from './labels';
import type { JsapiSignature, JsSdkResult, WechatJsSdk } from './sdk';
import { hasShareApis, wechatH5CanIUse, wechatH5Supports } from './supports';

export interface WechatH5AdapterOptions {
  /** The browser window. Default: the global `window`; none during server rendering. */
  window?: Window;
  /**
   * The JS-SDK's `wx` (from `weixin-js-sdk`, `jweixin-module` or the official script): the adapter
   * downloads nothing itself.
   */
  sdk: WechatJsSdk;
  /**
   * Asks the app's server for the signature of `url` (the page URL without `#`), e.g.
   * `fetch('/api/jsapi-signature?url=' + encodeURIComponent(url)).then((r) => r.json())`.
   */
  sign: (url: string) => JsapiSignature | Promise<JsapiSignature>;
  /** Turns `content.path` into the card's absolute link. Default: the path on the page's origin. */
  resolveUrl?: ResolveLink;
  /**
   * The URL to sign. Default: the page's URL without its fragment, now. (iOS is reported to keep
   * the landing URL for signatures in single-page apps: see the README.)
   */
  pageUrl?: () => string;
  /** Texts of the guide. Default: Chinese where the browser's language is, else English. */
  labels?: Partial<GuideLabels>;
  /** Close the guide by itself after this many ms. Default 0: it stays until the user closes it. */
  timeout?: number;
  /** `wx.config({ debug: true })`: WeChat shows every call's result in an alert. Default false. */
  debug?: boolean;
}

/** The adapter for a web page inside WeChat's browser. */
export interface WechatH5Adapter extends ShareAdapter {
  readonly platform: 'wechat-h5';
  /**
   * Inside WeChat `['preset', 'app']`: content is pushed, and share() shows the guide (`['app']`
   * before WeChat 6.7.2, which has no API to push to); `['preset']` elsewhere, where nothing starts.
   */
  readonly initiation: readonly ('preset' | 'app')[];
  preset(content: ShareContent): void;
  share(content: ShareContent, trigger?: ShareTrigger, session?: ShareSession): Promise<ShareOutcome>;
  /** The page's `wx.config` now (`ready`: the cards can be set). */
  readonly status: ConfigStatus;
  /** Configure again if the page URL changed (a navigation the adapter did not see), then push the card. */
  refresh(): void;
  /** Closes the guide if it is open; its share ends `unconfirmed`. */
  closeGuide(): void;
}

const PLATFORM = 'wechat-h5';
const error = (code: string, detail: string | false, platformMessage?: string) => new ShareError(code, detail, { platform: PLATFORM, platformMessage });
const failed = (e: ShareError): ShareOutcome => ({ status: 'failed', error: e });

function checkOptions(input: unknown): WechatH5AdapterOptions {
  const o = (typeof input === 'object' && input !== null ? input : {}) as Partial<WechatH5AdapterOptions>;
  const sdk = o.sdk as Partial<WechatJsSdk> | undefined;
  const methods = ['config', 'ready', 'error', 'updateAppMessageShareData', 'updateTimelineShareData'] as const;
  if (typeof sdk !== 'object' || sdk === null || methods.some((m) => typeof sdk[m] !== 'function')) {
    throw error('invalid-argument', DEV && "createWechatH5Adapter needs { sdk }: the JS-SDK's wx (weixin-js-sdk, jweixin-module or jweixin-1.6.0.js), with config, ready, error and the share APIs of JS-SDK 1.4.0+");
  }
  if (typeof o.sign !== 'function') {
    throw error('invalid-argument', DEV && "createWechatH5Adapter needs { sign(url) }: a function that asks your server for { appId, timestamp, nonceStr, signature } (see @sharekit/server's createJsapiSigner)");
  }
  return o as WechatH5AdapterOptions;
}

/**
 * The JS-SDK adapter (platform-share-facts.md 6): signs and configures once per page URL, pushes
 * the card with `updateAppMessageShareData` / `updateTimelineShareData` when WeChat is ready and
 * whenever the content changes (initiation `preset`), and `share()` shows a guide to WeChat's ···
 * menu that ends `unconfirmed`. Outside WeChat's browser (and during server rendering) it does
 * nothing and every share is `unsupported`.
 */
export function createWechatH5Adapter(input: WechatH5AdapterOptions): WechatH5Adapter {
  const options = checkOptions(input);
  const { sdk } = options;
  const win = options.window ?? (typeof window === 'undefined' ? undefined : window);
  const inWechat = win !== undefined && isWechatBrowser(win);
  const version = inWechat ? clientVersion(win) : undefined;
  const hosts = new Set<ShareHost>();
  let latest: ShareContent | undefined;
  let guide: Guide | undefined;
  let shown = 0; // bumped by every open and closeGuide(): a guide that loads too late stays shut

  const warn = (e: ShareError) => {
    for (const host of hosts) host.warn(e);
  };

  /** Sets both cards from the latest content (config must be ready). */
  function push(): void {
    if (latest === undefined) return;
    let card: ReturnType<typeof toCard>;
    try {
      card = toCard(latest, win!, options.resolveUrl);
    } catch (e) {
      warn(toShareError(e, 'invalid-content', PLATFORM));
      return;
    }
    // success means the card was set ("设置成功"), not that anyone shared: only failures matter.
    const fail = (res: JsSdkResult) => warn(error('platform', DEV && `WeChat did not take the share card (${res?.errMsg})`, res?.errMsg));
    const { desc: _desc, ...timeline } = card;
    sdk.updateAppMessageShareData({ ...card, fail });
    sdk.updateTimelineShareData({ ...timeline, fail });
  }

  const config = createJsapiConfig({
    sdk,
    sign: options.sign,
    pageUrl: options.pageUrl ?? (() => win!.location.href.split('#')[0]!),
    debug: options.debug === true,
    onReady: push,
    onProblem: warn,
  });

  /** Configure for the page URL now (a no-op when done for it), and push when ready. */
  function sync(): void {
    // Before 6.7.2 there is nothing to configure for: no API sets a card (and no server round trip).
    if (!inWechat || !hasShareApis(version)) return;
    config.ensure();
    if (config.status === 'ready') push();
  }

  const closeGuide = () => {
    // Stryker disable next-line UpdateOperator: only a change matters (id !== shown); counting down tells opens apart as well
    shown++;
    guide?.close();
  };
  let guideChunk: Promise<typeof import('./guide')> | undefined;
  const loadGuide = () => {
    guideChunk ??= import('./guide').catch((e) => {
      guideChunk = undefined;
      throw e;
    });
    return guideChunk;
  };

  return {
    platform: PLATFORM,
    initiation: !inWechat ? ['preset'] : hasShareApis(version) ? ['preset', 'app'] : ['app'],
    supports: (capability) => wechatH5Supports(capability, inWechat, version),
    canIUse: (schema) => wechatH5CanIUse(schema, inWechat, version),
    get status() {
      return config.status;
    },
    preset(content) {
      latest = content;
      sync();
    },
    share(content, _trigger, session) {
      if (!inWechat) {
        return Promise.resolve(failed(error('unsupported', DEV && "not inside WeChat's browser: use @sharekit/web here (isWechatBrowser() picks)")));
      }
      // What share() was asked to share is the card from now on: the user shares it from the menu.
      latest = content;
      sync();
      closeGuide();
      const id = shown;
      let done = false;
      session?.onEnd(() => {
        if (!done && id === shown) closeGuide();
      });
      return loadGuide().then(
        ({ openGuide }) => {
          if (id !== shown) return { status: 'unconfirmed' } as const;
          guide = openGuide(win!, options.labels, options.timeout);
          return guide.result.then((outcome) => {
            done = true;
            return outcome;
          });
        },
        (e) => failed(error('platform', DEV && `the share guide did not load (${e}); check the network`)),
      );
    },
    connect(host) {
      hosts.add(host);
      const onNavigate = () => sync();
      // Back and forward in a single-page app; pushState is seen at the next content change (or refresh()).
      win?.addEventListener('popstate', onNavigate);
      return () => {
        hosts.delete(host);
        win?.removeEventListener('popstate', onNavigate);
      };
    },
    refresh: sync,
    closeGuide,
  };
}
