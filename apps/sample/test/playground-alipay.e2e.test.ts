// The playground's simulated Alipay in real Chromium: the same article page over @sharekit/alipay
// (@sharekit/mock/alipay in the page), the user answering Alipay's share panel from the menu, the
// share button and my.showSharePanel, at versions with and without the panel and the button.
import { createRequire } from 'node:module';
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

async function open(version: string): Promise<{ page: Page; errors: string[] }> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`${server.url}?backend=alipay&version=${version}`);
  await page.locator(`[data-testid="phone"][aria-busy="false"][data-version="${version}"]`).waitFor();
  await page.getByTestId('title').waitFor();
  return { page, errors };
}

async function answer(page: Page, via: 'tap-menu' | 'share-button' | 'open-share', choose: string) {
  await page.getByTestId(via).click();
  await page.getByTestId(choose).click();
  await page.getByTestId('picker').waitFor({ state: 'detached' });
  await page.locator('[data-testid="phone"][aria-busy="false"]').waitFor();
}

const outcome = (page: Page) => page.getByTestId('outcome').getAttribute('data-status');
const available = (page: Page, capability: string) => page.locator(`[data-testid="matrix"] tr[data-capability="${capability}"]`).getAttribute('data-available');

describe('the playground: simulated Alipay', () => {
  it('2.9.0: shared from the menu with its channel, not sent is cancelled, my.showSharePanel joins the session', async () => {
    const { page, errors } = await open('2.9.0');
    try {
      expect(await available(page, 'result')).toBe('true');
      expect(await available(page, 'tickets')).toBe('false');
      await answer(page, 'tap-menu', 'pick-share');
      await expect.poll(() => outcome(page)).toBe('shared');
      expect(await page.getByTestId('outcome').textContent()).toContain('ALPContact');
      // Alipay's card: the path without its leading /.
      expect(await page.getByTestId('user-log').textContent()).toContain('→ pages/article/index?id=42');
      await answer(page, 'share-button', 'pick-not-shared');
      await expect.poll(() => outcome(page)).toBe('cancelled');
      // The app-started panel: its pull (from: 'code') is the page's own share, its result the outcome.
      await answer(page, 'open-share', 'pick-share');
      await expect.poll(() => outcome(page)).toBe('shared');
      expect(await page.getByTestId('user-log').textContent()).toContain('my.showSharePanel: page.onShareAppMessage({"from":"code"})');
      await answer(page, 'open-share', 'pick-fail');
      await expect.poll(() => outcome(page)).toBe('failed');
      expect(errors).toEqual([]);
    } finally {
      await page.close();
    }
  });

  it('1.4.0 has no my.showSharePanel; 1.0.0 has neither the button nor a result: unconfirmed, never shared', async () => {
    const { page, errors } = await open('1.4.0');
    try {
      expect(await page.getByTestId('open-share').count()).toBe(0);
      await page.getByTestId('share-button').waitFor();
      await page.getByTestId('version').selectOption('1.0.0');
      await page.locator('[data-testid="phone"][aria-busy="false"][data-version="1.0.0"]').waitFor();
      expect(await page.getByTestId('share-button').count()).toBe(0);
      await page.getByTestId('no-share-button').waitFor();
      expect(await page.getByTestId('tap-button').isDisabled()).toBe(true);
      expect(await available(page, 'button')).toBe('false');
      expect(await available(page, 'result')).toBe('false');
      await answer(page, 'tap-menu', 'pick-share');
      await expect.poll(() => outcome(page)).toBe('unconfirmed');
      expect(errors).toEqual([]);
    } finally {
      await page.close();
    }
  });

  it('fits a phone screen with the share panel open, and axe finds nothing serious', async () => {
    const page = await browser.newPage({ viewport: { width: 375, height: 667 } });
    try {
      await page.goto(`${server.url}?backend=alipay`);
      await page.getByTestId('title').waitFor();
      await page.getByTestId('open-share').click();
      await page.getByTestId('picker').waitFor();
      expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBe(0);
      await page.addScriptTag({ path: createRequire(import.meta.url).resolve('axe-core/axe.min.js') });
      const serious = await page.evaluate(async () => {
        const { violations } = await (window as unknown as { axe: typeof import('axe-core') }).axe.run(document, { resultTypes: ['violations'] });
        return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id);
      });
      expect(serious).toEqual([]);
      // Esc closes the panel: Alipay calls nothing back.
      await page.keyboard.press('Escape');
      await page.getByTestId('picker').waitFor({ state: 'detached' });
    } finally {
      await page.close();
    }
  });
});
