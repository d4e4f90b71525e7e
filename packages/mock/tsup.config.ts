import { defineConfig } from 'tsup';
import { packageBuild } from '../../tooling/build/tsup.mjs';

export default defineConfig(
  packageBuild({
    entry: {
      index: 'src/index.ts',
      wx: 'src/wx/index.ts',
      baidu: 'src/baidu/index.ts',
      qq: 'src/qq/index.ts',
      // The simulated Douyin mini app runtime.
      douyin: 'src/douyin/index.ts',
      alipay: 'src/alipay/index.ts',
      // Runs in browsers too: the simulated JS-SDK `wx` for pages inside WeChat's browser.
      'wechat-h5': 'src/wechat-h5/index.ts',
      // Node-only: a fake of WeChat's server API (token, jsapi_ticket) on loopback.
      'wechat-api': 'src/wechat-h5/api-server.ts',
    },
  }),
);
