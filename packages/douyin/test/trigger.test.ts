import { describe, expect, it } from 'vitest';
import { PAGE, world } from './harness';

// Douyin's share options (…/api/retweet/share/share-option): every `from` and `channel` reaches the
// provider as Douyin says it; `webviewUrl` (lower-case v, 2.47.0+) arrives as `webViewUrl`.
describe('douyin triggers', () => {
  const triggers = (version = '3.50.0') => {
    const seen: unknown[] = [];
    const w = world(version, {
      page: (trigger) => {
        seen.push(trigger);
        return { title: 'T' };
      },
    });
    return { ...w, seen };
  };

  it('passes from and channel through: menu, quick_share (friend_list), screenshot (qrcode), a button with data-channel', async () => {
    const { runtime, seen } = triggers();
    await runtime.user.tapMenuShare();
    await runtime.user.tapQuickShare();
    await runtime.user.takeScreenshot();
    await runtime.user.tapShareButton({ id: 'b', dataset: { channel: 'video' } });
    expect(seen[0]).toEqual({ from: 'menu' });
    expect(seen[1]).toEqual({ from: 'quick_share', channel: 'friend_list' });
    expect(seen[2]).toEqual({ from: 'screenshot', channel: 'qrcode' });
    expect(seen[3]).toMatchObject({ from: 'button', channel: 'video', target: { id: 'b' } });
  });

  it("normalizes webviewUrl to webViewUrl from 2.47.0, and drops Douyin's empty one outside a web-view", async () => {
    const { runtime, seen } = triggers('2.47.0');
    await runtime.user.tapMenuShare({ webviewUrl: 'https://example.com/a' });
    await runtime.user.tapMenuShare();
    expect(seen[0]).toEqual({ from: 'menu', webViewUrl: 'https://example.com/a' });
    expect(seen[1]).toEqual({ from: 'menu' });
    const old = triggers('2.46.0');
    await old.runtime.user.tapMenuShare({ webviewUrl: 'https://example.com/a' });
    expect(old.seen[0]).toEqual({ from: 'menu' });
  });

  it('hands the launch context on with its scene as a number (Douyin sends "011009")', () => {
    const { controller, runtime } = world('3.50.0');
    expect(controller.getState().launch).toEqual({ scene: 11001, path: PAGE.slice(1), query: { id: '42' } });
    runtime.hide();
    runtime.show({ scene: '011009' });
    expect(controller.getState().launch?.scene).toBe(11009);
  });
});
