import type { DouyinAppHooks, DouyinShare } from './types';

/**
 * The app hooks, to spread into `App({ ...shareApp(share) })`: `onLaunch` and `onShow` hand the
 * launch context (scene, path, query) to the controller and end a share Douyin does not report.
 */
export function shareApp({ adapter }: Pick<DouyinShare, 'adapter'>): DouyinAppHooks {
  return { ...adapter.app };
}
