/// <reference types="@douyin-microapp/typings" />
// Compiled by `tsc -p tsconfig.types.json` (not run), with the official typings alone: the adapter
// takes the real `tt` without casts, and the helpers fit the official `Page` and `App` options.
import { createShareController } from '@sharekit/core';
import { createDouyinAdapter, shareApp, sharePage, type TtLike } from '../src/index';

// The real global `tt`.
const adapter = createDouyinAdapter({ tt, getCurrentPages, defaults: { title: 'My app' } });
const asLike: TtLike = tt;
void asLike;
createDouyinAdapter(null);

// @ts-expect-error: a member of the wrong type is no TtLike
createDouyinAdapter({ tt: { showShareMenu: 42 } });

const controller = createShareController({
  adapter,
  content: { title: 'Hello', text: 'Worth a read', path: '/pages/index/index', douyin: { templateId: 'tpl-1', extra: { videoTopics: ['a'] } } },
});
// content.douyin is typed by declaration merging.
// @ts-expect-error: templateId is a string
controller.setContent({ douyin: { templateId: 42 } });

// The menu's options are Douyin's.
void controller.showMenu({ menus: ['share'] });
// @ts-expect-error: WeChat's item names are not Douyin's
void controller.showMenu({ menus: ['shareTimeline'] });

Page({ ...sharePage({ adapter, controller }) });
const share = sharePage({ adapter, controller }, (trigger) => ({ title: `from ${trigger.from} ${trigger.channel ?? ''}` }));
Page({
  ...share,
  onShow() {
    share.onShow();
  },
});
// The handler by hand, with the official option type.
Page({
  onShareAppMessage(options) {
    return adapter.page.onShareAppMessage(options);
  },
});

App({ ...shareApp({ adapter }) });
const hooks = shareApp({ adapter });
App({
  onLaunch(options) {
    hooks.onLaunch(options);
  },
  onShow(options) {
    hooks.onShow(options);
  },
});
