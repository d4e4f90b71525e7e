// The adapter against small hand-made `wx` objects: what WeChat gets back from the page handlers,
// how odd callback results are read, and what getShareInfo sends and accepts.
import { createShareController, type ShareEvent } from '@sharekit/core';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { shareRejection } from '@sharekit/testkit';
import { createCalls } from '@sharekit/core/adapter';
import { createWxAdapter, type WxLike } from '../src/index';

/** One wx call through core's createCalls, as the adapter makes it. */
const call = (wx: object | undefined, name: string, options: object, wait?: number) => createCalls({ platform: 'wx', api: wx }).call(name, options, wait);

type Callbacks = { success?: (r?: unknown) => void; fail?: (r?: unknown) => void };

/** A runtime at `version` whose APIs answer with `answer` (success by default). */
function fakeWx(version: string, extra: Record<string, unknown> = {}): WxLike & { calls: Array<[string, Record<string, unknown>]> } {
  const calls: Array<[string, Record<string, unknown>]> = [];
  const api = (name: string) => (o: Record<string, unknown> & Callbacks) => {
    calls.push([name, o]);
    o.success?.({ errMsg: `${name}:ok`, encryptedData: 'E', iv: 'I' });
  };
  return {
    calls,
    getSystemInfoSync: () => ({ SDKVersion: version }),
    showShareMenu: api('showShareMenu'),
    hideShareMenu: api('hideShareMenu'),
    updateShareMenu: api('updateShareMenu'),
    getShareInfo: api('getShareInfo'),
    ...extra,
  } as never;
}


afterEach(() => {
  vi.useRealTimers();
});

describe('what WeChat gets from the page handlers', () => {
  it('only the fields the content sets, with no empty keys', () => {
    const wx = fakeWx('2.12.0');
    expect(createWxAdapter({ wx, defaults: { title: 'T' } }).page.onShareAppMessage()).toStrictEqual({ title: 'T' });
    expect(createWxAdapter({ wx, defaults: { path: '/p' } }).page.onShareAppMessage()).toStrictEqual({ path: '/p' });
    expect(createWxAdapter({ wx, defaults: { imageUrl: '/i.png' } }).page.onShareAppMessage()).toStrictEqual({ imageUrl: '/i.png' });
    expect(createWxAdapter({ wx }).page.onShareAppMessage()).toStrictEqual({});
    expect(createWxAdapter({ wx, defaults: { title: 'T' } }).page.onShareTimeline()).toStrictEqual({ title: 'T' });
    expect(createWxAdapter({ wx, defaults: { path: '/p?id=1' } }).page.onShareTimeline()).toStrictEqual({ query: 'id=1' });
    expect(createWxAdapter({ wx, defaults: { imageUrl: '/i.png' } }).page.onShareTimeline()).toStrictEqual({ imageUrl: '/i.png' });
  });

  it('the trigger: a button keeps its target, the menu has none, a web view URL only as a string', () => {
    const adapter = createWxAdapter({ wx: fakeWx('2.12.0') });
    const controller = createShareController({ adapter, content: { title: 'a' } });
    const triggers: unknown[] = [];
    controller.subscribe((_, event: ShareEvent) => {
      if (event.type === 'request') triggers.push(event.trigger);
    });
    const target = { id: 'btn' };
    adapter.page.onShareAppMessage();
    adapter.page.onShareAppMessage({ from: 'button', target, webViewUrl: 5 } as never);
    adapter.page.onShareAppMessage({ from: 'menu', target, webViewUrl: 'https://a.cn/' });
    adapter.page.onShareTimeline();
    // The timeline's pull names its channel (v2's normalized trigger).
    expect(triggers).toEqual([
      { from: 'menu' },
      { from: 'button', target },
      { from: 'menu', webViewUrl: 'https://a.cn/' },
      { from: 'menu', channel: 'shareTimeline' },
    ]);
  });

  it('the timeline warns about async content once, and not when the provider failed', () => {
    const warnings: string[] = [];
    const adapter = createWxAdapter({ wx: fakeWx('2.12.0') });
    let async = true;
    const controller = createShareController({
      adapter,
      content: () => {
        if (async) return new Promise(() => {});
        throw new Error('no content');
      },
    });
    controller.subscribe((_, event) => {
      if (event.type === 'warning') warnings.push(event.error.message);
    });
    adapter.page.onShareTimeline();
    expect(warnings).toEqual([
      'unsupported: onShareTimeline cannot wait for async content; WeChat got the defaults of createWxAdapter({ defaults }). Return content synchronously',
    ]);
    adapter.page.onShow.call(undefined);
    async = false;
    adapter.page.onShareTimeline();
    expect(warnings).toHaveLength(2);
    expect(warnings[1]).toContain('no content');
  });

  it('app and adapter hooks work before any controller is connected', () => {
    const adapter = createWxAdapter({ wx: fakeWx('2.12.0') });
    expect(() => adapter.app.onLaunch({ scene: 1001 } as never)).not.toThrow();
    expect(() => adapter.destroy()).not.toThrow();
  });

  it('a controller that is replaced cannot unhook its successor', () => {
    const adapter = createWxAdapter({ wx: fakeWx('2.12.0') });
    const first = createShareController({ adapter });
    const second = createShareController({ adapter });
    first.dispose();
    adapter.app.onShow({ scene: 1044, shareTicket: 'T1' } as never);
    expect(second.getState().launch).toMatchObject({ scene: 1044, shareTicket: 'T1' });
  });
});

