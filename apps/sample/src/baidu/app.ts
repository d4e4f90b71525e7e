// app.js of the Baidu smart program: one share controller for the whole app, over the baidu adapter.
import { createShareController } from '@sharekit/core';
import { createBaiduAdapter, shareApp } from '@sharekit/baidu';

const adapter = createBaiduAdapter({ swan, defaults: { title: 'sharekit sample' } });
const controller = createShareController({ adapter });

App({
  ...shareApp({ adapter }),
  globalData: { share: { adapter, controller } },
  onError(error: string) {
    console.error(`sharekit sample: ${error}`);
  },
});
