// The machinery every mini program adapter shares (`@sharekit/core/adapter`), tested on its own:
// the adapters that compose it add only their platform's part.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { rejection } from './rejection';
import { isShareError, ShareError } from '../src';
import { createCalls, createMiniProgram, createPageMenus, normalizeTrigger, pulledContent, readVersion, type ShareHost } from '../src/adapter';

afterEach(() => {
  vi.useRealTimers();
});


describe('normalizeTrigger', () => {
  it('normalizes every platform’s share-hook options', () => {
    expect(normalizeTrigger(undefined)).toEqual({ from: 'menu' }); // old base libraries pass nothing
    expect(normalizeTrigger({ from: 'button', target: { id: 'b' } })).toEqual({ from: 'button', target: { id: 'b' } });
    expect(normalizeTrigger({ from: 'menu', target: { id: 'b' } })).toEqual({ from: 'menu' });
    expect(normalizeTrigger({ from: 'menu', webviewUrl: 'https://a.example/' })).toEqual({ from: 'menu', webViewUrl: 'https://a.example/' }); // Douyin
    expect(normalizeTrigger({ from: 'code' }, { code: 'api' })).toEqual({ from: 'api' }); // Alipay's showSharePanel
    expect(normalizeTrigger({ from: 'quick_share', channel: 'video' })).toEqual({ from: 'quick_share', channel: 'video' });
    expect(normalizeTrigger({ from: 'toString' }, { code: 'api' })).toEqual({ from: 'toString' });
  });
});

describe('createPageMenus', () => {
  const initial = () => ({ visible: true, items: ['share'], tickets: false });
  it('keeps one menu per page; a confirmation says whether its page is in front', () => {
    const menus = createPageMenus(initial);
    const a = {};
    const b = {};
    expect(menus.show(a)).toEqual(initial());
    expect(menus.show(a)).toBeUndefined(); // the same page: nothing to hand over
    expect(menus.confirm(a, { visible: true, items: ['share'], tickets: true })).toEqual({ menu: { visible: true, items: ['share'], tickets: true }, current: true });
    expect(menus.show(b)).toEqual(initial());
    expect(menus.confirm(a, { visible: false, items: [], tickets: true }).current).toBe(false);
    expect(menus.show(a)).toEqual({ visible: false, items: [], tickets: true });
    menus.reset();
    expect(menus.get(a)).toEqual(initial());
    expect(menus.current()).toBeUndefined();
  });
});

describe('createCalls', () => {
  type Options = { success?: (r: unknown) => void; fail?: (r: unknown) => void };
  it('missing: unsupported; fail: platform with errMsg and error code; success: the result', async () => {
    const api = {
      ok: (o: Options) => o.success?.({ errMsg: 'ok:ok', value: 1 }),
      bad: (o: Options) => o.fail?.({ errMsg: 'bad:fail wrong scene', errCode: 40097, secret: 'x' }),
    };
    const calls = createCalls({ platform: 'tt', api });
    expect(calls.has('ok')).toBe(true);
    expect(calls.has('nope')).toBe(false);
    await expect(calls.call('ok', {})).resolves.toMatchObject({ value: 1 });
    const e = await rejection(calls.call('bad', {}));
    expect(isShareError(e, 'platform')).toBe(true);
    expect(e).toMatchObject({ platform: 'tt', platformMessage: 'bad:fail wrong scene', cause: { errCode: 40097 } });
    expect(JSON.stringify(e.cause)).not.toContain('secret');
    expect(isShareError(await rejection(calls.call('nope', {})), 'unsupported')).toBe(true);
    // Messages name the platform object when it is not the platform's name (Alipay's `my`).
    const my = createCalls({ platform: 'alipay', global: 'my', api });
    expect(await rejection(my.call('bad', {}))).toMatchObject({ platform: 'alipay', message: 'platform: my.bad failed: bad:fail wrong scene' });
  });

  it('the first answer wins; a returned promise (Taro) is one more answer, never unhandled', async () => {
    const api = {
      twice: (o: Options) => {
        o.success?.({ errMsg: 'twice:ok' });
        o.fail?.({ errMsg: 'twice:fail late' });
      },
      taro: () => Promise.reject({ errMsg: 'taro:fail' }),
    };
    const calls = createCalls({ platform: 'wx', api });
    await expect(calls.call('twice', {})).resolves.toEqual({ errMsg: 'twice:ok' });
    expect(await rejection(calls.call('taro', {}))).toMatchObject({ code: 'platform', platformMessage: 'taro:fail' });
  });

  it('silent: timeout after `wait`; dispose ends every pending call at once and clears its timer', async () => {
    vi.useFakeTimers();
    const calls = createCalls({ platform: 'my', api: { silent: () => {} } });
    const late = rejection(calls.call('silent', {}, 500));
    await vi.advanceTimersByTimeAsync(500);
    expect(isShareError(await late, 'timeout')).toBe(true);
    const pending = rejection(calls.call('silent', {}));
    calls.dispose(new ShareError('disposed', 'gone'));
    expect(isShareError(await pending, 'disposed')).toBe(true);
    expect(vi.getTimerCount()).toBe(0);
  });
});

