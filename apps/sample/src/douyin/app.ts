// app.js of the Douyin mini app: one share controller for the whole app, over the douyin adapter.
import { createDouyinAdapter, shareApp } from '@sharekit/douyin';
import { articleApp } from '../shared';

const adapter = createDouyinAdapter({ tt, defaults: { title: 'sharekit sample' } });
// shareApp: App.onLaunch / onShow hand the launch context (scene, path, query) to the controller.
App(articleApp(adapter, shareApp({ adapter })));
