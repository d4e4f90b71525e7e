/// <reference types="@mini-types/alipay" />
// Compiled by `tsc -p tsconfig.test.json` (not run): the adapter takes the official `my` of
// @mini-types/alipay without casts.
import { createShareController } from '@sharekit/core';
import { createAlipayAdapter, shareApp, sharePage, type MyLike } from '../src/index';

// The real global `my`, as the official typings declare it.
const adapter = createAlipayAdapter({ my, defaults: { title: 'My app' } });
const asLike: MyLike = my;
void asLike;
createAlipayAdapter(null);

// @ts-expect-error: a member of the wrong type is no MyLike
createAlipayAdapter({ my: { showSharePanel: 42 } });

const controller = createShareController({
  adapter,
  content: { title: 'Hello', text: 'Worth a read', path: '/pages/index/index', alipay: { bgImgUrl: 'https://example.com/bg.png' } },
});
// Alipay has no show: only hide is typed.
void controller.hideMenu();
const hooks = sharePage({ adapter, controller });
void hooks.onShareAppMessage({ from: 'code' });
void shareApp({ adapter }).onShareAppMessage;
