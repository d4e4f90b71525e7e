import type { MenuState, ShareInfo } from '@sharekit/core';
import { ShareError } from '@sharekit/core';
import {
  createMiniProgram,
  normalizeTrigger,
  pageFinder,
  pulledContent,
  readVersion,
  supportsFrom,
  validateContent,
} from '@sharekit/core/adapter';
import { qqCanIUse } from './can-i-use';
import { toAppMessage } from './content';
import { DEV } from './dev';
import { checkMenuOptions, hideMenu, pageMenu, showMenu, updateMenu } from './menu';
import { readShareInfo } from './share-info';
import { qqSupports } from './supports';
import type { QQAdapter, QQAdapterOptions, QQLike, QQShareAppMessageContent, QQShareAppMessageOption } from './types';

// The mini program's global. Declared here only: the published types never name it.
declare const qq: QQLike | undefined;
const globalQQ = (): QQLike | undefined => (typeof qq === 'object' && qq !== null ? qq : undefined);

const PLATFORM = 'qq';

/**
 * The sharekit adapter for QQ mini programs, composed from core's mini program machinery. QQ's
 * mini programs are WeChat-compatible (http://h5.qianbao.qq.com/wiki/articleH5?id=1237): the page
 * hook returns `{ title, path, imageUrl }`; the menu has QQ's own items (`qq`, `qzone`,
 * `wechatFriends`, `wechatMoment`); group cards carry share tickets. QQ documents no outcome
 * callbacks for a mini program card: every share ends `unconfirmed` when the page shows again.
 * Importable anywhere: with no `qq`, every call is `unsupported`.
 *
 * ```js
 * const adapter = createQQAdapter({ defaults: { title: 'My app' } });
 * const controller = createShareController({ adapter, content });
 * Page({ ...sharePage({ adapter, controller }) });
 * ```
 */
export function createQQAdapter(options: QQAdapterOptions | null = {}): QQAdapter {
  options ??= {};
  const api = options.qq === undefined ? globalQQ() : (options.qq ?? undefined);
  const defaults = validateContent(options.defaults);
  let cached: string | undefined;
  // WeChat-compatible `getSystemInfoSync().SDKVersion` (UNCONFIRMED for QQ); `1.0.0` without it.
  // Stryker disable next-line OptionalChaining: without them the reader throws, and readVersion takes a throwing reader as no version
  const version = () => (cached ??= readVersion([() => api?.getSystemInfoSync?.().SDKVersion]));
  const can = (schema: string) => qqCanIUse(api, version(), schema);
  const mp = createMiniProgram({
    platform: PLATFORM,
    api,
    page: pageFinder(options.getCurrentPages),
    initialMenu: pageMenu,
    // No outcome callbacks documented for QQ mini programs: the page showing again ends a share.
    // Stryker disable next-line ArrowFunction: undefined is as false here
    reportsOutcome: () => false,
  });

  /**
   * Every option row QQ documents is as old as its API (1.0.0), so an option this runtime lacks
   * is the API itself missing: the call rejects `unsupported`.
   */
  async function menuCall(name: 'showShareMenu' | 'hideShareMenu' | 'updateShareMenu', o: object, apply: (menu: MenuState, o: object) => MenuState) {
    checkMenuOptions(name, o);
    return mp.menu(() => mp.calls.call(name, o), (menu) => apply(menu, o));
  }

  function onShareAppMessage(o?: QQShareAppMessageOption): QQShareAppMessageContent {
    // One share panel: a new pull ends a running one.
    const hosted = mp.pull(normalizeTrigger(o), { supersede: true });
    const { now, later } = pulledContent(hosted, defaults);
    // QQ documents no `promise` field: async content cannot reach the card.
    if (later) {
      mp.warn(
        new ShareError('unsupported', DEV && 'QQ cannot wait for async content; QQ got the defaults of createQQAdapter({ defaults }). Return content synchronously', {
          platform: PLATFORM,
        }),
      );
    }
    return toAppMessage(now);
  }

  const supports = supportsFrom(qqSupports, can);

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
    showMenu: (o = {}) => menuCall('showShareMenu', o, showMenu),
    hideMenu: (o = {}) => menuCall('hideShareMenu', o, hideMenu),
    updateMenu: (o = {}) => menuCall('updateShareMenu', o, updateMenu),
    getShareInfo: (ticket: string | undefined): Promise<ShareInfo> => readShareInfo(mp.calls, ticket),
    connect: mp.connect,
    page: {
      onShareAppMessage,
      onShow(this: unknown) {
        mp.pageShow(this);
      },
    },
    app: {
      onLaunch: (o) => mp.appLaunch(o),
      onShow: (o) => mp.appShow(o),
    },
    destroy: mp.destroy,
  };
}
