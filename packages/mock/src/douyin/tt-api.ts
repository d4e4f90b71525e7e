import { changeTopMenu, createApiBuilder, type Lifecycle, type Outcome, type SimContext } from '../miniprogram';
import type { DouyinLaunchOptions, DouyinMenuItem, DouyinMenuState } from './types';

export interface TtApiConfig {
  SDKVersion: string;
  appName: string;
  latency: number;
}

const ITEMS: readonly DouyinMenuItem[] = ['share', 'record'];
/** `tt.showShareMenu`'s default `menus`. */
const SHOWN_BY_DEFAULT: readonly DouyinMenuItem[] = ['record', 'share'];

const union = (menu: DouyinMenuState, add: readonly DouyinMenuItem[]): DouyinMenuState => ({
  items: ITEMS.filter((item) => menu.items.includes(item) || add.includes(item)),
});

/**
 * The simulated `tt` object: only the APIs this base library has. Callback style only (Douyin
 * documents no promise style for these APIs); results are `{ errMsg: 'name:ok' }` and
 * `{ errMsg: 'name:fail detail', errNo }` (…/mini-app/develop/api/open-interface/retweet/tt-show-share-menu).
 */
export function createTtApi(ctx: SimContext, life: Lifecycle<DouyinLaunchOptions, undefined, DouyinMenuState>, config: TtApiConfig) {
  const builder = createApiBuilder(ctx, {
    latency: config.latency,
    result: (api, outcome) =>
      outcome.ok
        ? { errMsg: `${api}:ok`, ...outcome.data }
        : { errMsg: `${api}:fail ${outcome.detail}`, ...(outcome.errCode !== undefined && { errNo: outcome.errCode }) },
    returnsPromise: () => false,
  });
  const { gate } = ctx;

  builder.defineSync('getSystemInfoSync', () => ({ SDKVersion: config.SDKVersion, appName: config.appName, platform: 'devtools' }));
  // Since 1.35.0; the share table's schemas, and any API this `tt` has (…/api/foundation/tt-can-i-use).
  // Own keys only: "constructor" is no API.
  // biome-ignore lint/suspicious/noPrototypeBuiltins: see above
  const own = (schema: string) => Object.prototype.hasOwnProperty.call(builder.api, schema);
  builder.defineSync('canIUse', (schema) => typeof schema === 'string' && (gate.has(schema) || own(schema)));

  builder.defineAsync('showShareMenu', (options): Outcome => {
    let menus = SHOWN_BY_DEFAULT;
    // `menus` from 2.28.0; older libraries ignore it and show both. Invalid: the mini game page's
    // 20001 "invalid param" (the mini app page lists no codes: UNCONFIRMED).
    if (gate.has('showShareMenu.object.menus') && options.menus !== undefined) {
      const asked = options.menus;
      if (!Array.isArray(asked) || asked.some((m) => !ITEMS.includes(m as DouyinMenuItem))) return { ok: false, detail: 'invalid param', errCode: 20001 };
      menus = asked as DouyinMenuItem[];
    }
    return changeTopMenu(life, (menu) => union(menu, menus));
  });
  builder.defineAsync('hideShareMenu', () => changeTopMenu(life, () => ({ items: [] })));

  return builder.api;
}
