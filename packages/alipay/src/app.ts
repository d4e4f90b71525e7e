import type { AlipayAppHooks, AlipayShare } from './types';

/**
 * The app hooks, to spread into `App({ ...shareApp(share) })`: `onLaunch` and `onShow` hand the
 * launch context to the controller; `onShareAppMessage` makes the controller's content the card
 * of every page that has no hook of its own (Alipay's app-wide default, [A2]).
 */
export function shareApp({ adapter }: Pick<AlipayShare, 'adapter'>): AlipayAppHooks {
  return { ...adapter.app };
}
