// app.js of the Alipay mini program: one share controller for the whole app, over the alipay
// adapter. shareApp also sets App.onShareAppMessage, Alipay's card for pages without a hook.
import { createAlipayAdapter, shareApp } from '@sharekit/alipay';
import { articleApp } from '../shared';

const adapter = createAlipayAdapter({ my, defaults: { title: 'sharekit sample' } });
App(articleApp(adapter, shareApp({ adapter })));
