// The playground's simulated Baidu backend in real Chromium: the same article page over
// @sharekit/baidu, the user answering Baidu's share panel from the menu, the share button and
// swan.openShare, and the Android 1.13.43 cancel Baidu never reports.
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

async function answer(page: Page, via: 'tap-menu' | 'share-button' | 'open-share', choose: 'pick-share' | 'pick-cancel' | 'pick-fail') {
  await page.getByTestId(via).click();
  await page.getByTestId(choose).click();
  await page.getByTestId('picker').waitFor({ state: 'detached' });
  await page.locator('[data-testid="phone"][aria-busy="false"]').waitFor();
}

const outcome = (page: Page) => page.getByTestId('outcome').getAttribute('data-status');

describe('the playground: simulated Baidu', () => {
  it('shares from the menu, the button and swan.openShare, with the outcome Baidu reports', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    try {
      await page.goto(`${server.url}?backend=baidu`);
      await page.getByTestId('title').waitFor();
      expect(await page.locator('[data-testid="matrix"] tr[data-capability="menu"]').getAttribute('data-available')).toBe('false');
      expect(await page.locator('[data-testid="matrix"] tr[data-capability="button"]').getAttribute('data-available')).toBe('true');
      await answer(page, 'tap-menu', 'pick-share');
      await expect.poll(() => outcome(page)).toBe('shared');
      await answer(page, 'share-button', 'pick-cancel');
      await expect.poll(() => outcome(page)).toBe('cancelled');
      await answer(page, 'open-share', 'pick-fail');
      await expect.poll(() => outcome(page)).toBe('failed');
      expect(errors).toEqual([]);
    } finally {
      await page.close();
    }
  });

  it('fits a phone screen with the share panel open, and axe finds nothing serious', async () => {
    const page = await browser.newPage({ viewport: { width: 375, height: 667 } });
    try {
      await page.goto(`${server.url}?backend=baidu`);
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
    } finally {
      await page.close();
    }
  });

  it('Android 1.13.43: a cancelled openShare ends unconfirmed, never shared', async () => {
    const page = await browser.newPage();
    try {
      await page.goto(`${server.url}?backend=baidu-android-1.13.43`);
      await page.getByTestId('title').waitFor();
      await answer(page, 'open-share', 'pick-cancel');
      await expect.poll(() => outcome(page)).toBe('unconfirmed');
    } finally {
      await page.close();
    }
  });
});
