// The playground's simulated Alipay in real Chromium: the same article page over @sharekit/alipay
// (@sharekit/mock/alipay in the page), the user answering Alipay's share panel from the menu, the
// share button and my.showSharePanel, at versions with and without the panel and the button.
import { describe, expect, it } from 'vitest';
import { available, outcome, phoneWithPanelOpen, settled, share, usePlayground } from './playground';

const playground = usePlayground();

describe('the playground: simulated Alipay', () => {
  it('2.9.0: shared from the menu with its channel, not sent is cancelled, my.showSharePanel joins the session', async () => {
    const { page, errors } = await playground.show({ backend: 'alipay', version: '2.9.0' });
    expect(await available(page, 'result')).toBe('true');
    expect(await available(page, 'tickets')).toBe('false');
    await share(page, 'tap-menu', 'pick-share');
    await expect.poll(() => outcome(page)).toBe('shared');
    expect(await page.getByTestId('outcome').textContent()).toContain('ALPContact');
    // Alipay's card: the path without its leading /.
    expect(await page.getByTestId('user-log').textContent()).toContain('→ pages/article/index?id=42');
    await share(page, 'share-button', 'pick-not-shared');
    await expect.poll(() => outcome(page)).toBe('cancelled');
    // The app-started panel: its pull (from: 'code') is the page's own share, its result the outcome.
    await share(page, 'open-share', 'pick-share');
    await expect.poll(() => outcome(page)).toBe('shared');
    expect(await page.getByTestId('user-log').textContent()).toContain('my.showSharePanel: page.onShareAppMessage({"from":"code"})');
    await share(page, 'open-share', 'pick-fail');
    await expect.poll(() => outcome(page)).toBe('failed');
    expect(errors).toEqual([]);
  });

  it('1.4.0 has no my.showSharePanel; 1.0.0 has neither the button nor a result: unconfirmed, never shared', async () => {
    const { page, errors } = await playground.show({ backend: 'alipay', version: '1.4.0' });
    expect(await page.getByTestId('open-share').count()).toBe(0);
    await page.getByTestId('share-button').waitFor();
    await page.getByTestId('version').selectOption('1.0.0');
    await settled(page, '1.0.0');
    expect(await page.getByTestId('share-button').count()).toBe(0);
    await page.getByTestId('no-share-button').waitFor();
    expect(await page.getByTestId('tap-button').isDisabled()).toBe(true);
    expect(await available(page, 'button')).toBe('false');
    expect(await available(page, 'result')).toBe('false');
    await share(page, 'tap-menu', 'pick-share');
    await expect.poll(() => outcome(page)).toBe('unconfirmed');
    expect(errors).toEqual([]);
  });

  it('fits a phone screen with the share panel open, and axe finds nothing serious', async () => {
    const page = await phoneWithPanelOpen(playground, 'alipay');
    // Esc closes the panel: Alipay calls nothing back.
    await page.keyboard.press('Escape');
    await page.getByTestId('picker').waitFor({ state: 'detached' });
  });
});
