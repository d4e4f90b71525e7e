// app.js of the Baidu smart program: one share controller for the whole app, over the baidu adapter.
import { createBaiduAdapter, shareApp } from '@sharekit/baidu';
import { articleApp } from '../shared';

const adapter = createBaiduAdapter({ swan, defaults: { title: 'sharekit sample' } });
App(articleApp(adapter, shareApp({ adapter })));
