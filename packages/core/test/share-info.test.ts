// getShareInfo without a launch ticket: WeChat's getGroupEnterInfo reads the group with none, so
// the controller asks an adapter that can use it; any other adapter means `no-ticket` at once.
import { describe, expect, it } from 'vitest';
import { createShareController, isShareError, type ShareAdapter, type ShareHost } from '../src';

function adapter(getShareInfo?: ShareAdapter['getShareInfo']) {
  let host: ShareHost | undefined;
  const a = {
    platform: 'test',
    initiation: { app: false, user: true },
    // Reads a group without a ticket (like WeChat's getGroupEnterInfo) when it reads share info at all.
    canIUse: (schema: string) => schema === 'getGroupEnterInfo' && getShareInfo !== undefined,
    showMenu: async () => {},
    hideMenu: async () => {},
    updateMenu: async () => {},
    getShareInfo,
    connect(next: ShareHost) {
      host = next;
      return () => {};
    },
  } as ShareAdapter;
  return { adapter: a, host: () => host! };
}

describe('getShareInfo and the launch ticket', () => {
  it('asks the adapter when the launch had no ticket, with the ticket undefined', async () => {
    const asked: unknown[] = [];
    const { adapter: a, host } = adapter(async (ticket) => {
      asked.push(ticket);
      return { source: 'getGroupEnterInfo', encryptedData: 'e', iv: 'i' };
    });
    const controller = createShareController({ adapter: a });
    host().launch({ scene: 1008 });
    await expect(controller.getShareInfo()).resolves.toMatchObject({ source: 'getGroupEnterInfo' });
    expect(asked).toEqual([undefined]);
  });

  it('without a ticket, an adapter failure is reported as it is (platform), not as no-ticket', async () => {
    const { adapter: a } = adapter(async () => {
      throw new Error('not a ShareError');
    });
    const controller = createShareController({ adapter: a });
    const error = await controller.getShareInfo().catch((e: unknown) => e);
    expect(isShareError(error, 'platform')).toBe(true);
  });

  it('an adapter that cannot read a group without a ticket, and no ticket: no-ticket, the adapter not asked', async () => {
    const controller = createShareController({ adapter: adapter(undefined).adapter });
    await expect(controller.getShareInfo()).rejects.toSatisfy((e) => isShareError(e, 'no-ticket'));
  });
});
