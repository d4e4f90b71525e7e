import { compareVersion, isShareError } from '@sharekit/core';
import { describe, expect, it } from 'vitest';
import type { WxEnterChat } from '@sharekit/mock/wx';
import { decrypt, PAGE, world } from './harness';

const GROUP = 'tGgroupFromCard';
const card = { path: `${PAGE}?id=7`, chat: 'group' as const, openGId: GROUP, withShareTicket: true };

// WeChat's group APIs (wx-share-facts.md): getShareInfo takes the launch ticket; getGroupEnterInfo
// (no ticket) answers for group tools from 2.10.4 and for group message cards and to-dos from
// 2.17.3, so from 2.17.3 a card is read with it.
describe.each([
  ['1.1.0', 'getShareInfo'],
  ['1.9.90', 'getShareInfo'],
  ['2.7.0', 'getShareInfo'],
  ['2.10.4', 'getShareInfo'],
  ['2.17.2', 'getShareInfo'],
  ['2.17.3', 'getGroupEnterInfo'],
  ['3.4.0', 'getGroupEnterInfo'],
] as const)('a group card with a ticket, opened at base library %s', (version, source) => {
  it(`reads the group with ${source}: ticket in state, decrypt, the right group`, async () => {
    const { controller, runtime } = world(version, { runtime: { cloud: true } });
    runtime.openShareCard(card);
    const launch = controller.getState().launch;
    expect(launch).toMatchObject({ scene: 1044, shareTicket: expect.any(String), path: 'pages/article/index' });

    const info = await controller.getShareInfo({ timeout: 5000 });
    expect(info.source).toBe(source);
    const plain = decrypt(runtime, info);
    // getGroupEnterInfo's payload names the group in lower case, and holds nothing else.
    expect(plain).toEqual(
      source === 'getShareInfo'
        ? { openGId: GROUP, watermark: { appid: runtime.appId, timestamp: expect.any(Number) } }
        : { opengid: GROUP, watermark: { appid: runtime.appId, timestamp: expect.any(Number) } },
    );
    // cloudID (with cloud development) comes with 2.7.0; timeout only where WeChat takes it (1.9.90).
    expect(typeof info.cloudID === 'string').toBe(compareVersion(version, '2.7.0') >= 0);
    const calls = runtime.calls.filter((c) => c.api === 'getShareInfo' || c.api === 'getGroupEnterInfo');
    expect(calls.map((c) => c.api)).toEqual([source]);
    if (source === 'getShareInfo') {
      expect(calls[0]?.args[0]).toMatchObject({ shareTicket: launch?.shareTicket });
      expect('timeout' in ((calls[0]?.args[0] ?? {}) as object)).toBe(compareVersion(version, '1.9.90') >= 0);
    } else {
      expect(Object.keys(calls[0]?.args[0] as object).sort()).toEqual(['fail', 'success']);
    }
  });
});

describe('launches without a ticket', () => {
  const enter = (version: string, chat: WxEnterChat) => {
    const w = world(version, { idle: true });
    w.runtime.launch({ path: PAGE, chat });
    return w;
  };

  it.each([
    ['2.10.4', 'tool'],
    ['2.17.3', 'card'],
    ['2.17.3', 'todo'],
  ] as const)('at %s, from a group %s: getGroupEnterInfo reads the group, no ticket needed', async (version, via) => {
    const { controller, runtime } = enter(version, { type: 'group', openGId: GROUP, via });
    expect(controller.getState().launch?.shareTicket).toBeUndefined();
    const info = await controller.getShareInfo();
    expect(info).toMatchObject({ source: 'getGroupEnterInfo' });
    expect(info.cloudID).toBeUndefined(); // no cloud development
    expect(decrypt(runtime, info)).toMatchObject({ opengid: GROUP });
  });

  it.each([
    ['2.10.3', 'tool'],
    ['2.10.4', 'card'],
    ['2.17.2', 'todo'],
    ['3.4.0', 'single'],
  ] as const)('at %s, from a %s chat, WeChat cannot tell the group: no-ticket', async (version, via) => {
    const chat: WxEnterChat = via === 'single' ? { type: 'single', roomId: 'room-1' } : { type: 'group', openGId: GROUP, via };
    const { controller } = enter(version, chat);
    const error = await controller.getShareInfo().catch((e: unknown) => e);
    expect(isShareError(error, 'no-ticket')).toBe(true);
  });

  it('a user who left the group: platform, with WeChat\'s 65206 kept and said', async () => {
    const { controller } = enter('3.4.0', { type: 'group', openGId: GROUP, via: 'card', left: true });
    const error = await controller.getShareInfo().catch((e: unknown) => e);
    expect(isShareError(error, 'platform')).toBe(true);
    expect(error).toMatchObject({ platformMessage: 'getGroupEnterInfo:fail user is no longer in the group' });
    expect((error as Error).message).toMatch(/no longer in this group.*65206/);
  });
});

