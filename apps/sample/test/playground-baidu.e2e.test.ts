// The playground's simulated Baidu backend in real Chromium: the same article page over
// @sharekit/baidu, the user answering Baidu's share panel from the menu, the share button and
// swan.openShare, and the Android 1.13.43 cancel Baidu never reports.
import { describe, expect, it } from 'vitest';
import { available, outcome, phoneWithPanelOpen, share, usePlayground } from './playground';

const playground = usePlayground();

describe('the playground: simulated Baidu', () => {
  it('shares from the menu, the button and swan.openShare, with the outcome Baidu reports', async () => {
    const { page, errors } = await playground.show({ backend: 'baidu' });
    expect(await available(page, 'menu')).toBe('false');
    expect(await available(page, 'button')).toBe('true');
    await share(page, 'tap-menu', 'pick-share');
    await expect.poll(() => outcome(page)).toBe('shared');
    await share(page, 'share-button', 'pick-cancel');
    await expect.poll(() => outcome(page)).toBe('cancelled');
    await share(page, 'open-share', 'pick-fail');
    await expect.poll(() => outcome(page)).toBe('failed');
    expect(errors).toEqual([]);
  });

  it('fits a phone screen with the share panel open, and axe finds nothing serious', async () => {
    await phoneWithPanelOpen(playground, 'baidu');
  });

  it('Android 1.13.43: a cancelled openShare ends unconfirmed, never shared', async () => {
    const { page } = await playground.show({ backend: 'baidu-android-1.13.43' });
    await share(page, 'open-share', 'pick-cancel');
    await expect.poll(() => outcome(page)).toBe('unconfirmed');
  });
});
