import type { WxAppHooks, WxShare } from './types';

/**
 * The app hooks, to spread into `App({ ...shareApp(share) })`: `onLaunch` and `onShow` hand the
 * launch context (scene, shareTicket) to the controller. An app with its own hooks calls these:
 *
 * ```js
 * const hooks = shareApp({ adapter });
 * App({ ...hooks, onLaunch(options) { hooks.onLaunch(options); ... } });
 * ```
 */
export function shareApp({ adapter }: Pick<WxShare, 'adapter'>): WxAppHooks {
  return { ...adapter.app };
}