describe('share info', () => {
  it('a cold start from a card brings the ticket through App.onLaunch', async () => {
    const { controller, runtime, events } = world('2.2.3', { idle: true });
    runtime.openShareCard(card);
    expect(runtime.events.filter((e) => e.target === 'app').map((e) => e.hook)).toEqual(['onLaunch', 'onShow']);
    expect(events.filter((e) => e.event.type === 'launch')).toHaveLength(2);
    const info = await controller.getShareInfo();
    expect(decrypt(runtime, info).openGId).toBe(GROUP);
  });

  it('the tickets a sharer gets (below 2.3.0) decrypt to the groups shared to', async () => {
    const { controller, runtime, adapter, last } = world('2.2.3', { controller: { content: { title: 't' } } });
    await controller.showMenu({ withShareTicket: true });
    await runtime.user.tapMenuShare({ choose: 'group', groups: ['tGone', 'tGtwo'] });
    const outcome = last();
    const tickets = outcome?.status === 'shared' ? outcome.tickets ?? [] : [];
    const groups = [];
    for (const ticket of tickets) {
      const info = await adapter.getShareInfo(ticket, {});
      groups.push(decrypt(runtime, info).openGId);
    }
    expect(groups).toEqual(['tGone', 'tGtwo']);
  });

  it('a ticket dies with the lifecycle: destroy clears it, and an old ticket fails with errMsg kept', async () => {
    const { controller, runtime, adapter } = world('2.16.0');
    runtime.openShareCard(card);
    const old = controller.getState().launch?.shareTicket as string;
    runtime.destroy();
    adapter.destroy();
    expect(controller.getState().launch).toBeNull();
    await expect(controller.getShareInfo()).rejects.toSatisfy((e) => isShareError(e, 'no-ticket'));

    runtime.launch({ path: PAGE });
    const error = await adapter.getShareInfo(old, {}).catch((e: unknown) => e);
    expect(isShareError(error, 'platform')).toBe(true);
    expect(error).toMatchObject({ platform: 'wx', platformMessage: 'getShareInfo:fail invalid shareTicket' });
  });

  it('showing the app again without a card replaces the context: the ticket is no longer the latest', async () => {
    const { controller, runtime } = world('3.4.0');
    runtime.openShareCard(card);
    runtime.hide();
    runtime.show();
    expect(controller.getState().launch).toMatchObject({ scene: 1089 });
    expect(controller.getState().launch?.shareTicket).toBeUndefined();
  });

  it('a ticket handed to the adapter before 2.17.3 goes to getShareInfo, even from a group tool', async () => {
    const { adapter, runtime } = world('2.16.0', { idle: true });
    runtime.launch({ path: PAGE, chat: { type: 'group', openGId: 'tGtool', via: 'tool' } });
    const info = await adapter.getShareInfo(runtime.issueTicket({ openGId: GROUP }), {});
    expect(info.source).toBe('getShareInfo');
    expect(decrypt(runtime, info)).toMatchObject({ openGId: GROUP });
  });

  it('with neither API it is unsupported, never a TypeError', async () => {
    const { adapter } = world('2.2.3', { wx: (wx) => ({ ...wx, getShareInfo: undefined }) });
    await expect(adapter.getShareInfo('ticket', {})).rejects.toSatisfy((e) => isShareError(e, 'unsupported'));
  });
});
