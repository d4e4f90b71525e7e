import { afterEach, describe, expect, it, vi } from 'vitest';
import { createWxRuntime, decryptSimulatedData, type WxEnterChat, type WxGroupEntry, type WxLaunchOptions, type WxRuntimeOptions } from '../../src/wx';
import { ARTICLE, decrypt, launched, viaCallbacks } from './helpers';

afterEach(() => {
  vi.useRealTimers();
});

const SESSION_KEY = Buffer.from('0123456789abcdef').toString('base64');

describe('a group share ticket, end to end', () => {
  it('share -> ticket -> getShareInfo -> decrypts to the group and our appid', async () => {
    const { runtime } = launched(
      '2.2.3',
      { onShareAppMessage: () => ({}) },
      { appId: 'wx0123456789abcdef', sessionKey: SESSION_KEY },
    );
    await viaCallbacks(runtime.wx.showShareMenu, { withShareTicket: true });
    const report = await runtime.user.tapMenuShare({ groups: ['tGroupA'] });
    const ticket = report.shareTickets?.[0] as string;

    const { ok, result } = await viaCallbacks(runtime.wx.getShareInfo, { shareTicket: ticket });

    expect(ok).toBe(true);
    expect(result.errMsg).toBe('getShareInfo:ok');
    expect(result.cloudID).toBeUndefined(); // 2.7.0+
    const plain = decrypt(SESSION_KEY, result.encryptedData as string, result.iv as string);
    expect(plain).toEqual({
      openGId: 'tGroupA',
      watermark: { appid: 'wx0123456789abcdef', timestamp: expect.any(Number) },
    });
    expect(Math.abs((plain.watermark as { timestamp: number }).timestamp - Date.now() / 1000)).toBeLessThan(5);
  });

  it('getShareInfo gives cloudID from 2.7.0, only with cloud development, and a fresh IV on every call', async () => {
    const plain = createWxRuntime({ SDKVersion: '3.4.0' });
    const without = await viaCallbacks(plain.wx.getShareInfo, { shareTicket: plain.issueTicket() });
    expect(without.ok).toBe(true);
    expect(without.result.cloudID).toBeUndefined();
    const older = createWxRuntime({ SDKVersion: '2.6.9', cloud: true });
    expect((await viaCallbacks(older.wx.getShareInfo, { shareTicket: older.issueTicket() })).result.cloudID).toBeUndefined();

    const runtime = createWxRuntime({ SDKVersion: '2.7.0', cloud: true });
    const ticket = runtime.issueTicket({ openGId: 'tGroupB' });
    const first = await viaCallbacks(runtime.wx.getShareInfo, { shareTicket: ticket });
    const second = await viaCallbacks(runtime.wx.getShareInfo, { shareTicket: ticket });
    expect(typeof first.result.cloudID).toBe('string');
    expect(first.result.iv).not.toBe(second.result.iv);
    expect(first.result.encryptedData).not.toBe(second.result.encryptedData);
    expect(Buffer.from(first.result.iv as string, 'base64')).toHaveLength(16);
    const data = decrypt(runtime.sessionKey, first.result.encryptedData as string, first.result.iv as string);
    expect(data.openGId).toBe('tGroupB');
    expect(decryptSimulatedData({ sessionKey: runtime.sessionKey, ...(second.result as { encryptedData: string; iv: string }) })).toMatchObject({
      openGId: 'tGroupB',
    });
  });

  it('has no Promise style, even on 3.4.0: without callbacks it returns nothing', () => {
    const runtime = createWxRuntime({ SDKVersion: '3.4.0' });
    expect(runtime.wx.getShareInfo?.({ shareTicket: runtime.issueTicket(), timeout: 1000 })).toBeUndefined();
  });
});

