import { ShareError } from '@sharekit/core';
import {
  changeTopMenu,
  clearRecords,
  createApiBuilder,
  createLifecycle,
  createSimContext,
  installGlobals,
  type Lifecycle,
  optionReader,
} from '../miniprogram';
import { DEFAULT_SESSION_KEY, decodeSessionKey, encryptOpenData } from '../miniprogram/crypto';
import { createTicketStore } from '../miniprogram/tickets';
import { applyHide, applyShow, applyUpdate, initialMenu, projectMenu, type QQMenuData } from './menu';
import type { QQApi, QQLaunchOptions, QQRuntime, QQRuntimeOptions } from './types';
import { createQQUser, DEFAULT_GROUP } from './user';
import { createQQVersionGate } from './versions';

const read = optionReader('createQQRuntime');
/** QQ's page stack, as WeChat's (WeChat-compatible; UNCONFIRMED). */
const MAX_PAGES = 10;
// WeChat's scene numbers (QQ's own list is UNCONFIRMED): a card with a ticket, a group card, a chat card.
const SCENE = { default: 1001, ticket: 1044, group: 1008, single: 1007, resume: 1089 } as const;

const copyOptions = (o: QQLaunchOptions): QQLaunchOptions => ({ ...o, query: { ...o.query } });

function launchOptions(path: string, query: Record<string, string>, scene: number, shareTicket: string | undefined): QQLaunchOptions {
  const options: QQLaunchOptions = { path, query: { ...query }, scene };
  if (shareTicket !== undefined) options.shareTicket = shareTicket;
  return options;
}

/**
 * A simulated QQ mini program runtime at one base library version, on the machinery every
 * simulated mini program shares (`../miniprogram`): a `qq` object with QQ's share APIs
 * (`showShareMenu({ showShareItems, withShareTicket })`, `hideShareMenu({ hideShareItems })`,
 * `updateShareMenu`, `getShareInfo({ shareTicket })` with real AES-128-CBC open data, QQ's scheme
 * being WeChat's: https://q.qq.com/wiki/develop/game/frame/open-ability/signature.html), App/Page
 * lifecycle, per-page menus with QQ's items, and a user who taps them. Node only (`node:crypto`).
 */
