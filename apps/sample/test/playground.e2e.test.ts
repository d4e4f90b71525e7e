// The playground in real Chromium (Debian's), against the sample server started here on a free
// port: the browser backend with its fallback sheet and the clipboard, then the simulated WeChat
// at several base library versions. Screenshots go to test-results/ (gitignored).
import { mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type SampleServer, startSampleServer } from '../src/server';
import { launchChromium } from './browser';
import { dist, results } from './paths';

let server: SampleServer;
let browser: Browser;

const desktop = { width: 1280, height: 800 };
const phone = { width: 375, height: 667 };
const shot = (name: string) => join(results, `${name}.png`);

beforeAll(async () => {
  mkdirSync(results, { recursive: true });
  server = await startSampleServer({ port: 0, webRoot: join(dist, 'web'), miniprogramDir: join(dist, 'miniprogram') });
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function open(viewport: { width: number; height: number }): Promise<{ context: BrowserContext; page: Page; errors: string[] }> {
  const context = await browser.newContext({ viewport, permissions: ['clipboard-read', 'clipboard-write'] });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(server.url).origin });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  return { context, page, errors };
}

const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

/** axe-core's serious and critical violations on the page (the sheet's shadow root included). */
async function seriousViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ path: axePath });
  return page.evaluate(async () => {
    const { violations } = await (window as unknown as { axe: typeof import('axe-core') }).axe.run(document, { resultTypes: ['violations'] });
    return violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id} (${v.impact}): ${v.help} at ${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')}`);
  });
}

const row = (page: Page, capability: string) => page.locator(`[data-testid="matrix"] tr[data-capability="${capability}"]`);

async function simulate(page: Page, version: string): Promise<void> {
  await page.getByTestId('backend').selectOption('wx');
  await page.getByTestId('version').selectOption(version);
  const settled = page.locator('[data-testid="phone"][aria-busy="false"]');
  await settled.waitFor();
  if (version !== 'latest') expect(await settled.getAttribute('data-version')).toBe(version);
  await page.getByTestId('title').waitFor();
}

/** The user taps (menu or button) and picks a chat in the simulated picker; waits for the answer. */
async function share(page: Page, via: 'tap-menu' | 'share-button', choose: 'pick-group' | 'pick-single' | 'pick-cancel') {
  await page.getByTestId(via).click();
  await page.getByTestId(choose).click();
  await page.getByTestId('picker').waitFor({ state: 'detached' });
  await page.locator('[data-testid="phone"][aria-busy="false"]').waitFor();
}

