// app.js of the QQ mini program: one share controller for the whole app, over the qq adapter.
import { createQQAdapter, shareApp } from '@sharekit/qq';
import { articleApp } from '../shared';

const adapter = createQQAdapter({ qq, defaults: { title: 'sharekit sample' } });
// shareApp: App.onLaunch / onShow hand the launch context (scene, shareTicket) to the controller.
App(articleApp(adapter, shareApp({ adapter })));