describe('tickets that do not work', () => {
  it('an unknown ticket fails with invalid shareTicket', async () => {
    const runtime = createWxRuntime({ SDKVersion: '2.2.3' });
    const { ok, result, order } = await viaCallbacks(runtime.wx.getShareInfo, { shareTicket: 'not-a-ticket' });
    expect(ok).toBe(false);
    expect(result).toEqual({ errMsg: 'getShareInfo:fail invalid shareTicket' });
    expect(order).toEqual(['fail', 'complete']);
  });

  it('a ticket that is not a string is a parameter error', async () => {
    const runtime = createWxRuntime({ SDKVersion: '3.4.0' });
    expect((await viaCallbacks(runtime.wx.getShareInfo, {})).result).toEqual({
      errMsg: 'getShareInfo:fail parameter error: parameter.shareTicket should be String instead of Undefined;',
    });
  });

  it('tickets die with the lifecycle', async () => {
    const { runtime } = launched('3.4.0');
    const ticket = runtime.issueTicket({ openGId: 'tGroupA' });
    expect((await viaCallbacks(runtime.wx.getShareInfo, { shareTicket: ticket })).result).toMatchObject({ errMsg: 'getShareInfo:ok' });
    runtime.destroy();
    expect(runtime.isTicketValid(ticket)).toBe(false);
    expect((await viaCallbacks(runtime.wx.getShareInfo, { shareTicket: ticket })).result).toEqual({
      errMsg: 'getShareInfo:fail invalid shareTicket',
    });
    runtime.launch({ scene: 1044, shareTicket: ticket });
    expect((await viaCallbacks(runtime.wx.getShareInfo, { shareTicket: ticket })).result).toMatchObject({
      errMsg: 'getShareInfo:fail invalid shareTicket',
    });
  });

  it('hide and show keep the lifecycle (and the ticket)', async () => {
    const { runtime } = launched('3.4.0');
    const ticket = runtime.issueTicket();
    runtime.hide();
    runtime.show();
    expect(runtime.isTicketValid(ticket)).toBe(true);
  });

  it('getShareInfo honours timeout (1.9.90+) against the simulated latency', async () => {
    vi.useFakeTimers();
    const runtime = createWxRuntime({ SDKVersion: '3.4.0', latency: 500 });
    const ticket = runtime.issueTicket();
    const late = viaCallbacks(runtime.wx.getShareInfo, { shareTicket: ticket, timeout: 100 });
    const onTime = viaCallbacks(runtime.wx.getShareInfo, { shareTicket: ticket, timeout: 1000 });
    await vi.advanceTimersByTimeAsync(100);
    expect((await late).result).toEqual({ errMsg: 'getShareInfo:fail timeout' });
    await vi.advanceTimersByTimeAsync(400);
    expect((await onTime).result).toMatchObject({ errMsg: 'getShareInfo:ok' });

    // Below 1.9.90 the option does not exist: the call simply takes its time.
    const old = createWxRuntime({ SDKVersion: '1.9.0', latency: 500 });
    const call = viaCallbacks(old.wx.getShareInfo, { shareTicket: old.issueTicket(), timeout: 100 });
    await vi.advanceTimersByTimeAsync(500);
    expect((await call).ok).toBe(true);
  });
});

