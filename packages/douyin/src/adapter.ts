import { type LaunchContext, type MenuState, ShareError, type ShareTrigger } from '@sharekit/core';
import {
  createMiniProgram,
  pageFinder,
  normalizeTrigger,
  pulledContent,
  readVersion,
  supportsFrom,
  validateContent,
} from '@sharekit/core/adapter';
import { inTable, ttCanIUse } from './can-i-use';
import { toShareParam } from './content';
import { douyinFeatures } from './features';
import { checkMenuOptions, hideMenu, pageMenu, showMenu } from './menu';
import { shareOutcome } from './outcome';
import { douyinSupports } from './supports';
import type { DouyinAdapter, DouyinAdapterOptions, DouyinLaunchOptions, DouyinShareAppMessageOption, DouyinShareParam, TtLike } from './types';
import { DEV } from './dev';

// The mini app's global. Declared here only: the published types never name it.
declare const tt: TtLike | undefined;
const globalTt = (): TtLike | undefined => (typeof tt === 'object' && tt !== null ? tt : undefined);

const PLATFORM = 'douyin';
const unsupported = (detail: string | false) => new ShareError('unsupported', detail, { platform: PLATFORM });

/**
 * Douyin's share options as a trigger (…/mini-app/develop/api/retweet/share/share-option): `from`
 * kept as Douyin says it (`menu`, `button`, `quick_share`, `screenshot`, …), `channel` when not
 * empty, `webviewUrl` (lower-case v, 2.47.0+) as `webViewUrl`, which Douyin sends as `""` outside
 * a web-view: dropped then.
 */
export function douyinTrigger(options: DouyinShareAppMessageOption | undefined): ShareTrigger {
  const trigger = normalizeTrigger(options);
  if (trigger.webViewUrl === '') delete trigger.webViewUrl;
  return trigger;
}

/** Douyin's launch options as a launch context: its scene is a string of digits (`"011009"`). */
export function launchContext(o: DouyinLaunchOptions | undefined): LaunchContext {
  if (typeof o !== 'object' || o === null) return {};
  // The controller keeps only well-typed fields (a number scene, a string path, an object query).
  const { scene, path, query } = o;
  const number = typeof scene === 'string' && /^\d+$/.test(scene) ? Number(scene) : scene;
  return {
    ...(Number.isFinite(number) && { scene: number as number }),
    path,
    ...(typeof query === 'object' && query !== null && { query }),
  } as LaunchContext;
}

/**
 * The sharekit adapter for Douyin (ByteDance) mini apps, composed from core's mini program
 * machinery. Shares start only from the user (menu, button, screenshot): there is no `share()`.
 * Douyin never says that the user shared, so a share ends `unconfirmed` (or `failed` when the
 * publisher could not open). Importable anywhere: with no `tt`, every call is `unsupported`.
 *
 * ```js
 * const adapter = createDouyinAdapter({ defaults: { title: 'My app' } });
 * const controller = createShareController({ adapter, content });
 * Page({ ...sharePage({ adapter, controller }) });
 * ```
 */
export function createDouyinAdapter(options: DouyinAdapterOptions | null = {}): DouyinAdapter {
  options ??= {};
  const api = options.tt === undefined ? globalTt() : (options.tt ?? undefined);
  const defaults = validateContent(options.defaults);
  let cached: string | undefined;
  // …/mini-app/develop/framework/basic-library/compatibility-description: getSystemInfoSync().SDKVersion.
  // Stryker disable next-line OptionalChaining: without them the reader throws, and readVersion takes a throwing reader as no version
  const version = () => (cached ??= readVersion([() => api?.getSystemInfoSync?.().SDKVersion]));
  const can = (schema: string) => ttCanIUse(api, version(), schema);
  const mp = createMiniProgram({
    platform: PLATFORM,
    api,
    // Messages name what the app calls: `tt.showShareMenu failed: …`.
    global: 'tt',
    page: pageFinder(options.getCurrentPages),
    initialMenu: (p) => pageMenu(p, version()),
    // Douyin reports no share result: the page showing again ends the session.
    reportsOutcome: () => false,
  });
  // The channel of the last pull: what an unreported outcome names.
  let channel: string | undefined;

  async function menuCall(name: 'showShareMenu' | 'hideShareMenu', o: object, apply: (menu: MenuState) => MenuState) {
    checkMenuOptions(name, o);
    // A missing tt.showShareMenu / hideShareMenu: the call itself rejects `unsupported`.
    for (const [key, value] of Object.entries(o)) {
      const schema = `${name}.object.${key}`;
      if (value !== undefined && inTable(schema) && !can(schema)) {
        throw unsupported(DEV && `${key} needs base library ${douyinFeatures[schema]!.since}+ (this is ${version()}); check canIUse('${schema}') first`);
      }
    }
    return mp.menu(() => mp.calls.call(name, o), apply);
  }

  function onShareAppMessage(o?: DouyinShareAppMessageOption): DouyinShareParam {
    const trigger = douyinTrigger(o);
    channel = trigger.channel;
    // One share publisher: a new pull ends a running one.
    const hosted = mp.pull(trigger, { supersede: true });
    const { now, later } = pulledContent(hosted, defaults);
    if (later) {
      mp.warn(
        new ShareError('unsupported', DEV && "async content: Douyin's docs do not say it waits for a promise; it got the defaults of createDouyinAdapter({ defaults }). Return content synchronously", {
          platform: PLATFORM,
        }),
      );
    }
    const out: DouyinShareParam = toShareParam(now);
    // A refused request (busy, disposed) is settled already: its late settle is ignored.
    if (hosted) {
      const named = trigger.channel;
      out.success = (result) => hosted.settle(shareOutcome(result, true, named));
      out.fail = (result) => hosted.settle(shareOutcome(result, false, named));
    }
    return out;
  }

  const supports = supportsFrom(douyinSupports, can);

  return {
    platform: PLATFORM,
    initiation: ['user'],
    get initialMenu() {
      return mp.currentMenu();
    },
    get version() {
      return version();
    },
    supports,
    canIUse: can,
    showMenu: (o = {}) => menuCall('showShareMenu', o, (menu) => showMenu(menu, o)),
    hideMenu: (o = {}) => menuCall('hideShareMenu', o, hideMenu),
    connect: mp.connect,
    page: {
      onShareAppMessage,
      onShow(this: unknown) {
        mp.pageShow(this, channel);
      },
    },
    app: {
      onLaunch: (o) => mp.appLaunch(launchContext(o)),
      onShow: (o) => mp.appShow(launchContext(o), channel),
    },
    destroy: mp.destroy,
  };
}
