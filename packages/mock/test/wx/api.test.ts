import { describe, expect, it } from 'vitest';
import { createWxRuntime } from '../../src/wx';
import { ARTICLE, launched, viaCallbacks } from './helpers';

describe('callback and promise styles', () => {
  it('callbacks: success then complete, asynchronously, with errMsg', async () => {
    const { runtime } = launched('3.4.0', { onShareAppMessage: () => ({}) });
    const order: string[] = [];
    const returned = runtime.wx.showShareMenu?.({
      withShareTicket: true,
      success: (result) => order.push(`success ${result.errMsg}`),
      complete: (result) => order.push(`complete ${result.errMsg}`),
    });
    expect(returned).toBeUndefined();
    expect(order).toEqual([]);
    await Promise.resolve();
    expect(order).toEqual(['success showShareMenu:ok', 'complete showShareMenu:ok']);
  });

  it('promises reject with the fail result object', async () => {
    const runtime = createWxRuntime();
    await expect(runtime.wx.showShareMenu?.()).rejects.toEqual({ errMsg: 'showShareMenu:fail no current page' });
  });

  it('records every call with its args and result', async () => {
    const { runtime } = launched('3.4.0', { onShareAppMessage: () => ({}) });
    runtime.clearRecords();
    runtime.wx.canIUse?.('showShareMenu');
    await runtime.wx.updateShareMenu?.({ withShareTicket: true });
    expect(runtime.calls).toEqual([
      { api: 'canIUse', args: ['showShareMenu'], result: true },
      { api: 'updateShareMenu', args: [{ withShareTicket: true }], result: { errMsg: 'updateShareMenu:ok' } },
    ]);
  });
});

describe('the share menu', () => {
  it('is per page: a new page starts from its own default, going back restores', async () => {
    const runtime = createWxRuntime();
    runtime.Page('/pages/index/index', { onShareAppMessage: () => ({}) });
    runtime.Page(ARTICLE, { onShareAppMessage: () => ({}) });
    runtime.launch();
    await runtime.wx.showShareMenu?.({ withShareTicket: true });
    runtime.navigateTo(ARTICLE);
    expect(runtime.menu).toMatchObject({ visible: true, withShareTicket: false });
    runtime.navigateBack();
    expect(runtime.menu).toMatchObject({ visible: true, withShareTicket: true });
  });

  it('ignores menus below 2.11.3 (showShareMenu adds shareAppMessage, hideShareMenu hides all)', async () => {
    const { runtime } = launched('2.2.3', { onShareAppMessage: () => ({}) });
    await viaCallbacks(runtime.wx.showShareMenu, { menus: ['shareAppMessage', 'shareTimeline'] });
    expect(runtime.menu.menus).toEqual(['shareAppMessage']);
    await viaCallbacks(runtime.wx.hideShareMenu, { menus: ['shareTimeline'] });
    expect(runtime.menu).toMatchObject({ visible: false, menus: [] });
  });

  it('honours menus from 2.11.3', async () => {
    const { runtime } = launched('2.11.3', { onShareAppMessage: () => ({}) });
    await runtime.wx.showShareMenu?.({ withShareTicket: true, menus: ['shareAppMessage', 'shareTimeline'] });
    expect(runtime.menu).toMatchObject({ visible: true, withShareTicket: true, menus: ['shareAppMessage', 'shareTimeline'] });
    await runtime.wx.hideShareMenu?.({ menus: ['shareTimeline'] });
    expect(runtime.menu).toMatchObject({ visible: true, menus: ['shareAppMessage'] });
  });

  it('updateShareMenu ignores options newer than the base library', async () => {
    const { runtime } = launched('2.4.0', { onShareAppMessage: () => ({}) });
    await runtime.wx.updateShareMenu?.({
      withShareTicket: true,
      isUpdatableMessage: true,
      activityId: 'act',
      templateInfo: { parameterList: [] },
      toDoActivityId: 'todo', // 2.11.0
      isPrivateMessage: true, // 2.13.0
    });
    expect(runtime.menu).toEqual({
      visible: true,
      withShareTicket: true,
      menus: ['shareAppMessage'],
      isUpdatableMessage: true,
      activityId: 'act',
      templateInfo: { parameterList: [] },
      isPrivateMessage: false,
      ticketLost: false,
    });
  });

  it('showShareMenu on a page without onShareAppMessage succeeds, but no item appears', async () => {
    const { runtime } = launched('3.4.0', {});
    await runtime.wx.showShareMenu?.();
    expect(runtime.menu).toMatchObject({ visible: false, menus: ['shareAppMessage'] });
    expect((await runtime.user.tapMenuShare()).reason).toBe('no-handler');
  });
});

describe('other APIs', () => {
  it('shareFileMessage works only from a tap (2.16.1+)', async () => {
    const { runtime } = launched('3.4.0');
    await expect(runtime.wx.shareFileMessage?.({ filePath: '/tmp/a.pdf' })).rejects.toEqual({
      errMsg: 'shareFileMessage:fail can only be invoked by user TAP gesture.',
    });
    const inTap = runtime.user.tap(() => runtime.wx.shareFileMessage?.({ filePath: '/tmp/a.pdf' }));
    await expect(inTap).resolves.toEqual({ errMsg: 'shareFileMessage:ok' });
    runtime.user.respondNext('shareVideoMessage', { choose: 'cancel' });
    const cancelled = runtime.user.tap(() => runtime.wx.shareVideoMessage?.({ videoPath: '/tmp/v.mp4' }));
    await expect(cancelled).rejects.toEqual({ errMsg: 'shareVideoMessage:fail cancel' });
  });

  it('showShareImageMenu (2.14.3+) checks its path and follows the scripted user', async () => {
    const { runtime } = launched('3.4.0');
    runtime.user.respondNext('showShareImageMenu', { choose: 'fail', detail: 'image too large' });
    await expect(runtime.wx.showShareImageMenu?.({ path: '/a.png' })).rejects.toEqual({
      errMsg: 'showShareImageMenu:fail image too large',
    });
    await expect(runtime.wx.showShareImageMenu?.({ path: '/a.png' })).resolves.toEqual({ errMsg: 'showShareImageMenu:ok' });
    await expect(runtime.wx.showShareImageMenu?.({} as { path: string })).rejects.toMatchObject({
      errMsg: expect.stringContaining('parameter.path should be String'),
    });
  });

  it('getAccountInfoSync (2.2.2+) and getLaunchOptionsSync (2.1.2+)', () => {
    const { runtime } = launched('3.4.0', {}, { appId: 'wxabc' });
    expect(runtime.wx.getAccountInfoSync?.().miniProgram.appId).toBe('wxabc');
    expect(runtime.wx.getLaunchOptionsSync?.()).toMatchObject({ path: 'pages/article/index', query: { id: '42' } });
    expect(createWxRuntime({ SDKVersion: '2.1.1' }).wx.getLaunchOptionsSync).toBeUndefined();
  });
});
