// app.js of the mini program: one share controller for the whole app, over the wx adapter.
import { createWxAdapter, shareApp } from '@sharekit/wx';
import { articleApp } from '../shared';

const adapter = createWxAdapter({ wx, defaults: { title: 'sharekit sample' } });
// shareApp: App.onLaunch / onShow hand the launch context (scene, shareTicket) to the controller.
App(articleApp(adapter, shareApp({ adapter })));
