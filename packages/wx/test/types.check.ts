/// <reference types="miniprogram-api-typings" />
// Compiled by `tsc -p tsconfig.test.json` (not run): the adapter takes the official `wx` type
// without casts, and the helpers' results fit the official `Page` and `App` option types.
import { createShareController } from '@sharekit/core';
import { createWxAdapter, shareApp, sharePage, type WxLike } from '../src/index';

// The real global `wx` and the real `Wx` interface.
const fromGlobal = createWxAdapter({ wx });
declare const realWx: WechatMiniprogram.Wx;
const adapter = createWxAdapter({ wx: realWx, defaults: { title: 'My app' } });
const asLike: WxLike = realWx;
void asLike;
void fromGlobal;
// null options are no options.
createWxAdapter(null);

// @ts-expect-error: a member of the wrong type is no WxLike
createWxAdapter({ wx: { showShareMenu: 42 } });

const controller = createShareController({ adapter, content: { title: 'Hello', path: '/pages/index/index' } });

// Spread as it is.
Page({ ...sharePage({ adapter, controller }) });

// With page content, data and the page's own onShow calling the helper's.
const share = sharePage({ adapter, controller }, (trigger) => ({ title: `from ${trigger.from}`, path: '/pages/a/index?id=1' }));
Page({
  ...share,
  data: { canShareButton: controller.canIUse('button.open-type.share') },
  onShow() {
    share.onShow();
  },
  onLoad(query) {
    void query.id;
  },
});

// The handlers one by one, as a page that writes its own would.
Page({
  onShareAppMessage(options) {
    return adapter.page.onShareAppMessage(options);
  },
  onShareTimeline() {
    return adapter.page.onShareTimeline();
  },
});

// App: spread, and composed with the app's own hooks.
App({ ...shareApp({ adapter }), globalData: {} });
const hooks = shareApp({ adapter });
App({
  ...hooks,
  onLaunch(options) {
    hooks.onLaunch(options);
  },
  onShow(options) {
    hooks.onShow(options);
  },
});

// `Page({...})` infers custom members loosely, so also check against the lifetime types directly.
const pageOptions: Partial<WechatMiniprogram.Page.ILifetime> = share;
const appOptions: Partial<WechatMiniprogram.App.Option> = hooks;
void pageOptions;
void appOptions;
// The checks bite: a handler returning a number is not a share handler.
// @ts-expect-error
const wrong: Partial<WechatMiniprogram.Page.ILifetime> = { onShareAppMessage: () => 42 };
void wrong;
