// What every playground e2e file does the same way: the sample server on a free port and Debian's
// Chromium for the file, a fresh browser context per page (closed after each test), the playground
// opened on a backend and version, the user's tap-and-pick, and the phone-size and axe checks.
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, expect } from 'vitest';
import { type SampleServer, startSampleServer } from '../src/server';
import { launchChromium } from './browser';
import { dist } from './paths';

export const desktop = { width: 1280, height: 800 };
export const phone = { width: 375, height: 667 };

export interface OpenOptions {
  /** Default {@link desktop}. */
  viewport?: { width: number; height: number };
  /** Grants clipboard access (the browser backend's Copy link). */
  clipboard?: boolean;
}

export interface Opened {
  context: BrowserContext;
  page: Page;
  /** Uncaught page errors and console errors, for `expect(errors).toEqual([])`. */
  errors: string[];
}

export interface Playground {
  /** The sample server's URL, `http://host:port/`. */
  readonly url: string;
  /** A fresh context and page on nothing yet. */
  open(options?: OpenOptions): Promise<Opened>;
  /** {@link open}, then the playground on `backend` (default: the browser) at `version`, settled, the article shown. */
  show(at?: { backend?: string; version?: string }, options?: OpenOptions): Promise<Opened>;
}

/** Starts the server and Chromium for the calling test file; every context a test opens closes after it. */
export function usePlayground(): Playground {
  let server: SampleServer;
  let browser: Browser;
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    server = await startSampleServer({ port: 0, webRoot: join(dist, 'web'), miniprogramDir: join(dist, 'miniprogram') });
    browser = await launchChromium();
  });
  afterEach(async () => {
    await Promise.all(contexts.splice(0).map((c) => c.close()));
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  async function open({ viewport = desktop, clipboard = false }: OpenOptions = {}): Promise<Opened> {
    const permissions = clipboard ? ['clipboard-read', 'clipboard-write'] : [];
    const context = await browser.newContext({ viewport, permissions });
    contexts.push(context);
    if (clipboard) await context.grantPermissions(permissions, { origin: new URL(server.url).origin });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    return { context, page, errors };
  }

  return {
    get url() {
      return server.url;
    },
    open,
    async show({ backend, version } = {}, options) {
      const opened = await open(options);
      const query = new URLSearchParams({ ...(backend !== undefined && { backend }), ...(version !== undefined && { version }) });
      await opened.page.goto(new URL(query.size ? `/?${query}` : '/', server.url).href);
      await settled(opened.page, version);
      await opened.page.getByTestId('title').waitFor();
      return opened;
    },
  };
}

/** Waits until nothing is in flight (on `version`, where given). */
export function settled(page: Page, version?: string): Promise<void> {
  return page.locator(`[data-testid="phone"][aria-busy="false"]${version === undefined ? '' : `[data-version="${version}"]`}`).waitFor();
}

/** The user taps `via` (the menu, a share button), picks `choose` in the platform's panel; waits for the answer. */
export async function share(page: Page, via: string, choose: string): Promise<void> {
  await page.getByTestId(via).click();
  await page.getByTestId(choose).click();
  await page.getByTestId('picker').waitFor({ state: 'detached' });
  await settled(page);
}

/** The status of the page's last settled share. */
export const outcome = (page: Page) => page.getByTestId('outcome').getAttribute('data-status');

/** The supports() matrix's answer for `capability`: `'true'` / `'false'`. */
export const available = (page: Page, capability: string) =>
  page.locator(`[data-testid="matrix"] tr[data-capability="${capability}"]`).getAttribute('data-available');

/** How far the page scrolls sideways: 0 where it fits. */
export const overflow = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

/** axe-core's serious and critical violations on the page (the sheet's shadow root included). */
export async function seriousViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ path: axePath });
  return page.evaluate(async () => {
    const { violations } = await (window as unknown as { axe: typeof import('axe-core') }).axe.run(document, { resultTypes: ['violations'] });
    return violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id} (${v.impact}): ${v.help} at ${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')}`);
  });
}

/** Nothing scrolls sideways, and axe finds nothing serious. */
export async function expectFitsAndAccessible(page: Page): Promise<void> {
  expect(await overflow(page)).toBe(0);
  expect(await seriousViolations(page)).toEqual([]);
}

/** `backend` on a phone screen with the page's own share panel open (`open-share`): it fits, and axe finds nothing serious. */
export async function phoneWithPanelOpen(playground: Playground, backend: string): Promise<Page> {
  const { page } = await playground.show({ backend }, { viewport: phone });
  await page.getByTestId('open-share').click();
  await page.getByTestId('picker').waitFor();
  await expectFitsAndAccessible(page);
  return page;
}
