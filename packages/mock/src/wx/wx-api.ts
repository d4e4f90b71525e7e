import { changeTopMenu, createApiBuilder, type Outcome, withoutCallbacks } from '../miniprogram';
import type { RuntimeContext } from './context';
import { encryptOpenData, newCloudId } from './crypto';
import { groupEnterAnswer } from './group';
import type { WxLifecycle } from './lifecycle';
import { applyHide, applyShow, applyUpdate, type MenuData } from './menu';
import type { WxApi, WxApiResponse, WxLaunchOptions, WxSystemInfo, WxUserDrivenApi } from './types';
import { PROMISE_STYLE_SINCE, wxCanIUse } from './versions';

/** The scripted answers of the user-driven APIs. */
export type ResponseQueues = Map<WxUserDrivenApi, WxApiResponse[]>;

/** WeChat's type names in parameter errors: "should be String instead of Undefined;". */
function typeName(value: unknown): string {
  if (value === null) return 'Null';
  if (Array.isArray(value)) return 'Array';
  const type = typeof value;
  return type.charAt(0).toUpperCase() + type.slice(1);
}

const parameterError = (name: string, value: unknown): Outcome => ({
  ok: false,
  detail: `parameter error: parameter.${name} should be String instead of ${typeName(value)};`,
});

const NO_LAUNCH: WxLaunchOptions = { path: '', query: {}, scene: 1001, referrerInfo: {} };

/**
 * Builds the simulated `wx`: each function exists only from its base library version, records its
 * calls, and answers in callback style or (2.10.2+, no callbacks given) with a Promise.
 */
