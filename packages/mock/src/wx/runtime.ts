import { ShareError } from '@sharekit/core';
import { DEFAULT_GROUP, isObject, type ResolvedOptions, type RuntimeContext } from './context';
import { DEFAULT_SESSION_KEY, decodeSessionKey } from './crypto';
import { createLifecycle } from './lifecycle';
import { NO_MENU, projectMenu } from './menu';
import { createUser } from './share-panel';
import { createTicketStore } from './tickets';
import type { WxPlatform, WxRuntime, WxRuntimeOptions } from './types';
import { createVersionGate } from './versions';
import { createWxApi, type ResponseQueues } from './wx-api';

const PLATFORMS: readonly WxPlatform[] = ['ios', 'android', 'devtools'];

function invalid(detail: string): ShareError {
  return new ShareError('invalid-argument', `createWxRuntime: ${detail}`);
}

function milliseconds(name: string, value: unknown, fallback: number): number {
  if (value === undefined) return fallback;
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) {
    throw invalid(`${name} must be a non-negative number of milliseconds (got ${String(value)})`);
  }
  return value;
}

/** Defaults and validation; every problem is a ShareError that names the option. */
export function resolveOptions(options: WxRuntimeOptions | undefined): ResolvedOptions {
  if (options !== undefined && !isObject(options as unknown)) throw invalid('options must be an object');
  const o: WxRuntimeOptions = options ?? {};
  const SDKVersion: string = o.SDKVersion ?? '3.4.0';
  createVersionGate(SDKVersion); // ShareError invalid-version for a malformed SDKVersion
  const appId = o.appId ?? 'wxsimulatedappid';
  if (typeof appId !== 'string' || appId === '') throw invalid('appId must be a non-empty string');
  const appName = o.appName ?? 'Simulated Mini Program';
  if (typeof appName !== 'string' || appName === '') throw invalid('appName must be a non-empty string');
  const sessionKey = o.sessionKey ?? DEFAULT_SESSION_KEY;
  decodeSessionKey(sessionKey);
  const platform = o.platform ?? 'devtools';
  if (!PLATFORMS.includes(platform)) throw invalid(`platform must be one of ${PLATFORMS.join(', ')} (got ${String(platform)})`);
  const resultOrder = o.resultOrder ?? 'callbacks-first';
  if (resultOrder !== 'callbacks-first' && resultOrder !== 'show-first') {
    throw invalid(`resultOrder must be "callbacks-first" or "show-first" (got ${String(resultOrder)})`);
  }
  const gaps = o.canIUseGaps ?? [];
  if (!Array.isArray(gaps) || !gaps.every((gap) => typeof gap === 'string')) {
    throw invalid('canIUseGaps must be an array of schema strings');
  }
  return {
    SDKVersion,
    appId,
    appName,
    sessionKey,
    platform,
    promiseTimeout: milliseconds('promiseTimeout', o.promiseTimeout, 3000),
    latency: milliseconds('latency', o.latency, 0),
    resultOrder,
    canIUseGaps: [...gaps],
    cloud: o.cloud === true,
  };
}

/** What App.onError receives: WeChat passes a string with the message and stack. */
function describe(error: unknown): string {
  return error instanceof Error ? (error.stack ?? `${error.name}: ${error.message}`) : String(error);
}

const GLOBALS = ['wx', 'App', 'getApp', 'getCurrentPages'] as const;

/**
 * A simulated WeChat mini program runtime at one base library version: a `wx` object whose share
 * APIs exist and behave as on that version, App/Page registration and lifecycle, a simulated user
 * who taps share menus and buttons, share cards and tickets, and real AES-128-CBC open data.
 * Node only (`node:crypto`).
 */
export function createWxRuntime(options?: WxRuntimeOptions): WxRuntime {
  const config = resolveOptions(options);
  const responses: ResponseQueues = new Map();
  const ctx: RuntimeContext = {
    config,
    gate: createVersionGate(config.SDKVersion),
    key: decodeSessionKey(config.sessionKey),
    calls: [],
    events: [],
    errors: [],
    tickets: createTicketStore(),
    generation: 0,
    inTap: false,
    reportError(error) {
      ctx.errors.push(error);
      const app = life.app();
      const onError = app?.onError;
      if (typeof onError === 'function') {
        try {
          onError.call(app, describe(error));
        } catch (nested) {
          ctx.errors.push(nested);
        }
        return;
      }
      // No App.onError: surface it (as an unhandled rejection) instead of hiding a bug in app code.
      Promise.reject(error);
    },
  };
  const life = createLifecycle(ctx);
  const wx = createWxApi(ctx, life, responses);
  const user = createUser(ctx, life, responses);

  const runtime: WxRuntime = {
    wx,
    SDKVersion: config.SDKVersion,
    appId: config.appId,
    appName: config.appName,
    platform: config.platform,
    sessionKey: config.sessionKey,
    App: (appOptions) => life.registerApp(appOptions),
    Page: (route, pageOptions) => life.registerPage(route, pageOptions),
    getApp: () => life.app(),
    getCurrentPages: () => life.pages().map((page) => page.instance),
    launch: (input = {}) => life.launch(input),
    hide: () => life.hide(),
    show: (input = {}) => life.show(input),
    destroy: () => life.destroy(),
    navigateTo: (url) => life.navigateTo(url),
    redirectTo: (url) => life.redirectTo(url),
    navigateBack: (delta = 1) => life.navigateBack(delta),
    reLaunch: (url) => life.reLaunch(url),
    openShareCard: (card) => life.openCard(card),
    issueTicket(ticketOptions = {}) {
      const openGId = ticketOptions.openGId ?? DEFAULT_GROUP;
      if (typeof openGId !== 'string' || openGId === '') throw invalid('issueTicket: openGId must be a non-empty string');
      return ctx.tickets.issue(openGId, ctx.generation, ticketOptions.isPrivateMessage === true);
    },
    isTicketValid: (ticket) => ctx.tickets.lookup(ticket, ctx.generation) !== undefined,
    user,
    get menu() {
      const page = life.top();
      if (!page) return { ...NO_MENU, menus: [] };
      return projectMenu(page.menu, typeof page.instance.onShareAppMessage === 'function');
    },
    get status() {
      return life.status();
    },
    get launchOptions() {
      return life.launchOptions();
    },
    get enterOptions() {
      return life.enterOptions();
    },
    calls: ctx.calls,
    events: ctx.events,
    errors: ctx.errors,
    clearRecords() {
      ctx.calls.length = 0;
      ctx.events.length = 0;
      ctx.errors.length = 0;
    },
    install(target = globalThis) {
      const scope = target as Record<string, unknown>;
      const saved = GLOBALS.map((name) => [name, Object.getOwnPropertyDescriptor(scope, name)] as const);
      const values: Record<(typeof GLOBALS)[number], unknown> = {
        wx,
        App: runtime.App,
        getApp: runtime.getApp,
        getCurrentPages: runtime.getCurrentPages,
      };
      for (const name of GLOBALS) {
        Object.defineProperty(scope, name, { value: values[name], configurable: true, writable: true, enumerable: false });
      }
      return () => {
        for (const [name, descriptor] of saved) {
          if (descriptor) Object.defineProperty(scope, name, descriptor);
          else delete scope[name];
        }
      };
    },
  };
  return runtime;
}
