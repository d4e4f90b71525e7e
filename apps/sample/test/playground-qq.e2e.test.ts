// The playground's simulated QQ in real Chromium: the built QQ mini program runs on the sample
// server in @sharekit/mock/qq (Node-only); the user taps QQ's share items (QQ, Qzone, WeChat friends
// and Moments), QQ reports nothing back (unconfirmed), and a group card opens with a share ticket.
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type SampleServer, startSampleServer } from '../src/server';
import { launchChromium } from './browser';
import { dist } from './paths';

let server: SampleServer;
let browser: Browser;

beforeAll(async () => {
  server = await startSampleServer({ port: 0, webRoot: join(dist, 'web'), miniprogramDir: join(dist, 'miniprogram') });
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const settled = (page: Page) => page.locator('[data-testid="phone"][aria-busy="false"]').waitFor();
const available = (page: Page, capability: string) => page.locator(`[data-testid="matrix"] tr[data-capability="${capability}"]`).getAttribute('data-available');

async function share(page: Page, via: 'tap-menu' | 'share-button', choose: string) {
  await page.getByTestId(via).click();
  await page.getByTestId(choose).click();
  await page.getByTestId('picker').waitFor({ state: 'detached' });
  await settled(page);
}

describe('the playground: simulated QQ', () => {
  it('shares to a QQ group with a ticket (unconfirmed), the card opens with its share info; Qzone from the button', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    try {
      await page.goto(`${server.url}?backend=qq&version=1.15.0`);
      await page.locator('[data-testid="phone"][aria-busy="false"][data-version="1.15.0"]').waitFor();
      await page.getByTestId('title').waitFor();
      expect(await available(page, 'tickets')).toBe('true');
      expect(await available(page, 'result')).toBe('false');
      // The page asked for all four items, with tickets.
      expect(await page.getByTestId('user').textContent()).toContain('has qq, qzone, wechatFriends, wechatMoment, with share tickets');

      await share(page, 'tap-menu', 'pick-group');
      await expect.poll(() => page.getByTestId('outcome').getAttribute('data-status')).toBe('unconfirmed');
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
      await share(page, 'tap-menu', 'pick-cancel');
      expect((await page.getByTestId('user-log').locator('li').allTextContents()).at(-1)).toContain('; cancelled;');
      expect(await page.getByTestId('outcome').getAttribute('data-status')).not.toBe('shared');
      expect(errors).toEqual([]);
    } finally {
      await page.close();
    }
  });
});