describe('pulledContent and readVersion', () => {
  it('gives the content now, or the defaults now and the async content (or the defaults) later', async () => {
    const hosted = (fields: object) => ({ id: 1, content: undefined, pending: undefined, error: undefined, settle() {}, ...fields });
    expect(pulledContent(hosted({ content: { title: 'a' } }), { title: 'd' })).toEqual({ now: { title: 'a' } });
    expect(pulledContent(undefined, { title: 'd' })).toEqual({ now: { title: 'd' } });
    const ok = pulledContent(hosted({ pending: Promise.resolve({ title: 'later' }) }), { title: 'd' });
    expect(ok.now).toEqual({ title: 'd' });
    await expect(ok.later).resolves.toEqual({ title: 'later' });
    const failed = pulledContent(hosted({ pending: Promise.reject(new Error('x')) }), { title: 'd' });
    await expect(failed.later).resolves.toEqual({ title: 'd' });
  });

  it('reads the first well-formed version, else 1.0.0', () => {
    expect(readVersion([() => '2.30.1'])).toBe('2.30.1');
    expect(readVersion([() => { throw new Error('x'); }, () => 'latest', () => '1.9.90'])).toBe('1.9.90');
    expect(readVersion([() => undefined])).toBe('1.0.0');
  });
});

describe('createMiniProgram', () => {
  function setup() {
    let top: object | undefined;
    const synced: unknown[] = [];
    const mp = createMiniProgram({
      platform: 'test',
      api: {},
      page: () => top,
      initialMenu: () => ({ visible: true, items: ['share'], tickets: false }),
      reportsOutcome: () => false,
    });
    const host = { syncMenu: (m: unknown) => synced.push(m), resume: vi.fn(), launch: vi.fn(), destroy: vi.fn(), warn: vi.fn(), request: vi.fn() };
    const disconnect = mp.connect(host as unknown as ShareHost);
    return { mp, host, synced, disconnect, go: (page: object) => { top = page; mp.pageShow(page); } };
  }

  it('a menu call belongs to the page it was called on, whatever shows when the platform answers', async () => {
    const { mp, go, synced } = setup();
    const a = {};
    const b = {};
    go(a);
    let answer!: () => void;
    const call = mp.menu(() => new Promise<void>((r) => { answer = r; }), (m) => ({ ...m, tickets: true }));
    go(b);
    answer();
    await expect(call).resolves.toEqual({ menu: { visible: true, items: ['share'], tickets: true }, current: false });
    go(a);
    expect(synced.at(-1)).toEqual({ visible: true, items: ['share'], tickets: true });
  });

  it('a menu confirmed before any page is known belongs to the first page that shows', async () => {
    const { mp, synced, go } = setup();
    const confirmed = await mp.menu(async () => {}, (m) => ({ ...m, tickets: true }));
    expect(confirmed).toEqual({ menu: { visible: true, items: ['share'], tickets: true }, current: true });
    const page = {};
    go(page);
    // The controller holds that menu already: showing its page hands over the same one.
    expect(synced.at(-1)).toEqual({ visible: true, items: ['share'], tickets: true });
    expect(mp.menus.get(page)).toEqual({ visible: true, items: ['share'], tickets: true });
  });

  it('page and app hooks: the page showing again resumes; launches reach the host; hooks never throw', () => {
    const { mp, host, go } = setup();
    go({});
    expect(host.resume).toHaveBeenCalledTimes(1);
    mp.appShow({ scene: 1044, shareTicket: 'T' });
    expect(host.launch).toHaveBeenCalledWith({ scene: 1044, shareTicket: 'T' });
    host.launch.mockImplementation(() => { throw new Error('broken host'); });
    expect(() => mp.appLaunch({})).not.toThrow();
  });

  it('an older connection’s disconnect ends its own calls and timers, never a newer connection’s', async () => {
    vi.useFakeTimers();
    const { mp, disconnect } = setup();
    const fired = vi.fn();
    mp.timer(1000, fired);
    disconnect();
    await vi.advanceTimersByTimeAsync(1000);
    expect(fired).not.toHaveBeenCalled();
    expect(mp.host()).toBeUndefined();
    const newer = { syncMenu() {}, resume() {}, launch() {}, destroy() {}, warn() {}, request() {} } as unknown as ShareHost;
    const older = mp.connect({ ...newer });
    mp.connect(newer);
    older();
    expect(mp.host()).toBe(newer);
  });
});