export function createQQRuntime(options?: QQRuntimeOptions): QQRuntime {
  const o = read.object(options);
  const SDKVersion = o.SDKVersion ?? '1.15.0';
  const gate = createQQVersionGate(SDKVersion);
  const appId = read.nonEmpty('appId', o.appId, '1110000000');
  const appName = read.nonEmpty('appName', o.appName, 'Simulated QQ Mini Program');
  const sessionKey = o.sessionKey ?? DEFAULT_SESSION_KEY;
  const key = decodeSessionKey(sessionKey);
  const latency = read.milliseconds('latency', o.latency, 0);
  let life: Lifecycle<QQLaunchOptions, undefined, QQMenuData> | undefined;
  const ctx = Object.assign(
    createSimContext(gate, () => life?.app()),
    { appName },
  );
  const tickets = createTicketStore();
  const lifecycle = createLifecycle<QQLaunchOptions, undefined, QQMenuData>(ctx, {
    platform: 'QQ',
    maxPages: MAX_PAGES,
    initialMenu: (instance) => initialMenu(typeof instance.onShareAppMessage === 'function'),
    copyOptions,
  });
  life = lifecycle;

  // Callbacks only: QQ's promise style is UNCONFIRMED. Results are WeChat-shaped `{ errMsg }`.
  const builder = createApiBuilder(ctx, {
    latency,
    result: (api, outcome) => (outcome.ok ? { errMsg: `${api}:ok`, ...outcome.data } : { errMsg: `${api}:fail ${outcome.detail}` }),
    returnsPromise: () => false,
  });
  builder.defineSync('getSystemInfoSync', () => ({ SDKVersion, platform: 'devtools' }));
  builder.defineSync('getLaunchOptionsSync', () => {
    const launched = lifecycle.launchOptions();
    return launched && copyOptions(launched);
  });
  builder.defineAsync('showShareMenu', (opts) => changeTopMenu(lifecycle, (menu) => applyShow(menu, opts)));
  builder.defineAsync('hideShareMenu', (opts) => changeTopMenu(lifecycle, (menu) => applyHide(menu, opts)));
  builder.defineAsync('updateShareMenu', (opts) => changeTopMenu(lifecycle, (menu) => applyUpdate(menu, opts)));
  if (o.noShareTickets !== true) {
    builder.defineAsync('getShareInfo', (opts) => {
      const record = tickets.lookup(opts.shareTicket, ctx.generation);
      if (!record) return { ok: false, detail: 'invalid shareTicket' };
      // Watermark as QQ documents it (appid, timestamp): https://q.qq.com/wiki/develop/game/frame/open-ability/signature.html
      const data = { openGId: record.openGId, watermark: { appid: appId, timestamp: Math.floor(Date.now() / 1000) } };
      return { ok: true, data: { ...encryptOpenData(key, data) } };
    });
  }
  const qq = builder.api as QQApi;
  const user = createQQUser(ctx, lifecycle);

  function launch(input: Parameters<QQRuntime['launch']>[0] = {}): QQLaunchOptions {
    lifecycle.requireStatus('launch', 'not-launched', 'destroyed');
    const { route, query } = lifecycle.resolve(input.path, input.query);
    const scene = input.scene ?? (input.shareTicket !== undefined ? SCENE.ticket : SCENE.default);
    return lifecycle.coldStart(route, query, launchOptions(route, query, scene, input.shareTicket), undefined);
  }

  const runtime: QQRuntime = {
    qq,
    SDKVersion,
    appId,
    appName,
    sessionKey,
    App: (appOptions) => lifecycle.registerApp(appOptions),
    Page: (route, pageOptions) => lifecycle.registerPage(route, pageOptions),
    getApp: () => lifecycle.app(),
    getCurrentPages: () => lifecycle.pages().map((page) => page.instance),
    launch,
    hide: () => lifecycle.hide(),
    show(input = {}) {
      lifecycle.requireStatus('show', 'background');
      const top = lifecycle.top()!;
      const scene = input.scene ?? (input.shareTicket !== undefined ? SCENE.ticket : SCENE.resume);
      return lifecycle.resume(launchOptions(top.route, top.instance.options, scene, input.shareTicket), undefined);
    },
    destroy: () => lifecycle.destroy(),
    navigateTo: (url) => lifecycle.navigateTo(url),
    navigateBack: (delta = 1) => lifecycle.navigateBack(delta),
    reLaunch: (url) => lifecycle.reLaunch(url),
    openShareCard(card = {}) {
      if (typeof card !== 'object' || card === null) throw new ShareError('invalid-argument', 'openShareCard needs a card ({ path, chat, ... })');
      const chat = card.chat ?? 'group';
      const shareTicket = chat === 'group' && card.withShareTicket === true ? tickets.issue(card.openGId ?? DEFAULT_GROUP, ctx.generation, false) : undefined;
      const scene = shareTicket !== undefined ? SCENE.ticket : SCENE[chat];
      const status = lifecycle.status();
      if (status === 'not-launched' || status === 'destroyed') return launch({ path: card.path, scene, shareTicket });
      const { route, query } = lifecycle.resolve(card.path);
      return lifecycle.hotOpen(route, query, launchOptions(route, query, scene, shareTicket), undefined);
    },
    issueTicket(openGId = DEFAULT_GROUP) {
      if (typeof openGId !== 'string' || openGId === '') throw read.invalid('issueTicket: openGId must be a non-empty string');
      return tickets.issue(openGId, ctx.generation, false);
    },
    user,
    get menu() {
      const page = lifecycle.top();
      return page ? projectMenu(page.menu, typeof page.instance.onShareAppMessage === 'function') : { visible: false, items: [], withShareTicket: false };
    },
    get status() {
      return lifecycle.status();
    },
    calls: ctx.calls,
    events: ctx.events,
    errors: ctx.errors,
    clearRecords: () => clearRecords(ctx),
    install: (target = globalThis) => installGlobals(target, { qq, App: runtime.App, getApp: runtime.getApp, getCurrentPages: runtime.getCurrentPages }),
  };
  return runtime;
}
