import { clearRecords, createSimContext, installGlobals, optionReader } from '../miniprogram';
import { DEFAULT_GROUP, type ResolvedOptions, type RuntimeContext } from './context';
import { DEFAULT_SESSION_KEY, decodeSessionKey } from './crypto';
import { createWxEntries, createWxLifecycle, type WxLifecycle } from './lifecycle';
import { NO_MENU, projectMenu } from './menu';
import { createUser } from './share-panel';
import { createTicketStore } from './tickets';
import type { WxPlatform, WxRuntime, WxRuntimeOptions } from './types';
import { createVersionGate } from './versions';
import { createWxApi, type ResponseQueues } from './wx-api';

const PLATFORMS: readonly WxPlatform[] = ['ios', 'android', 'devtools'];
const read = optionReader('createWxRuntime');

/** Defaults and validation; every problem is a ShareError that names the option. */
export function resolveOptions(options: WxRuntimeOptions | undefined): ResolvedOptions {
  const o = read.object(options);
  const SDKVersion: string = o.SDKVersion ?? '3.4.0';
  createVersionGate(SDKVersion); // ShareError invalid-version for a malformed SDKVersion
  const appId = read.nonEmpty('appId', o.appId, 'wxsimulatedappid');
  const appName = read.nonEmpty('appName', o.appName, 'Simulated Mini Program');
  const sessionKey = o.sessionKey ?? DEFAULT_SESSION_KEY;
  decodeSessionKey(sessionKey);
  const platform = read.oneOf('platform', o.platform, PLATFORMS, 'devtools');
  const resultOrder = o.resultOrder ?? 'callbacks-first';
  if (resultOrder !== 'callbacks-first' && resultOrder !== 'show-first') {
    throw read.invalid(`resultOrder must be "callbacks-first" or "show-first" (got ${String(resultOrder)})`);
  }
  const gaps = o.canIUseGaps ?? [];
  if (!Array.isArray(gaps) || !gaps.every((gap) => typeof gap === 'string')) {
    throw read.invalid('canIUseGaps must be an array of schema strings');
  }
  return {
    SDKVersion,
    appId,
    appName,
    sessionKey,
    platform,
    promiseTimeout: read.milliseconds('promiseTimeout', o.promiseTimeout, 3000),
    latency: read.milliseconds('latency', o.latency, 0),
    resultOrder,
    canIUseGaps: [...gaps],
    cloud: o.cloud === true,
  };
}

/**
 * A simulated WeChat mini program runtime at one base library version: a `wx` object whose share
 * APIs exist and behave as on that version, App/Page registration and lifecycle, a simulated user
 * who taps share menus and buttons, share cards and tickets, and real AES-128-CBC open data.
 * Built on the machinery every simulated mini program runtime shares (`../miniprogram`). Node only
 * (`node:crypto`).
 */
export function createWxRuntime(options?: WxRuntimeOptions): WxRuntime {
  const config = resolveOptions(options);
  const responses: ResponseQueues = new Map();
  let life: WxLifecycle | undefined;
  const ctx: RuntimeContext = Object.assign(
    createSimContext(createVersionGate(config.SDKVersion), () => life?.app()),
    { config, key: decodeSessionKey(config.sessionKey), tickets: createTicketStore() },
  );
  const lifecycle = createWxLifecycle(ctx);
  life = lifecycle;
  const entries = createWxEntries(ctx, lifecycle);
  const wx = createWxApi(ctx, lifecycle, responses);
  const user = createUser(ctx, lifecycle, responses);

  const runtime: WxRuntime = {
    wx,
    SDKVersion: config.SDKVersion,
    appId: config.appId,
    appName: config.appName,
    platform: config.platform,
    sessionKey: config.sessionKey,
    App: (appOptions) => lifecycle.registerApp(appOptions),
    Page: (route, pageOptions) => lifecycle.registerPage(route, pageOptions),
    getApp: () => lifecycle.app(),
    getCurrentPages: () => lifecycle.pages().map((page) => page.instance),
    launch: (input = {}) => entries.launch(input),
    hide: () => lifecycle.hide(),
    show: (input = {}) => entries.show(input),
    destroy: () => lifecycle.destroy(),
    navigateTo: (url) => lifecycle.navigateTo(url),
    redirectTo: (url) => lifecycle.redirectTo(url),
    navigateBack: (delta = 1) => lifecycle.navigateBack(delta),
    reLaunch: (url) => lifecycle.reLaunch(url),
    openShareCard: (card) => entries.openCard(card),
    issueTicket(ticketOptions = {}) {
      const openGId = ticketOptions.openGId ?? DEFAULT_GROUP;
      if (typeof openGId !== 'string' || openGId === '') throw read.invalid('issueTicket: openGId must be a non-empty string');
      return ctx.tickets.issue(openGId, ctx.generation, ticketOptions.isPrivateMessage === true);
    },
    isTicketValid: (ticket) => ctx.tickets.lookup(ticket, ctx.generation) !== undefined,
    user,
    get menu() {
      const page = lifecycle.top();
      if (!page) return { ...NO_MENU, menus: [] };
      return projectMenu(page.menu, typeof page.instance.onShareAppMessage === 'function');
    },
    get status() {
      return lifecycle.status();
    },
    get launchOptions() {
      return lifecycle.launchOptions();
    },
    get enterOptions() {
      return lifecycle.enterOptions();
    },
    calls: ctx.calls,
    events: ctx.events,
    errors: ctx.errors,
    clearRecords: () => clearRecords(ctx),
    install: (target = globalThis) =>
      installGlobals(target, {
        wx,
        App: runtime.App,
        getApp: runtime.getApp,
        getCurrentPages: runtime.getCurrentPages,
      }),
  };
  return runtime;
}
