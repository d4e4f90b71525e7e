// A fresh native mini program as a new developer writes it from packages/wx/README.md: plain
// CommonJS, no bundler, `<button open-type="share">` on its only page. Only `@sharekit/wx` is
// listed in package.json; `@sharekit/core` comes with it.

export const APP_ID = 'wx0123456789abcdef';
export const PAGE = 'pages/index/index';

export function freshApp(libVersion: string, wxTarball: string): Record<string, string> {
  return {
    'package.json': JSON.stringify({ name: 'fresh-mini-program', version: '1.0.0', private: true, dependencies: { '@sharekit/wx': `file:${wxTarball}` } }, null, 2),
    'project.config.json': JSON.stringify(
      { appid: APP_ID, compileType: 'miniprogram', libVersion, projectname: 'fresh-mini-program', setting: { es6: false } },
      null,
      2,
    ),
    'app.json': JSON.stringify({ pages: [PAGE] }, null, 2),
    // One module holds the adapter and the controller; the app and every page require it.
    'share.js': `var core = require('@sharekit/core');
var sharekit = require('@sharekit/wx');

var adapter = sharekit.createWxAdapter({ defaults: { title: 'Fresh mini program' } });
var controller = core.createShareController({
  adapter: adapter,
  content: { title: 'Join my group', path: '/${PAGE}?from=share' }
});

module.exports = { adapter: adapter, controller: controller };
`,
    'app.js': `var sharekit = require('@sharekit/wx');
var share = require('./share.js');

var hooks = sharekit.shareApp(share);

App({
  share: share,
  onLaunch: function (options) { hooks.onLaunch(options); },
  onShow: function (options) { hooks.onShow(options); }
});
`,
    [`${PAGE}.js`]: `var sharekit = require('@sharekit/wx');
var share = require('../../share.js');

Page(Object.assign({
  onLoad: function () {
    // Share tickets tell which groups a card went to (reported below base library 2.3.0).
    share.controller.updateMenu({ withShareTicket: true }).catch(function (error) { console.error(error); });
  }
}, sharekit.sharePage(share)));
`,
    [`${PAGE}.wxml`]: '<button open-type="share">Share with your group</button>\n',
    [`${PAGE}.json`]: '{}\n',
  };
}
