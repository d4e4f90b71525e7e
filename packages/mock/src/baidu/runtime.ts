import { createLifecycle } from './lifecycle';
import { createSharePanel } from './share-panel';
import type { BaiduCall, BaiduRuntime, BaiduRuntimeOptions, BaiduSwan } from './types';

// The schemas this runtime's `swan.canIUse` knows: the share surface sharekit reads.
const SCHEMAS = ['onShareAppMessage', 'button.open-type.share', 'getSystemInfoSync'];

/**
 * A simulated Baidu smart program: `swan` with the share surface, App/Page lifecycle, and a user
 * who taps the menu, share buttons and answers the share panel. Runs in Node, no Baidu app needed.
 */
export function createBaiduRuntime(options: BaiduRuntimeOptions = {}): BaiduRuntime {
  const SDKVersion = options.SDKVersion ?? '3.140.1';
  const platform = options.platform ?? 'ios';
  const lifecycle = createLifecycle();
  const silentCancel = options.silentCancel ?? (SDKVersion === '1.13.43' && platform === 'android');
  const panel = createSharePanel({ lifecycle, appName: options.appName ?? 'Demo App', silentCancel });
  const calls: BaiduCall[] = [];
  const record = (api: string, args: unknown[]) => calls.push({ api, args });

  const swan: BaiduSwan = {
    getSystemInfoSync() {
      record('getSystemInfoSync', []);
      return { SDKVersion, platform, host: 'baiduboxapp' };
    },
    canIUse(schema) {
      record('canIUse', [schema]);
      return SCHEMAS.includes(schema) || (schema === 'openShare' && typeof swan.openShare === 'function');
    },
  };
  if (options.openShare !== false) {
    swan.openShare = (o) => {
      record('openShare', [o]);
      return panel.openShare(typeof o === 'object' && o !== null ? o : {});
    };
  }

  return {
    swan,
    SDKVersion,
    platform,
    App: lifecycle.App,
    Page: lifecycle.Page,
    getCurrentPages: lifecycle.pages,
    launch: (input = {}) => lifecycle.launch(input.path, { scene: input.scene ?? 1001, ...(input.shareTicket && { shareTicket: input.shareTicket }) }),
    hide: lifecycle.hide,
    show: (input = {}) => lifecycle.show({ scene: input.scene ?? 1001, ...(input.shareTicket && { shareTicket: input.shareTicket }) }),
    destroy: lifecycle.destroy,
    navigateTo: lifecycle.navigateTo,
    navigateBack: lifecycle.navigateBack,
    user: {
      tapMenuShare: (answer) => panel.tap('menu', undefined, answer),
      tapShareButton: (target, answer) => panel.tap('button', target, answer),
      answerNextOpenShare: panel.answerNextOpenShare,
    },
    get cards() {
      return [...panel.cards];
    },
    get calls() {
      return [...calls];
    },
    get events() {
      return [...lifecycle.events];
    },
    get errors() {
      return [...lifecycle.errors];
    },
    get panelOpen() {
      return panel.isOpen();
    },
  };
}
