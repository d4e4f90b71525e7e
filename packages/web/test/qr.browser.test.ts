// Its own file: every test file runs in a fresh iframe, so no earlier test has loaded a chunk.
import { createShareController } from '@sharekit/core';
import { page, userEvent } from 'vitest/browser';
import { afterEach, expect, it, vi } from 'vitest';
import { createWebAdapter } from '../src';
import { channelButton, channelNames, loadedResources, openedSheet, removeShare, restoreStubs, stubProperty } from './browser';

const URL_ = 'https://example.com/article/42';
const adapter = createWebAdapter();
const controller = createShareController({ adapter, content: { title: 'QR', url: URL_ } });

afterEach(() => {
  adapter.closeSheet();
  restoreStubs();
});

const isQr = (name: string) => /lean-qr|\/src\/qr\.ts/.test(name);
const isSheet = (name: string) => /\/src\/sheet\.ts/.test(name);

it('loads the sheet only when it is needed, and the QR chunk only when WeChat is chosen', async () => {
  removeShare();
  expect(loadedResources().filter((n) => isQr(n) || isSheet(n))).toEqual([]);
  const outcome = controller.share();
  const root = await openedSheet();
  expect(loadedResources().some(isSheet)).toBe(true);
  expect(loadedResources().some(isQr)).toBe(false);
  expect(root.querySelector('svg')).toBeNull();

  await userEvent.click(channelButton(root, 'wechat'));
  const svg = await vi.waitFor(() => {
    const found = root.querySelector('svg');
    if (!found) throw new Error('no QR code yet');
    return found;
  });
  expect(loadedResources().some(isQr)).toBe(true);
  expect(svg.getAttribute('role')).toBe('img');
  expect(svg.getAttribute('aria-label')).toBe('Scan with WeChat to share');
  expect(svg.querySelector('path')!.getAttribute('d')).toMatch(/^M\d+ \d+h1v1h-1z/);
  expect(root.querySelector('[role=status]')?.textContent).toBe('Scan with WeChat to share');
  await page.viewport(375, 667);
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
  expect(root.querySelector('svg')).toBeNull();
  expect(root.querySelector('dialog')!.open).toBe(true);
  expect(ctrl.getState().session.phase).toBe('presenting');
  // No QR code was shown, so closing now is a plain cancel, not "unconfirmed wechat".
  await userEvent.keyboard('{Escape}');
  expect(await outcome).toEqual({ status: 'cancelled' });
  ctrl.dispose();
});
