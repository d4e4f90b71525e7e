import { compareVersion, isShareError } from '@sharekit/core';
import { describe, expect, it } from 'vitest';
import { decrypt, PAGE, world } from './harness';

const GROUP = 'tGgroupFromCard';
const card = { path: `${PAGE}?id=7`, chat: 'group' as const, openGId: GROUP, withShareTicket: true };

describe.each(['1.1.0', '1.9.90', '2.7.0', '3.4.0'])('share info at base library %s', (version) => {
  it('a card opened from a group: ticket in state, getShareInfo, decrypt, the right openGId', async () => {
    const { controller, runtime } = world(version);
    runtime.openShareCard(card);
    const launch = controller.getState().launch;
    expect(launch).toMatchObject({ scene: 1044, shareTicket: expect.any(String), path: 'pages/article/index' });

    const info = await controller.getShareInfo({ timeout: 5000 });
    expect(info.source).toBe('getShareInfo');
    const plain = decrypt(runtime, info);
    expect(plain.openGId).toBe(GROUP);
    expect(plain.watermark).toMatchObject({ appid: runtime.appId });

    // cloudID comes with 2.7.0; timeout is passed only where WeChat takes it (1.9.90).
    expect(typeof info.cloudID === 'string').toBe(compareVersion(version, '2.7.0') >= 0);
    const call = runtime.calls.find((c) => c.api === 'getShareInfo');
    expect(call?.args[0]).toMatchObject({ shareTicket: launch?.shareTicket });
    expect('timeout' in ((call?.args[0] ?? {}) as object)).toBe(compareVersion(version, '1.9.90') >= 0);
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
    const { controller, runtime, adapter } = world('3.4.0');
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

  it('without wx.getShareInfo it falls back to getGroupEnterInfo and says so in `source`', async () => {
    const { controller, runtime } = world('3.4.0', { wx: (wx) => ({ ...wx, getShareInfo: undefined }) });
    runtime.openShareCard(card);
    const info = await controller.getShareInfo();
    expect(info.source).toBe('getGroupEnterInfo');
    expect(typeof info.cloudID).toBe('string');
    // getGroupEnterInfo's payload names the group in lower case.
    expect(decrypt(runtime, info)).toMatchObject({ opengid: GROUP, chat_type: 3 });
  });

  it('with neither API it is unsupported, never a TypeError', async () => {
    const { adapter } = world('2.2.3', { wx: (wx) => ({ ...wx, getShareInfo: undefined }) });
    await expect(adapter.getShareInfo('ticket', {})).rejects.toSatisfy((e) => isShareError(e, 'unsupported'));
  });
});
