// Its own file: every test file runs in a fresh iframe, so no earlier test has loaded a chunk.
import { createShareController } from '@sharekit/core';
import { page, userEvent } from 'vitest/browser';
import { afterEach, expect, it, vi } from 'vitest';
import { createWebAdapter } from '../src';
import { channelButton, channelNames, clipboardText, loadedResources, openedSheet, removeShare, resetClipboard, restoreStubs, stubProperty } from './browser';

const URL_ = 'https://example.com/article/42';
// No prefetch: this file checks when each chunk loads (prefetch.browser.test.ts checks the prefetch).
const adapter = createWebAdapter({ prefetch: false });
const controller = createShareController({ adapter, content: { title: 'QR', url: URL_ } });

afterEach(() => {
  adapter.closeSheet();
  restoreStubs();
});

const isQr = (name: string) => /lean-qr|\/src\/qr[.-]/.test(name);
// vitest serves src/sheet.ts; run.mjs's bundle has src/sheet-HASH.js (not src/sheet-style.ts).
const isSheet = (name: string) => /\/src\/sheet(\.ts|-[A-Z0-9]+\.js)(\?|$)/.test(name);

it('loads the sheet only when it is needed, and the QR chunk only when WeChat is chosen', async () => {
  removeShare();
  await page.viewport(375, 667);
  expect(loadedResources().filter((n) => isQr(n) || isSheet(n))).toEqual([]);
  const outcome = controller.share();
  const root = await openedSheet();
  expect(loadedResources().some(isSheet)).toBe(true);
  expect(loadedResources().some(isQr)).toBe(false);
  expect(root.querySelector('svg[role=img]')).toBeNull();

  await userEvent.click(channelButton(root, 'wechat'));
  const svg = await vi.waitFor(() => {
    const found = root.querySelector('svg[role=img]');
    if (!found) throw new Error('no QR code yet');
    return found;
  });
  expect(loadedResources().some(isQr)).toBe(true);
  expect(svg.getAttribute('role')).toBe('img');
  expect(svg.getAttribute('aria-label')).toBe('Scan with WeChat to share');
  expect(svg.querySelector('path')!.getAttribute('d')).toMatch(/^M\d+ \d+h1v1h-1z/);
  expect(root.querySelector('[role=status]')?.textContent).toBe('Scan with WeChat to share');

  // On a phone screen the code is below the channels: it scrolls into view, focus goes with it.
  const box = svg.getBoundingClientRect();
  // What a scanner needs: a code drawn large, black modules on a white quiet zone, crisp edges.
  expect(box.height).toBeGreaterThan(100);
  expect(getComputedStyle(svg.querySelector('rect')!).fill).toBe('rgb(255, 255, 255)');
  expect(getComputedStyle(svg.querySelector('path')!).fill).toBe('rgb(0, 0, 0)');
  expect(getComputedStyle(svg).shapeRendering).toBe('crispedges');
  expect(box.top).toBeGreaterThanOrEqual(0);
  expect(box.bottom).toBeLessThanOrEqual(innerHeight);
  expect(root.activeElement?.textContent).toBe('Copy link for WeChat');
  // Scrolled no further than needed: the instruction above the code stays in view.
  const status = root.querySelector('[role=status]')!;
  expect(status.getBoundingClientRect().top).toBeGreaterThanOrEqual(root.querySelector('dialog')!.getBoundingClientRect().top);
  // Its two actions side by side under it.
  const [copyLink, saveCode] = [root.activeElement!, root.querySelector('a[download]')!].map((e) => e.getBoundingClientRect());
  expect(saveCode!.top).toBe(copyLink!.top);
  expect(saveCode!.left).toBeGreaterThan(copyLink!.right);
  await page.screenshot({ path: '../test-results/sheet-wechat-qr.png' });

  // We cannot know whether they scanned: the session stays open until closed, then unconfirmed.
  await new Promise((r) => setTimeout(r, 30));
  expect(controller.getState().session.phase).toBe('presenting');
  await userEvent.keyboard('{Escape}');
  expect(await outcome).toEqual({ status: 'unconfirmed', channel: 'wechat' });
});

