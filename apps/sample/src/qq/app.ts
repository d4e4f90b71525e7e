// app.js of the QQ mini program: one share controller for the whole app, over the qq adapter.
import { createShareController } from '@sharekit/core';
import { createQQAdapter, shareApp } from '@sharekit/qq';

const adapter = createQQAdapter({ qq, defaults: { title: 'sharekit sample' } });
const controller = createShareController({ adapter });

App({
  // App.onLaunch / onShow hand the launch context (scene, shareTicket) to the controller.
  ...shareApp({ adapter }),
  globalData: { share: { adapter, controller } },
  onError(error: string) {
    console.error(`sharekit sample: ${error}`);
  },
});
