import type { BaiduAppHooks, BaiduShare } from './types';

/**
 * The app hooks, to spread into `App({ ...shareApp(share) })`: `onLaunch` and `onShow` hand the
 * launch context to the controller. An app with its own hooks calls these from them.
 */
export function shareApp({ adapter }: Pick<BaiduShare, 'adapter'>): BaiduAppHooks {
  return { ...adapter.app };
}
