// What an app reads when a share ends without the platform: the messages of disposed and timed-out
// sessions say what happened.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createShareController, type ShareAdapter, type ShareOutcome } from '../src';

const adapter = (share: ShareAdapter['share']): ShareAdapter => ({
  platform: 'stub',
  initiation: ['app', 'user'],
  supports: () => true,
  canIUse: () => true,
  getShareInfo: async () => ({ source: 'getShareInfo', encryptedData: 'e', iv: 'i' }),
  share,
});

const messageOf = (outcome: ShareOutcome) => (outcome.status === 'failed' ? outcome.error.message : outcome.status);

afterEach(() => {
  vi.useRealTimers();
});

describe('session messages', () => {
  it('a share after dispose', async () => {
    const controller = createShareController({ adapter: adapter(async () => ({ status: 'shared' })) });
    controller.dispose();
    expect(messageOf(await controller.share())).toBe('disposed: the share controller was disposed');
  });

  it('a share cut short by dispose', async () => {
    const controller = createShareController({ adapter: adapter(() => new Promise(() => {})) });
    const result = controller.share();
    controller.dispose();
    expect(messageOf(await result)).toBe('disposed: the share controller was disposed during the share');
  });

  it('content that never came', async () => {
    vi.useFakeTimers();
    const controller = createShareController({ adapter: adapter(async () => ({ status: 'shared' })), content: () => new Promise(() => {}), composeTimeout: 10 });
    const result = controller.share();
    await vi.advanceTimersByTimeAsync(10);
    expect(messageOf(await result)).toBe('timeout: the content provider did not resolve in time');
  });
});