describe('outcome callbacks (base library 1.1.0 to 2.2.x)', () => {
  function handler() {
    const adapter = createWxAdapter({ wx: fakeWx('2.2.0') });
    const controller = createShareController({ adapter, content: { title: 'a' } });
    return { card: adapter.page.onShareAppMessage() as Required<Callbacks>, controller };
  }

  it('success with no result is shared with no tickets', () => {
    const { card, controller } = handler();
    card.success();
    expect(controller.getState().settled?.outcome).toEqual({ status: 'shared', channel: 'shareAppMessage', tickets: [] });
  });

  it('success keeps only string tickets', () => {
    const { card, controller } = handler();
    card.success({ shareTickets: ['T1', 5, null, 'T2'] });
    expect(controller.getState().settled?.outcome).toEqual({ status: 'shared', channel: 'shareAppMessage', tickets: ['T1', 'T2'] });
  });

  it('only an errMsg ending in " cancel" is the user cancelling', () => {
    const cancelled = handler();
    cancelled.card.fail({ errMsg: 'shareAppMessage:fail cancel' });
    expect(cancelled.controller.getState().settled?.outcome).toEqual({ status: 'cancelled', channel: 'shareAppMessage' });
    const other = handler();
    other.card.fail({ errMsg: 'shareAppMessage:fail cancel not allowed here' });
    expect(other.controller.getState().settled?.outcome.status).toBe('failed');
  });

  it('fail with no result or no errMsg is a platform failure with a generic errMsg', () => {
    for (const result of [undefined, {}, { errMsg: 5 }]) {
      const { card, controller } = handler();
      card.fail(result);
      const outcome = controller.getState().settled?.outcome;
      expect(outcome?.status === 'failed' && outcome.error).toMatchObject({
        code: 'platform',
        message: 'platform: wx.shareAppMessage failed: shareAppMessage:fail',
        platformMessage: 'shareAppMessage:fail',
        platform: 'wx',
      });
    }
  });
});