describe('the playground in Chromium', () => {
  it('browser backend: the fallback sheet copies the link to the clipboard', async () => {
    const { context, page, errors } = await open(desktop);
    try {
      await page.goto(server.url);
      await page.getByTestId('title').waitFor();
      expect(await page.getByTestId('title').textContent()).toBe('The answer, shared once');
      // Chromium on Linux has no navigator.share: the sheet is the way.
      expect(await page.evaluate(() => typeof navigator.share)).toBe('undefined');
      expect(await row(page, 'button').getAttribute('data-available')).toBe('true');
      expect(await row(page, 'tickets').getAttribute('data-available')).toBe('false');
      await page.screenshot({ path: shot('desktop-web'), fullPage: true });

      await page.getByTestId('share-button').click();
      const copy = page.locator('[data-sharekit-sheet]').getByRole('button', { name: 'Copy link' });
      await copy.waitFor();
      expect(await page.locator('[data-sharekit-sheet] dialog').textContent()).toContain('The answer, shared once');
      await page.screenshot({ path: shot('desktop-web-sheet') });
      await copy.click();

      await expect.poll(() => page.getByTestId('outcome').getAttribute('data-status')).toBe('shared');
      expect(await page.getByTestId('outcome').textContent()).toBe('Last share: shared (copy), no share ticket');
      const link = new URL('/?article=42', server.url).href;
      expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(link);
      const log = await page.getByTestId('page-log').locator('li').allTextContents();
      expect(log).toContain('request from the button (the app) -> composing #1');
      expect(log).toContain('#1 shared (copy), no share ticket');
      // The sheet closes by itself after the confirmation.
      await page.locator('[data-sharekit-sheet]').waitFor({ state: 'detached' });
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('keyboard and assistive tech: focus comes back after Copy link, and axe finds nothing serious', async () => {
    const { context, page, errors } = await open(desktop);
    try {
      await page.goto(server.url);
      await page.getByTestId('title').waitFor();
      // The share button, by keyboard: the sheet focuses its first channel, Copy link.
      await page.getByTestId('share-button').focus();
      await page.keyboard.press('Enter');
      const copy = page.locator('[data-sharekit-sheet]').getByRole('button', { name: 'Copy link' });
      await copy.waitFor();
      expect(await copy.evaluate((b) => b.getRootNode() instanceof ShadowRoot && (b.getRootNode() as ShadowRoot).activeElement === b)).toBe(true);
      expect(await seriousViolations(page)).toEqual([]);
      await page.keyboard.press('Enter');
      await expect.poll(() => page.getByTestId('outcome').getAttribute('data-status')).toBe('shared');
      await page.locator('[data-sharekit-sheet]').waitFor({ state: 'detached' });
      // The page re-rendered while the sheet was open: focus still lands on the share button.
      expect(await page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.testid)).toBe('share-button');
      // The live log scrolls: it takes keyboard focus, so keyboard users can scroll it.
      const log = page.getByTestId('page-log');
      expect(await log.getAttribute('tabindex')).toBe('0');
      expect(await seriousViolations(page)).toEqual([]);
      await simulate(page, '2.3.0');
      await share(page, 'share-button', 'pick-group');
      expect(await seriousViolations(page)).toEqual([]);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('simulated WeChat: 1.0.0 loses the button and tickets, 2.3.0 is unconfirmed, a group card gives the group id', async () => {
    const { context, page, errors } = await open(desktop);
    try {
      await page.goto(server.url);
      await page.getByTestId('title').waitFor();

      await simulate(page, '1.0.0');
      expect(await page.getByTestId('share-button').count()).toBe(0);
      await page.getByTestId('no-share-button').waitFor();
      expect(await page.getByTestId('tap-button').isDisabled()).toBe(true);
      for (const capability of ['button', 'tickets', 'image', 'menu']) {
        expect(await row(page, capability).getAttribute('data-available'), capability).toBe('false');
      }
      // The menu item is there on 1.0.0 (the page defines onShareAppMessage); no result comes back.
      await share(page, 'tap-menu', 'pick-group');
      expect(await page.getByTestId('outcome').getAttribute('data-status')).toBe('unconfirmed');
      expect(await page.getByTestId('user').textContent()).toContain('(no share ticket)');
      await page.screenshot({ path: shot('desktop-wx-1.0.0'), fullPage: true });

      await simulate(page, '1.5.0');
      await share(page, 'tap-menu', 'pick-group');
      expect(await page.getByTestId('outcome').textContent()).toBe('Last share: shared (shareAppMessage), 1 share ticket(s)');
      await share(page, 'share-button', 'pick-cancel');
      expect(await page.getByTestId('outcome').getAttribute('data-status')).toBe('cancelled');

      await simulate(page, '2.3.0');
      await page.getByTestId('share-button').waitFor();
      expect(await row(page, 'tickets').getAttribute('data-available')).toBe('true');
      await share(page, 'share-button', 'pick-group');
      expect(await page.getByTestId('outcome').getAttribute('data-status')).toBe('unconfirmed');
      expect(await page.getByTestId('outcome').textContent()).toContain('unconfirmed');
      expect(await page.getByTestId('user-log').textContent()).toContain('WeChat reports no result');

      // Someone opens the card in the group: a ticket, decrypted on the server to the group id.
      await page.getByTestId('open-card-0').click();
      await expect.poll(() => page.getByTestId('group').getAttribute('data-status')).toBe('resolved');
      expect(await page.getByTestId('group').textContent()).toBe('Opened from group tGsimulatedGroup0001');
      await page.screenshot({ path: shot('desktop-wx-2.3.0'), fullPage: true });

      await simulate(page, 'latest');
      expect(await row(page, 'async').getAttribute('data-available')).toBe('true');
      await share(page, 'tap-menu', 'pick-single');
      expect(await page.getByTestId('user-log').textContent()).toContain('async content: resolved');
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it("inside WeChat's browser (simulated): signed by the sample server, the card set, the guide, the ··· menu", async () => {
    const { context, page, errors } = await open(desktop);
    try {
      await page.goto(new URL('/?backend=wechat-h5', server.url).href);
      // wx.config verified by the simulated JS-SDK against the server's fake account.
      await page.locator('[data-testid="phone"][aria-busy="false"]').waitFor();
      await expect.poll(() => page.getByTestId('jsapi-status').textContent()).toBe('wx.config: ready');
      const title = await page.getByTestId('title').textContent();
      await expect.poll(() => page.getByTestId('cards').textContent()).toContain(`Send to Chat: “${title}”`);
      expect(await row(page, 'result').getAttribute('data-available')).toBe('false');
      expect(await row(page, 'button').getAttribute('data-available')).toBe('true');
      // The page's share button: the guide to the ··· menu; Esc closes it, unconfirmed.
      await page.getByTestId('share-button').click();
      const guide = page.getByRole('dialog', { name: 'Share this page' });
      await guide.waitFor();
      expect(await seriousViolations(page)).toEqual([]);
      await page.keyboard.press('Escape');
      await expect.poll(() => page.getByTestId('outcome').getAttribute('data-status')).toBe('unconfirmed');
      await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('share-button');
      // The user shares from WeChat's menu: the card WeChat holds; the page hears nothing.
      await page.getByTestId('capsule').click();
      await page.getByTestId('menu-timeline').click();
      await expect.poll(() => page.getByTestId('user-log').textContent()).toContain(`Share to Moments: “${title}”`);
      // An expired signature is signed again and the card set again.
      await page.getByTestId('expire').click();
      await expect.poll(() => page.getByTestId('jsapi-status').textContent()).toBe('wx.config: ready');
      await page.screenshot({ path: shot('playground-wechat-h5') });
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('simulated Douyin (in the browser): quick share ends unconfirmed with its channel, a failed publisher failed', async () => {
    const { context, page, errors } = await open(desktop);
    try {
      await page.goto(new URL('/?backend=douyin&version=2.28.0', server.url).href);
      const settled = page.locator('[data-testid="phone"][aria-busy="false"][data-version="2.28.0"]');
      await settled.waitFor();
      await page.getByTestId('title').waitFor();
      expect(await row(page, 'tickets').getAttribute('data-available')).toBe('false');
      expect(await row(page, 'menu').getAttribute('data-available')).toBe('true');
      await page.getByTestId('tap-quick_share').click();
      await page.getByTestId('pick-friend').click();
      await page.getByTestId('picker').waitFor({ state: 'detached' });
      await page.locator('[data-testid="outcome"][data-status="unconfirmed"]').waitFor();
      expect(await page.getByTestId('user-log').textContent()).toContain('"from":"quick_share","channel":"friend_list"');
      await page.getByTestId('share-button').click();
      await page.getByTestId('pick-fail').click();
      await page.locator('[data-testid="outcome"][data-status="failed"]').waitFor();
      await page.getByTestId('version').selectOption('1.0.0');
      await page.locator('[data-testid="phone"][aria-busy="false"][data-version="1.0.0"]').waitFor();
      expect(await row(page, 'menu').getAttribute('data-available')).toBe('false');
      expect(await seriousViolations(page)).toEqual([]);
      await page.screenshot({ path: shot('desktop-douyin'), fullPage: true });
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('fits a phone screen (375x667)', async () => {
    const { context, page, errors } = await open(phone);
    try {
      await page.goto(server.url);
      await page.getByTestId('title').waitFor();
      const overflow = () => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(await overflow()).toBe(0);
      expect(await seriousViolations(page)).toEqual([]);
      // Schema names wrap only between their dotted parts, never inside a word.
      const brokenWords = await page.evaluate(() =>
        Array.from(document.querySelectorAll('[data-testid="matrix"] td code')).flatMap((code) => {
          const broken: string[] = [];
          const walker = document.createTreeWalker(code, NodeFilter.SHOW_TEXT);
          for (let node = walker.nextNode(); node; node = walker.nextNode()) {
            for (const word of node.textContent!.matchAll(/[^.]+/g)) {
              const range = document.createRange();
              range.setStart(node, word.index!);
              range.setEnd(node, word.index! + word[0].length);
              if (new Set(Array.from(range.getClientRects()).map((r) => Math.round(r.top))).size > 1) broken.push(word[0]);
            }
          }
          return broken;
        }),
      );
      expect(brokenWords).toEqual([]);
      await page.screenshot({ path: shot('phone-web') });
      await page.getByTestId('share-button').click();
      await page.locator('[data-sharekit-sheet]').getByRole('button', { name: 'Copy link' }).waitFor();
      await page.screenshot({ path: shot('phone-web-sheet') });
      await page.keyboard.press('Escape');
      await expect.poll(() => page.getByTestId('outcome').getAttribute('data-status')).toBe('cancelled');

      await simulate(page, '2.12.0');
      expect(await overflow()).toBe(0);
      await page.getByTestId('share-button').click();
      await page.getByTestId('picker').waitFor();
      await page.screenshot({ path: shot('phone-wx-picker') });
      await page.getByTestId('pick-group').click();
      await page.getByTestId('picker').waitFor({ state: 'detached' });
      await expect.poll(() => page.getByTestId('outcome').getAttribute('data-status')).toBe('unconfirmed');
      await page.screenshot({ path: shot('phone-wx'), fullPage: true });
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
