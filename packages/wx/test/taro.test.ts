// Taro's API style: `Taro.x(options)` calls the callbacks and also returns a promise, which rejects
// on failure even when callbacks were given. Handed `Taro`, the adapter must answer once and never
// leave such a promise unhandled (an unhandled rejection is an error report in a mini program).
import { isShareError } from '@sharekit/core';
import type { WxRuntime } from '@sharekit/mock/wx';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { WxLike } from '../src/index';
import { PAGE, world } from './harness';

/** A Taro-like object over the simulated wx: every async API also returns a promise. */
function taroOf(wx: WxRuntime['wx']): WxLike {
  const taro: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(wx)) {
    if (typeof value !== 'function') continue;
    const fn = value as (options?: Record<string, unknown>) => unknown;
    taro[name] = /Sync$|^canIUse$/.test(name)
      ? fn
      : (options: Record<string, unknown> = {}) =>
          new Promise((resolve, reject) => {
            fn({
              ...options,
              success: (result: unknown) => {
                (options.success as ((r: unknown) => void) | undefined)?.(result);
                resolve(result);
              },
              fail: (result: unknown) => {
                (options.fail as ((r: unknown) => void) | undefined)?.(result);
                reject(result);
              },
            });
          });
  }
  return taro as WxLike;
}

let unhandled: unknown[];
const onUnhandled = (reason: unknown) => unhandled.push(reason);
beforeEach(() => {
  unhandled = [];
  process.on('unhandledRejection', onUnhandled);
});
afterEach(() => {
  process.off('unhandledRejection', onUnhandled);
});

/** Lets Node report rejections nobody handled. */
const settleDust = () => new Promise((resolve) => setTimeout(resolve, 20));

describe('Taro passed as wx', () => {
  it('a failing menu call rejects once with platform; Taro\'s rejected promise is handled', async () => {
    const { controller } = world('3.4.0', { wx: taroOf, idle: true });
    // Not launched: no page, so WeChat's showShareMenu fails.
    const error = await controller.showMenu({ withShareTicket: true }).catch((e: unknown) => e);
    expect(isShareError(error, 'platform')).toBe(true);
    await settleDust();
    expect(unhandled).toEqual([]);
  });

  it('a failing getShareInfo / getGroupEnterInfo rejects with a ShareError; nothing is left unhandled', async () => {
    const stale = world('2.16.0', { wx: taroOf });
    const byTicket = await stale.adapter.getShareInfo('stale-ticket', {}).catch((e: unknown) => e);
    expect(byTicket).toMatchObject({ code: 'platform', platformMessage: 'getShareInfo:fail invalid shareTicket' });

    const { controller } = world('3.4.0', { wx: taroOf });
    const noGroup = await controller.getShareInfo().catch((e: unknown) => e);
    expect(isShareError(noGroup, 'no-ticket')).toBe(true);
    await settleDust();
    expect(unhandled).toEqual([]);
  });

  it('a successful call answers once, with the group', async () => {
    const { controller, runtime } = world('3.4.0', { wx: taroOf, idle: true });
    runtime.openShareCard({ path: PAGE, chat: 'group', openGId: 'tGtaro', withShareTicket: true });
    await expect(controller.showMenu({ withShareTicket: true })).resolves.toMatchObject({ visible: true, tickets: true });
    await expect(controller.getShareInfo()).resolves.toMatchObject({ source: 'getGroupEnterInfo' });
    await settleDust();
    expect(unhandled).toEqual([]);
  });
});
