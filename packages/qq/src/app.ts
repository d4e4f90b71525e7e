import type { QQAppHooks, QQShare } from './types';

/**
 * The app hooks, to spread into `App({ ...shareApp(share) })`: `onLaunch` and `onShow` hand the
 * launch context (scene, shareTicket) to the controller. An app with its own hooks calls these.
 */
export function shareApp({ adapter }: Pick<QQShare, 'adapter'>): QQAppHooks {
  return { ...adapter.app };
}