export function createWxApi(ctx: RuntimeContext, life: WxLifecycle, responses: ResponseQueues): WxApi {
  const { gate, config } = ctx;
  const { api: wx, defineSync, defineAsync } = createApiBuilder(ctx, {
    latency: config.latency,
    result: (name, outcome) =>
      outcome.ok
        ? { errMsg: `${name}:ok`, ...outcome.data }
        : { errMsg: `${name}:fail ${outcome.detail}`, ...(outcome.errCode !== undefined && { errCode: outcome.errCode }) },
    returnsPromise: (_name, options, promise) => promise && withoutCallbacks(options) && gate.atLeast(PROMISE_STYLE_SINCE),
  });

  /** Applies a menu change to the current page (WeChat keeps one menu per page). */
  const menuCall = (change: (menu: MenuData) => MenuData): Outcome => changeTopMenu(life, change);

  const watermark = () => ({ appid: config.appId, timestamp: Math.floor(Date.now() / 1000) });

  function nextResponse(api: WxUserDrivenApi): Outcome {
    const response = responses.get(api)?.shift() ?? { choose: 'ok' };
    if (response.choose === 'ok') return { ok: true };
    return { ok: false, detail: response.choose === 'cancel' ? 'cancel' : response.detail };
  }

  function systemInfo(): WxSystemInfo {
    const ios = config.platform === 'ios';
    const info: WxSystemInfo = {
      brand: ios ? 'iPhone' : config.platform === 'android' ? 'Android' : 'devtools',
      model: ios ? 'iPhone 13' : config.platform === 'android' ? 'Pixel 7' : 'iPhone 6/7/8',
      platform: config.platform,
      system: ios ? 'iOS 16.0' : config.platform === 'android' ? 'Android 13' : 'iOS 10.0.1',
      version: '8.0.40',
      language: 'zh_CN',
      pixelRatio: 2,
      screenWidth: 375,
      screenHeight: 667,
      windowWidth: 375,
      windowHeight: 603,
    };
    // Before 1.1.0 the version is not reported at all (callers treat that as 1.0.0).
    if (gate.has('getSystemInfoSync.return.SDKVersion')) info.SDKVersion = config.SDKVersion;
    return info;
  }

  defineSync('getSystemInfoSync', systemInfo);
  defineAsync('getSystemInfo', () => ({ ok: true, data: { ...systemInfo() } }));
  defineSync('canIUse', (schema) => wxCanIUse(gate, schema, config.canIUseGaps));
  defineSync('getLaunchOptionsSync', () => life.launchOptions() ?? { ...NO_LAUNCH, query: {}, referrerInfo: {} });
  defineSync('getEnterOptionsSync', () => life.enterOptions() ?? { ...NO_LAUNCH, query: {}, referrerInfo: {} });
  defineSync('onAppShow', (listener) => {
    if (typeof listener === 'function') life.showListeners.add(listener as (options: WxLaunchOptions) => void);
  });
  defineSync('offAppShow', (listener) => {
    if (typeof listener === 'function') life.showListeners.delete(listener as (options: WxLaunchOptions) => void);
    else life.showListeners.clear();
  });
  defineSync('onAppHide', (listener) => {
    if (typeof listener === 'function') life.hideListeners.add(listener as () => void);
  });
  defineSync('offAppHide', (listener) => {
    if (typeof listener === 'function') life.hideListeners.delete(listener as () => void);
    else life.hideListeners.clear();
  });
  defineSync('getAccountInfoSync', () => ({
    miniProgram: { appId: config.appId, envVersion: 'develop', version: '' },
  }));

  defineAsync('showShareMenu', (options) => menuCall((menu) => applyShow(menu, gate, options)));
  defineAsync('hideShareMenu', (options) => menuCall((menu) => applyHide(menu, gate, options)));
  defineAsync('updateShareMenu', (options) =>
    menuCall((menu) => applyUpdate(menu, gate, config.platform, options)),
  );

  // WeChat documents no Promise style for the group APIs: callbacks only, on every version.
  const callbacksOnly = { promise: false };
  const cloud = (data: Record<string, unknown>) => (config.cloud ? { ...data, cloudID: newCloudId() } : data);

  defineAsync('getShareInfo', (options) => {
    const ticket = options.shareTicket;
    if (typeof ticket !== 'string') return parameterError('shareTicket', ticket);
    const timeout = options.timeout;
    if (gate.has('getShareInfo.object.timeout') && typeof timeout === 'number' && timeout >= 0 && config.latency > timeout) {
      return { ok: false, detail: 'timeout', delay: timeout };
    }
    const record = ctx.tickets.lookup(ticket, ctx.generation);
    if (!record) return { ok: false, detail: 'invalid shareTicket' };
    const data: Record<string, unknown> = { ...encryptOpenData(ctx.key, { openGId: record.openGId, watermark: watermark() }) };
    return { ok: true, data: gate.has('getShareInfo.success.cloudID') ? cloud(data) : data };
  }, callbacksOnly);

  defineAsync(
    'getGroupEnterInfo',
    () => {
      const answer = groupEnterAnswer(life.entry(), gate);
      // Simulator choice: WeChat's codes in `errCode`, its documented meaning as the errMsg detail.
      if (!answer.ok) return { ok: false, detail: answer.detail, errCode: answer.errCode };
      return { ok: true, data: cloud({ ...encryptOpenData(ctx.key, { opengid: answer.opengid, watermark: watermark() }) }) };
    },
    callbacksOnly,
  );

  defineAsync('authPrivateMessage', (options) => {
    const ticket = options.shareTicket;
    if (typeof ticket !== 'string') return parameterError('shareTicket', ticket);
    const record = ctx.tickets.lookup(ticket, ctx.generation);
    if (!record) return { ok: false, detail: 'invalid shareTicket' };
    const valid = record.isPrivateMessage;
    return { ok: true, data: { valid, ...encryptOpenData(ctx.key, { valid, watermark: watermark() }) } };
  });

  defineAsync('showShareImageMenu', (options) => {
    if (typeof options.path !== 'string') return parameterError('path', options.path);
    return nextResponse('showShareImageMenu');
  });

  for (const [api, field] of [
    ['shareFileMessage', 'filePath'],
    ['shareVideoMessage', 'videoPath'],
  ] as const) {
    defineAsync(api, (options) => {
      if (!ctx.inTap) return { ok: false, detail: 'can only be invoked by user TAP gesture.' };
      if (typeof options[field] !== 'string') return parameterError(field, options[field]);
      return nextResponse(api);
    });
  }

  return wx as unknown as WxApi;
}
