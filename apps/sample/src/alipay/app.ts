// app.js of the Alipay mini program: one share controller for the whole app, over the alipay
// adapter. shareApp also sets App.onShareAppMessage, Alipay's card for pages without a hook.
import { createShareController } from '@sharekit/core';
import { createAlipayAdapter, shareApp } from '@sharekit/alipay';

const adapter = createAlipayAdapter({ my, defaults: { title: 'sharekit sample' } });
const controller = createShareController({ adapter });

App({
  ...shareApp({ adapter }),
  globalData: { share: { adapter, controller } },
  onError(error: string) {
    console.error(`sharekit sample: ${error}`);
  },
});
