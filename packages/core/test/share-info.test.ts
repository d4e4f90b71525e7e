// getShareInfo and the launch ticket: the controller asks the adapter with the launch's ticket, or
// with none (WeChat's getGroupEnterInfo reads a group without one); the adapter says `no-ticket`.
import { describe, expect, it } from 'vitest';
import { createShareController, isShareError, ShareError, type ShareAdapter } from '../src';
import type { ShareHost } from '../src/adapter';

function adapter(getShareInfo?: ShareAdapter['getShareInfo']) {
  let host: ShareHost | undefined;
  const a: ShareAdapter = {
    platform: 'test',
    initiation: ['user'],
    supports: (c) => c === 'tickets' && getShareInfo !== undefined,
    canIUse: () => false,
    ...(getShareInfo && { getShareInfo }),
    connect(next: ShareHost) {
      host = next;
      return () => {};
    },
  };
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

  it('passes the launch ticket when there is one', async () => {
    const asked: unknown[] = [];
    const { adapter: a, host } = adapter(async (ticket) => {
      asked.push(ticket);
      return { source: 'getShareInfo', encryptedData: 'e', iv: 'i' };
    });
    const controller = createShareController({ adapter: a });
    host().launch({ scene: 1044, shareTicket: 'T' });
    await controller.getShareInfo();
    expect(asked).toEqual(['T']);
  });

  it('an adapter failure is reported as it is (platform); its no-ticket is no-ticket', async () => {
    const failing = createShareController({ adapter: adapter(async () => Promise.reject(new Error('not a ShareError'))).adapter });
    expect(isShareError(await failing.getShareInfo().catch((e: unknown) => e), 'platform')).toBe(true);
    const none = createShareController({ adapter: adapter(async () => Promise.reject(new ShareError('no-ticket', 'none'))).adapter });
    expect(isShareError(await none.getShareInfo().catch((e: unknown) => e), 'no-ticket')).toBe(true);
  });

  it('an adapter without share info: unsupported', async () => {
    const controller = createShareController({ adapter: adapter(undefined).adapter });
    await expect(controller.getShareInfo()).rejects.toSatisfy((e) => isShareError(e, 'unsupported'));
  });
});