describe('opening a shared card', () => {
  function app(version = '3.4.0') {
    const launches: [string, WxLaunchOptions][] = [];
    const runtime = createWxRuntime({ SDKVersion: version });
    runtime.App({
      onLaunch: (options: WxLaunchOptions) => launches.push(['launch', options]),
      onShow: (options: WxLaunchOptions) => launches.push(['show', options]),
    });
    runtime.Page('/pages/index/index', { onShareAppMessage: () => ({}) });
    runtime.Page(ARTICLE, { onShareAppMessage: () => ({ path: '/pages/article/index?id=42' }) });
    return { runtime, launches };
  }

  it('a group card with a ticket: cold start, scene 1044, a fresh ticket of the same group', async () => {
    const sharer = app('2.2.3');
    sharer.runtime.launch({ path: ARTICLE });
    await viaCallbacks(sharer.runtime.wx.showShareMenu, { withShareTicket: true });
    const report = await sharer.runtime.user.tapMenuShare({ groups: ['tGroupA'] });
    const card = report.cards[0];
    if (!card) throw new Error('no card');

    const opener = app('2.2.3');
    const options = opener.runtime.openShareCard(card);
    expect(options).toMatchObject({ path: 'pages/article/index', query: { id: '42' }, scene: 1044 });
    expect(options.shareTicket).toEqual(expect.any(String));
    expect(options.shareTicket).not.toBe(report.shareTickets?.[0]);
    expect(opener.launches.map(([hook, o]) => [hook, o.scene, o.shareTicket])).toEqual([
      ['launch', 1044, options.shareTicket],
      ['show', 1044, options.shareTicket],
    ]);
    const info = await viaCallbacks(opener.runtime.wx.getShareInfo, { shareTicket: options.shareTicket });
    const data = decrypt(opener.runtime.sessionKey, info.result.encryptedData as string, info.result.iv as string);
    expect(data.openGId).toBe('tGroupA');
  });

  it('a group card without ticket: scene 1008; a one-to-one card: scene 1007, no ticket', () => {
    const { runtime } = app();
    const group = runtime.openShareCard({ path: '/pages/article/index?id=1', chat: 'group', openGId: 'tGroupA' });
    expect(group.scene).toBe(1008);
    expect('shareTicket' in group).toBe(false);
    runtime.destroy();
    const single = runtime.openShareCard({ path: '/pages/article/index?id=1', chat: 'single' });
    expect(single.scene).toBe(1007);
    expect('shareTicket' in single).toBe(false);
  });

  it('a running app: onHide, then App.onShow with the ticket and a reLaunch to the card page', () => {
    const { runtime, launches } = app();
    runtime.launch();
    runtime.clearRecords();
    const options = runtime.openShareCard({ path: '/pages/article/index?id=9', chat: 'group', withShareTicket: true });
    expect(runtime.events.map((e) => `${e.target}.${e.hook}${e.route ? ` ${e.route}` : ''}`)).toEqual([
      'page.onHide pages/index/index',
      'app.onHide',
      'app.onShow',
      'page.onUnload pages/index/index',
      'page.onLoad pages/article/index',
      'page.onShow pages/article/index',
      'page.onReady pages/article/index',
    ]);
    expect(launches.at(-1)).toEqual(['show', options]);
    expect(runtime.isTicketValid(options.shareTicket as string)).toBe(true);
    expect(runtime.wx.getEnterOptionsSync?.()).toEqual(options);
    expect(runtime.wx.getLaunchOptionsSync?.().scene).toBe(1001);
  });

  it('launch with a ticket minted by issueTicket', () => {
    const { runtime, launches } = app();
    const ticket = runtime.issueTicket({ openGId: 'tGroupZ' });
    runtime.launch({ path: ARTICLE, shareTicket: ticket });
    expect(launches[0]?.[1]).toMatchObject({ scene: 1044, shareTicket: ticket });
  });
});

describe('getGroupEnterInfo (2.10.4+), as documented', () => {
  const group = (via: WxGroupEntry, extra: { left?: boolean } = {}) => ({ type: 'group' as const, openGId: 'tGroupA', via, ...extra });

  /** Launches at `version` from `chat` and calls getGroupEnterInfo with callbacks. */
  function enter(version: string, chat: WxEnterChat | undefined, options: WxRuntimeOptions = {}) {
    const runtime = createWxRuntime({ SDKVersion: version, appId: 'wxappid', sessionKey: SESSION_KEY, ...options });
    runtime.Page(ARTICLE, {});
    runtime.launch({ path: ARTICLE, ...(chat && { chat }) });
    return viaCallbacks(runtime.wx.getGroupEnterInfo);
  }

  it.each([
    ['2.10.4', 'tool', true],
    ['2.10.4', 'card', false],
    ['2.10.4', 'todo', false],
    ['2.17.2', 'card', false],
    ['2.17.3', 'card', true],
    ['2.17.3', 'todo', true],
    ['3.4.0', 'tool', true],
  ] as const)('at %s, entered through a group %s: answers %s', async (version, via, answers) => {
    const { ok, result } = await enter(version, group(via));
    expect(ok).toBe(answers);
    if (!answers) expect(result).toEqual({ errMsg: 'getGroupEnterInfo:fail wrong scene', errCode: 40097 });
  });

  it('a group message card gives { opengid } only, with the watermark; no ticket is asked for', async () => {
    const runtime = createWxRuntime({ SDKVersion: '3.4.0', appId: 'wxappid', sessionKey: SESSION_KEY });
    runtime.Page(ARTICLE, {});
    runtime.openShareCard({ path: ARTICLE, chat: 'group', openGId: 'tGroupA' });
    const { ok, result } = await viaCallbacks(runtime.wx.getGroupEnterInfo);
    expect(ok).toBe(true);
    expect(result.errMsg).toBe('getGroupEnterInfo:ok');
    expect(result.cloudID).toBeUndefined();
    expect(decrypt(SESSION_KEY, result.encryptedData as string, result.iv as string)).toEqual({
      opengid: 'tGroupA',
      watermark: { appid: 'wxappid', timestamp: expect.any(Number) },
    });
  });

  it('adds cloudID only for an app with cloud development', async () => {
    expect((await enter('3.4.0', group('card'), { cloud: true })).result.cloudID).toEqual(expect.any(String));
    expect((await enter('3.4.0', group('card'))).result.cloudID).toBeUndefined();
  });

  it('a one-to-one chat is the wrong scene: its room id belongs to getChatToolInfo (chat-tool mode)', async () => {
    const { ok, result } = await enter('3.4.0', { type: 'single', roomId: 'room-1' });
    expect(ok).toBe(false);
    expect(result).toMatchObject({ errCode: 40097 });
  });

  it('not opened from a chat: 40097 wrong scene', async () => {
    expect((await enter('3.4.0', undefined)).result).toEqual({ errMsg: 'getGroupEnterInfo:fail wrong scene', errCode: 40097 });
  });

  it('a user who left the group since: 65206', async () => {
    const { ok, result } = await enter('3.4.0', group('card', { left: true }));
    expect(ok).toBe(false);
    expect(result).toEqual({ errMsg: 'getGroupEnterInfo:fail user is no longer in the group', errCode: 65206 });
  });

  it('has no Promise style: without callbacks it returns nothing', () => {
    const runtime = createWxRuntime({ SDKVersion: '3.4.0' });
    runtime.Page(ARTICLE, {});
    runtime.openShareCard({ path: ARTICLE, chat: 'group', openGId: 'tGroupA' });
    expect(runtime.wx.getGroupEnterInfo?.()).toBeUndefined();
  });
});