// Not a decode: no independent QR reader is installed (and Chromium on Linux has no
// BarcodeDetector). This checks that the SVG draws exactly the modules lean-qr computed.
it('the SVG draws exactly the modules lean-qr generates, inside a 4-module quiet zone', async () => {
  const { generate } = await import('lean-qr');
  const { qrSvg } = await import('../src/qr');
  const svg = qrSvg(document, URL_, 'label');
  const code = generate(URL_);
  const quiet = 4;
  const d = svg.querySelector('path')!.getAttribute('d')!;
  const on = new Set([...d.matchAll(/M(\d+) (\d+)/g)].map(([, x, y]) => `${Number(x) - quiet},${Number(y) - quiet}`));
  for (let y = 0; y < code.size; y++) for (let x = 0; x < code.size; x++) expect(on.has(`${x},${y}`)).toBe(code.get(x, y));
  expect(svg.getAttribute('viewBox')).toBe(`0 0 ${code.size + 2 * quiet} ${code.size + 2 * quiet}`);
});

it('hides WeChat inside the WeChat browser (MicroMessenger)', async () => {
  removeShare();
  stubProperty(navigator, 'userAgent', 'Mozilla/5.0 (Linux; Android 14) MicroMessenger/8.0.50.2701 NetType/WIFI');
  const outcome = controller.share();
  const root = await openedSheet();
  expect(channelNames(root)).not.toContain('wechat');
  expect(channelNames(root)).toContain('copy');
  adapter.closeSheet();
  expect((await outcome).status).toBe('cancelled');
});

it('a URL too long for a QR code shows qrFailed, no unhandled rejection, and the sheet stays usable', async () => {
  removeShare();
  // 3000 bytes: more than a version 40 QR code holds (2953); core allows URLs up to 8192.
  const long = `https://example.com/?q=${'a'.repeat(3000 - 23)}`;
  const ctrl = createShareController({ adapter, content: { title: 'QR', url: long } });
  const outcome = ctrl.share();
  const root = await openedSheet();
  await userEvent.click(channelButton(root, 'wechat'));
  const status = root.querySelector('[role=status]')!;
  await vi.waitFor(() => expect(status.textContent).toBe('The QR code could not be shown'));
  expect(root.querySelector('svg[role=img]')).toBeNull();
  expect(root.querySelector('dialog')!.open).toBe(true);
  expect(ctrl.getState().session.phase).toBe('presenting');
  // No QR code was shown, so closing now is a plain cancel, not "unconfirmed wechat".
  await userEvent.keyboard('{Escape}');
  expect(await outcome).toEqual({ status: 'cancelled' });
  ctrl.dispose();
});

it('offers what works on a phone, which cannot scan its own screen: copy the link, save the code', async () => {
  removeShare();
  // A phone: a coarse pointer.
  const matchMedia = window.matchMedia.bind(window);
  stubProperty(window, 'matchMedia', (query: string) => (query === '(pointer: coarse)' ? { matches: true } : matchMedia(query)));
  await resetClipboard();
  const outcome = controller.share();
  const root = await openedSheet();
  await userEvent.click(channelButton(root, 'wechat'));
  const status = root.querySelector('[role=status]')!;
  expect(status.textContent).toMatch(/^Copy the link and paste it in a WeChat chat/);
  const copy = await vi.waitFor(() => {
    const found = [...root.querySelectorAll('button')].find((b) => b.textContent === 'Copy link for WeChat');
    if (!found) throw new Error('no QR code actions yet');
    return found;
  });
  const save = root.querySelector<HTMLAnchorElement>('a[download]')!;
  expect(save.textContent).toBe('Save QR code');
  expect(save.download).toBe('wechat-qr.png');
  expect(save.href).toMatch(/^data:image\/png;base64,/);
  const png = await (await fetch(save.href)).blob();
  const image = await createImageBitmap(png);
  // 8 px per module, the quiet zone included: the same code as the SVG.
  const modules = Number(root.querySelector('svg[role=img]')!.getAttribute('viewBox')!.split(' ')[2]);
  expect([image.width, image.height]).toEqual([modules * 8, modules * 8]);
  await userEvent.click(copy);
  await vi.waitFor(() => expect(status.textContent).toBe('Link copied: paste it in a WeChat chat'));
  expect(await clipboardText()).toBe(URL_);
  // Still open: they may save the code too. Closing is unconfirmed, as for a QR code.
  expect(root.querySelector('dialog')!.open).toBe(true);
  adapter.closeSheet();
  expect(await outcome).toEqual({ status: 'unconfirmed', channel: 'wechat' });
});
