// app.js of the Douyin mini app: one share controller for the whole app, over the douyin adapter.
import { createShareController } from '@sharekit/core';
import { createDouyinAdapter, shareApp } from '@sharekit/douyin';

const adapter = createDouyinAdapter({ tt, defaults: { title: 'sharekit sample' } });
const controller = createShareController({ adapter });

App({
  // App.onLaunch / onShow hand the launch context (scene, path, query) to the controller.
  ...shareApp({ adapter }),
  globalData: { share: { adapter, controller } },
  onError(error: string) {
    console.error(`sharekit sample: ${error}`);
  },
});
