// The playground in real Chromium (Debian's), against the sample server started here on a free
// port: the browser backend with its fallback sheet and the clipboard, then the simulated WeChat
// at several base library versions. Screenshots go to test-results/ (gitignored).
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { results } from './paths';
import { available, expectFitsAndAccessible, outcome, overflow, phone, seriousViolations, settled, share, usePlayground } from './playground';

const playground = usePlayground();
const shot = (name: string) => join(results, `${name}.png`);

beforeAll(() => {
  mkdirSync(results, { recursive: true });
});

async function simulate(page: Page, version: string): Promise<void> {
  await page.getByTestId('backend').selectOption('wx');
  await page.getByTestId('version').selectOption(version);
  await settled(page);
  if (version !== 'latest') expect(await page.getByTestId('phone').getAttribute('data-version')).toBe(version);
  await page.getByTestId('title').waitFor();
}

describe('the playground in Chromium', () => {
  it('browser backend: the fallback sheet copies the link to the clipboard', async () => {
    const { page, errors } = await playground.show({}, { clipboard: true });
    expect(await page.getByTestId('title').textContent()).toBe('The answer, shared once');
    // Chromium on Linux has no navigator.share: the sheet is the way.
    expect(await page.evaluate(() => typeof navigator.share)).toBe('undefined');
    expect(await available(page, 'button')).toBe('true');
    expect(await available(page, 'tickets')).toBe('false');
    await page.screenshot({ path: shot('desktop-web'), fullPage: true });

    await page.getByTestId('share-button').click();
    const copy = page.locator('[data-sharekit-sheet]').getByRole('button', { name: 'Copy link' });
    await copy.waitFor();
    expect(await page.locator('[data-sharekit-sheet] dialog').textContent()).toContain('The answer, shared once');
    await page.screenshot({ path: shot('desktop-web-sheet') });
    await copy.click();

    await expect.poll(() => outcome(page)).toBe('shared');
    expect(await page.getByTestId('outcome').textContent()).toBe('Last share: shared (copy), no share ticket');
    const link = new URL('/?article=42', playground.url).href;
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(link);
    const log = await page.getByTestId('page-log').locator('li').allTextContents();
    expect(log).toContain('request from the button (the app) -> composing #1');
    expect(log).toContain('#1 shared (copy), no share ticket');
    // The sheet closes by itself after the confirmation.
    await page.locator('[data-sharekit-sheet]').waitFor({ state: 'detached' });
    expect(errors).toEqual([]);
  });

  it('keyboard and assistive tech: focus comes back after Copy link, and axe finds nothing serious', async () => {
    const { page, errors } = await playground.show({}, { clipboard: true });
    // The share button, by keyboard: the sheet focuses its first channel, Copy link.
    await page.getByTestId('share-button').focus();
    await page.keyboard.press('Enter');
    const copy = page.locator('[data-sharekit-sheet]').getByRole('button', { name: 'Copy link' });
    await copy.waitFor();
    expect(await copy.evaluate((b) => b.getRootNode() instanceof ShadowRoot && (b.getRootNode() as ShadowRoot).activeElement === b)).toBe(true);
    expect(await seriousViolations(page)).toEqual([]);
    await page.keyboard.press('Enter');
    await expect.poll(() => outcome(page)).toBe('shared');
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
  });

  it('simulated WeChat: 1.0.0 loses the button and tickets, 2.3.0 is unconfirmed, a group card gives the group id', async () => {
    const { page, errors } = await playground.show();
    await simulate(page, '1.0.0');
    expect(await page.getByTestId('share-button').count()).toBe(0);
    await page.getByTestId('no-share-button').waitFor();
    expect(await page.getByTestId('tap-button').isDisabled()).toBe(true);
    for (const capability of ['button', 'tickets', 'image', 'menu']) {
      expect(await available(page, capability), capability).toBe('false');
    }
    // The menu item is there on 1.0.0 (the page defines onShareAppMessage); no result comes back.
    await share(page, 'tap-menu', 'pick-group');
    expect(await outcome(page)).toBe('unconfirmed');
    expect(await page.getByTestId('user').textContent()).toContain('(no share ticket)');
    await page.screenshot({ path: shot('desktop-wx-1.0.0'), fullPage: true });

    await simulate(page, '1.5.0');
    await share(page, 'tap-menu', 'pick-group');
    expect(await page.getByTestId('outcome').textContent()).toBe('Last share: shared (shareAppMessage), 1 share ticket(s)');
    await share(page, 'share-button', 'pick-cancel');
    expect(await outcome(page)).toBe('cancelled');

    await simulate(page, '2.3.0');
    await page.getByTestId('share-button').waitFor();
    expect(await available(page, 'tickets')).toBe('true');
    await share(page, 'share-button', 'pick-group');
    expect(await outcome(page)).toBe('unconfirmed');
    expect(await page.getByTestId('outcome').textContent()).toContain('unconfirmed');
    expect(await page.getByTestId('user-log').textContent()).toContain('WeChat reports no result');

    // Someone opens the card in the group: a ticket, decrypted on the server to the group id.
    await page.getByTestId('open-card-0').click();
    await expect.poll(() => page.getByTestId('group').getAttribute('data-status')).toBe('resolved');
    expect(await page.getByTestId('group').textContent()).toBe('Opened from group tGsimulatedGroup0001');
    await page.screenshot({ path: shot('desktop-wx-2.3.0'), fullPage: true });

    await simulate(page, 'latest');
    expect(await available(page, 'async')).toBe('true');
    await share(page, 'tap-menu', 'pick-single');
    expect(await page.getByTestId('user-log').textContent()).toContain('async content: resolved');
    expect(errors).toEqual([]);
  });

  it("inside WeChat's browser (simulated): signed by the sample server, the card set, the guide, the ··· menu", async () => {
    // wx.config verified by the simulated JS-SDK against the server's fake account.
    const { page, errors } = await playground.show({ backend: 'wechat-h5' });
    await expect.poll(() => page.getByTestId('jsapi-status').textContent()).toBe('wx.config: ready');
    const title = await page.getByTestId('title').textContent();
    await expect.poll(() => page.getByTestId('cards').textContent()).toContain(`Send to Chat: “${title}”`);
    expect(await available(page, 'result')).toBe('false');
    expect(await available(page, 'button')).toBe('true');
    // The page's share button: the guide to the ··· menu; Esc closes it, unconfirmed.
    await page.getByTestId('share-button').click();
    const guide = page.getByRole('dialog', { name: 'Share this page' });
    await guide.waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await page.keyboard.press('Escape');
    await expect.poll(() => outcome(page)).toBe('unconfirmed');
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
  });

  it('simulated Douyin (in the browser): quick share ends unconfirmed with its channel, a failed publisher failed', async () => {
    const { page, errors } = await playground.show({ backend: 'douyin', version: '2.28.0' });
    expect(await available(page, 'tickets')).toBe('false');
    expect(await available(page, 'menu')).toBe('true');
    await share(page, 'tap-quick_share', 'pick-friend');
    await page.locator('[data-testid="outcome"][data-status="unconfirmed"]').waitFor();
    expect(await page.getByTestId('user-log').textContent()).toContain('"from":"quick_share","channel":"friend_list"');
    await share(page, 'share-button', 'pick-fail');
    await page.locator('[data-testid="outcome"][data-status="failed"]').waitFor();
    await page.getByTestId('version').selectOption('1.0.0');
    await settled(page, '1.0.0');
    expect(await available(page, 'menu')).toBe('false');
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: shot('desktop-douyin'), fullPage: true });
    expect(errors).toEqual([]);
  });

  it('fits a phone screen (375x667)', async () => {
    const { page, errors } = await playground.show({}, { viewport: phone, clipboard: true });
    await expectFitsAndAccessible(page);
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
    await expect.poll(() => outcome(page)).toBe('cancelled');

    await simulate(page, '2.12.0');
    expect(await overflow(page)).toBe(0);
    await page.getByTestId('share-button').click();
    await page.getByTestId('picker').waitFor();
    await page.screenshot({ path: shot('phone-wx-picker') });
    await page.getByTestId('pick-group').click();
    await page.getByTestId('picker').waitFor({ state: 'detached' });
    await expect.poll(() => outcome(page)).toBe('unconfirmed');
    await page.screenshot({ path: shot('phone-wx'), fullPage: true });
    expect(errors).toEqual([]);
  });
});
