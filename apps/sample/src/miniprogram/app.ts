// app.js of the mini program: one share controller for the whole app, over the wx adapter.
import { createShareController } from '@sharekit/core';
import { createWxAdapter, shareApp } from '@sharekit/wx';

const adapter = createWxAdapter({ wx, defaults: { title: 'sharekit sample' } });
const controller = createShareController({ adapter });

App({
  // App.onLaunch / onShow hand the launch context (scene, shareTicket) to the controller.
  ...shareApp({ adapter }),
  globalData: { share: { adapter, controller } },
  onError(error: string) {
    console.error(`sharekit sample: ${error}`);
  },
});
