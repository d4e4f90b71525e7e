// The playground's simulated QQ in real Chromium: the built QQ mini program runs on the sample
// server in @sharekit/mock/qq (Node-only); the user taps QQ's share items (QQ, Qzone, WeChat friends
// and Moments), QQ reports nothing back (unconfirmed), and a group card opens with a share ticket.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { available, outcome, settled, share, usePlayground } from './playground';

const playground = usePlayground();

/** The page log's last settled share: its number and the outcome line (`#3 unconfirmed: …`). */
async function lastSettled(page: Page): Promise<{ id: number; text: string }> {
  const text = (await page.getByTestId('page-log').locator('li.log-outcome').last().textContent()) ?? '';
  return { id: Number(/^#(\d+) /.exec(text)?.[1]), text };
}

describe('the playground: simulated QQ', () => {
  it('shares to a QQ group with a ticket (unconfirmed), the card opens with its share info; Qzone from the button', async () => {
    const { page, errors } = await playground.show({ backend: 'qq', version: '1.15.0' });
    expect(await available(page, 'tickets')).toBe('true');
    expect(await available(page, 'result')).toBe('false');
    // The page asked for all four items, with tickets.
    expect(await page.getByTestId('user').textContent()).toContain('has qq, qzone, wechatFriends, wechatMoment, with share tickets');

    await share(page, 'tap-menu', 'pick-group');
    await expect.poll(() => outcome(page)).toBe('unconfirmed');
    expect(await page.getByTestId('user-log').textContent()).toContain('with a share ticket; QQ reports no result to the page');
    // Someone opens the group card: a ticket, share info read (no QQ group-id endpoint here).
    await page.getByTestId('open-card-0').click();
    await settled(page);
    await expect.poll(() => page.getByTestId('group').getAttribute('data-status')).toBe('info');

    // The share button offers QQ and Qzone only (its default share-mode).
    await page.getByTestId('share-button').click();
    expect(await page.getByTestId('pick-wechatFriends').isDisabled()).toBe(true);
    await page.getByTestId('pick-qzone').click();
    await page.getByTestId('picker').waitFor({ state: 'detached' });
    await settled(page);
    expect(await page.getByTestId('user-log').textContent()).toContain('share button › 分享到空间 (Qzone)');

    // Cancelled in QQ's panel. QQ has no result callbacks for a card (neither success nor cancel), so
    // the page cannot tell a cancel from a send: the honest outcome is exactly `unconfirmed`, settled
    // when the page shows again, for this share (one number past the Qzone share), never cancelled.
    const qzone = await lastSettled(page);
    expect(qzone.text).toMatch(/^#\d+ unconfirmed/);
    await share(page, 'tap-menu', 'pick-cancel');
    expect((await page.getByTestId('user-log').locator('li').allTextContents()).at(-1)).toContain('; cancelled;');
    await expect.poll(async () => (await lastSettled(page)).id).toBe(qzone.id + 1);
    expect((await lastSettled(page)).text).toMatch(/^#\d+ unconfirmed: /);
    expect(await outcome(page)).toBe('unconfirmed');
    expect(errors).toEqual([]);
  });
});
