import { isShareError } from '@sharekit/core';
import { describe, expect, it } from 'vitest';
import { world } from './harness';

// Douyin's `success` means the publisher is up, not that the user shared (payload UNCONFIRMED):
// never `shared`. `fail`: the publisher could not open.
describe('douyin outcomes', () => {
  it('a friend share ends unconfirmed, with the channel Douyin named', async () => {
    const { runtime, last } = world('3.50.0', { page: { title: 'T' } });
    await runtime.user.tapQuickShare({ choose: 'friend' });
    expect(last()).toEqual({ status: 'unconfirmed', channel: 'friend_list' });
  });

  it('a cancel is not reported either: unconfirmed when the page shows again', async () => {
    const { runtime, last } = world('3.50.0', { page: { title: 'T' } });
    const report = await runtime.user.tapMenuShare({ choose: 'cancel' });
    expect(report.delivered).toBeUndefined();
    expect(last()).toEqual({ status: 'unconfirmed' });
  });

  it("fail is failed, with Douyin's errMsg kept as platformMessage", async () => {
    const { runtime, last } = world('3.50.0', { page: { title: 'T' } });
    await runtime.user.tapMenuShare({ choose: 'fail' });
    const outcome = last();
    expect(outcome?.status).toBe('failed');
    if (outcome?.status !== 'failed') return;
    expect(isShareError(outcome.error, 'platform')).toBe(true);
    expect(outcome.error.platformMessage).toBe('shareAppMessage:fail publisher unavailable');
  });

  it("share() is unsupported: mini apps cannot open Douyin's share panel themselves", async () => {
    const { controller } = world('3.50.0');
    expect(controller.supports('share')).toBe(false);
    const outcome = await controller.share();
    expect(outcome.status === 'failed' && outcome.error.code).toBe('unsupported');
  });
});