describe('private messages and the iOS ticket bug', () => {
  it('authPrivateMessage (2.13.0) says whether the ticket is from a private message', async () => {
    const { runtime } = launched('3.4.0', { onShareAppMessage: () => ({}) });
    await runtime.wx.updateShareMenu?.({ withShareTicket: true, isPrivateMessage: true, activityId: 'a1' });
    const report = await runtime.user.tapMenuShare();
    const card = report.cards[0];
    expect(card?.isPrivateMessage).toBe(true);
    const opened = runtime.openShareCard(card as NonNullable<typeof card>);
    const result = await runtime.wx.authPrivateMessage?.({ shareTicket: opened.shareTicket as string });
    expect(result).toMatchObject({ errMsg: 'authPrivateMessage:ok', valid: true });
    const plain = decrypt(runtime.sessionKey, result?.encryptedData as string, result?.iv as string);
    expect(plain).toMatchObject({ valid: true });
    const plainTicket = runtime.issueTicket();
    await expect(runtime.wx.authPrivateMessage?.({ shareTicket: plainTicket })).resolves.toMatchObject({ valid: false });
  });

  it.each([
    ['ios', false],
    ['android', true],
  ] as const)('on %s (3.4.0), withShareTicket + isUpdatableMessage:false keeps the ticket: %s', async (platform, kept) => {
    const { runtime } = launched('3.4.0', { onShareAppMessage: () => ({}) }, { platform });
    await runtime.wx.updateShareMenu?.({ withShareTicket: true, isUpdatableMessage: false, activityId: 'a' });
    expect(runtime.menu).toMatchObject({ withShareTicket: true, ticketLost: !kept });
    const report = await runtime.user.tapMenuShare({ groups: ['tGroupA'] });
    const card = report.cards[0] as NonNullable<(typeof report.cards)[0]>;
    expect(card.withShareTicket).toBe(kept);
    const opened = runtime.openShareCard(card);
    expect(opened.scene).toBe(kept ? 1044 : 1008);
    expect(typeof opened.shareTicket).toBe(kept ? 'string' : 'undefined');
  });

  it('the bug needs isUpdatableMessage, which is ignored below 2.4.0', async () => {
    const { runtime } = launched('2.2.3', { onShareAppMessage: () => ({}) }, { platform: 'ios' });
    await viaCallbacks(runtime.wx.updateShareMenu, { withShareTicket: true, isUpdatableMessage: false });
    expect(runtime.menu).toMatchObject({ withShareTicket: true, isUpdatableMessage: false, ticketLost: false });
    expect((await runtime.user.tapMenuShare()).shareTickets).toHaveLength(1);
  });
});