describe('wx calls', () => {
  it('a missing API is unsupported, naming the schema to check', async () => {
    const error = await shareRejection(call(undefined, 'showShareMenu', {}));
    expect(error.message).toBe("unsupported: wx.showShareMenu is not available in this runtime; check canIUse('showShareMenu') first");
    expect(error.platform).toBe('wx');
  });

  it('an answered call leaves no timer behind', async () => {
    vi.useFakeTimers();
    await call(fakeWx('2.12.0'), 'showShareMenu', {});
    expect(vi.getTimerCount()).toBe(0);
  });

  it('a silent API times out as a wx error', async () => {
    vi.useFakeTimers();
    const result = shareRejection(call({ showShareMenu: () => {} } as never, 'showShareMenu', {}, 50));
    await vi.advanceTimersByTimeAsync(50);
    expect(await result).toMatchObject({ code: 'timeout', platform: 'wx', message: 'timeout: wx.showShareMenu gave no answer within 50 ms' });
  });

  it('options left undefined or false are not requests for a feature', async () => {
    const adapter = createWxAdapter({ wx: fakeWx('1.1.0') });
    await expect(adapter.showMenu({ withShareTicket: true, menus: undefined })).resolves.toMatchObject({ menu: { tickets: true } });
    await expect(adapter.showMenu({ menus: ['shareAppMessage'] })).rejects.toMatchObject({ code: 'unsupported' }); // menus: 2.11.3+
  });

  it('non-string schemas are never answered by wx.canIUse', () => {
    const adapter = createWxAdapter({ wx: fakeWx('2.12.0', { canIUse: () => true }) });
    expect(adapter.canIUse(5 as never)).toBe(false);
    expect(adapter.canIUse('some.other.api')).toBe(true);
  });

  it('page handler schemas come from the table, with no wx function to look for', () => {
    const adapter = createWxAdapter({ wx: fakeWx('2.10.3') });
    expect(adapter.canIUse('onAddToFavorites')).toBe(true);
    expect(adapter.canIUse('onShareAppMessage')).toBe(true);
  });
});

describe('getShareInfo', () => {
  it.each([[''], [5], [undefined]])('refuses a ticket %j', async (ticket) => {
    // Without getGroupEnterInfo on this runtime, no ticket means no group to read (issue 13).
    const error = await shareRejection(createWxAdapter({ wx: fakeWx('2.12.0', { getGroupEnterInfo: undefined }) }).getShareInfo(ticket as never, {}));
    expect(error.code).toBe('no-ticket');
    expect(error.message).toMatch(/^no-ticket: no share ticket, and base library 2\.12\.0 has no getGroupEnterInfo/);
    expect(error.platform).toBe('wx');
  });

  it('a runtime with no share info API says which API is needed', async () => {
    const wx = fakeWx('1.0.0', { getShareInfo: undefined });
    const error = await shareRejection(createWxAdapter({ wx }).getShareInfo('T1', {}));
    expect(error.message).toBe('unsupported: share info needs wx.getShareInfo (1.1.0+); base library 1.0.0 has no share info API');
  });

  it('sends a timeout only when one was asked for', async () => {
    const wx = fakeWx('2.12.0');
    await createWxAdapter({ wx }).getShareInfo('T1', {});
    expect(Object.keys(wx.calls[0]![1]).sort()).toEqual(['fail', 'shareTicket', 'success']);
  });

  it('falls back to getGroupEnterInfo without a ticket parameter', async () => {
    const wx = fakeWx('2.12.0', { getShareInfo: undefined });
    wx.getGroupEnterInfo = ((o: Record<string, unknown> & Callbacks) => {
      wx.calls.push(['getGroupEnterInfo', o]);
      o.success?.({ encryptedData: 'E', iv: 'I' });
    }) as never;
    const info = await createWxAdapter({ wx }).getShareInfo('T1', { timeout: 100 });
    expect(info).toStrictEqual({ source: 'getGroupEnterInfo', encryptedData: 'E', iv: 'I' });
    expect(Object.keys(wx.calls[0]![1]).sort()).toEqual(['fail', 'success']);
  });

  it.each([undefined, { iv: 'I' }, { encryptedData: 'E' }, { encryptedData: 'E', iv: 5 }])('a result %j without encrypted data and iv is a platform error', async (result) => {
    const wx = fakeWx('2.12.0', { getShareInfo: (o: Callbacks) => o.success?.(result) });
    const error = await shareRejection(createWxAdapter({ wx }).getShareInfo('T1', {}));
    expect(error.code).toBe('platform');
    expect(error.platformMessage).toBe('getShareInfo:fail');
  });
});
