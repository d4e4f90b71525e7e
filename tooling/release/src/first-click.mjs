// The first click on a page's share button, where the browser has no navigator.share (desktop
// Chromium on Linux): how long until the fallback sheet is on screen, on an emulated slow 3G
// connection (Chrome DevTools' preset, over CDP) once the page is idle. The sheet is a lazy chunk;
// @sharekit/web prefetches it when the page is idle, so the click costs no round trip. Measured
// with and without the prefetch, in Debian's Chromium (scripts/chromium.json), on a page built
// here with esbuild from the built packages, served on 127.0.0.1.
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { dirname, extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import puppeteer from 'puppeteer-core';

const repo = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const chromium = JSON.parse(readFileSync(join(repo, 'scripts', 'chromium.json'), 'utf8'));

/** Chrome DevTools' "Slow 3G": 2 s round trip, 400 kbit/s each way. */
export const SLOW_3G = { offline: false, latency: 2000, downloadThroughput: (500 * 1000 * 0.8) / 8, uploadThroughput: (500 * 1000 * 0.8) / 8 };
export const BUDGET_MS = 100;

const page = (prefetch) => `
import { createShareController } from '@sharekit/core';
import { createWebAdapter } from '@sharekit/web';
const adapter = createWebAdapter({ prefetch: ${prefetch} });
const controller = createShareController({ adapter, content: { title: 'Article 42', url: location.href } });
const button = document.getElementById('share');
// Synchronous up to the platform call, as an app writes it.
button.onclick = (event) => {
  const clicked = event.timeStamp;
  controller.share({ from: 'button' });
  // The sheet is visible at the first frame after its dialog is open.
  const check = () => {
    const dialog = document.querySelector('[data-sharekit-sheet]')?.shadowRoot?.querySelector('dialog');
    if (dialog?.open) requestAnimationFrame(() => { window.firstClick = performance.now() - clicked; });
    else setTimeout(check, 1);
  };
  check();
};
`;

async function bundle(dir) {
  const alias = { '@sharekit/core': join(repo, 'packages/core/dist/index.js'), '@sharekit/web': join(repo, 'packages/web/dist/index.js') };
  for (const prefetch of [true, false]) {
    await build({
      stdin: { contents: page(prefetch), resolveDir: repo, loader: 'js' },
      outdir: join(dir, prefetch ? 'prefetch' : 'lazy'),
      entryNames: 'main',
      bundle: true,
      splitting: true,
      minify: true,
      format: 'esm',
      platform: 'browser',
      target: 'es2020',
      alias,
      logLevel: 'warning',
    });
    const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>first click</title><script type="module" src="main.js"></script></head><body><button id="share">Share</button></body></html>`;
    await writeFile(join(dir, prefetch ? 'prefetch' : 'lazy', 'index.html'), html);
  }
}

function serve(dir) {
  const types = { '.js': 'text/javascript', '.html': 'text/html' };
  const server = createServer((req, res) => {
    const path = join(dir, new URL(req.url, 'http://x').pathname.replace(/\/$/, '/index.html'));
    if (!path.startsWith(dir) || !existsSync(path)) return res.writeHead(404).end();
    res.writeHead(200, { 'content-type': types[extname(path)] ?? 'application/octet-stream' }).end(readFileSync(path));
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

/** One fresh page (empty cache) on slow 3G: load, wait until idle, click, read the time. */
async function once(browser, url) {
  const tab = await browser.newPage();
  try {
    const cdp = await tab.createCDPSession();
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    await cdp.send('Network.emulateNetworkConditions', SLOW_3G);
    await tab.goto(url, { waitUntil: 'load', timeout: 60_000 });
    // Idle: the main thread (an idle callback ran) and the network (nothing in flight for 1 s).
    await tab.evaluate(() => new Promise((resolve) => requestIdleCallback(() => resolve(true))));
    await tab.waitForNetworkIdle({ idleTime: 1000, timeout: 60_000 });
    await tab.click('#share');
    await tab.waitForFunction(() => typeof window.firstClick === 'number', { timeout: 60_000, polling: 5 });
    return tab.evaluate(() => window.firstClick);
  } finally {
    await tab.close();
  }
}

/** Median first-click times (ms) with the prefetch (`runs` pages) and without it (`lazyRuns`). */
export async function benchFirstClick({ runs = 3, lazyRuns = 1 } = {}) {
  const executablePath = process.env.CHROMIUM_PATH ?? chromium.path;
  if (!existsSync(executablePath)) throw new Error(`no Chromium at ${executablePath}: run bash scripts/setup.sh --browser, or set CHROMIUM_PATH`);
  const dir = await mkdtemp(join(tmpdir(), 'sharekit-first-click-'));
  const server = await serve(dir);
  const browser = await puppeteer.launch({ executablePath, args: chromium.args, headless: true, dumpio: !!process.env.DUMPIO });
  try {
    await bundle(dir);
    const origin = `http://127.0.0.1:${server.address().port}`;
    const median = (xs) => [...xs].sort((a, b) => a - b)[xs.length >> 1];
    const result = {};
    for (const variant of ['prefetch', 'lazy']) {
      const times = [];
      for (let i = 0; i < (variant === 'prefetch' ? runs : lazyRuns); i++) times.push(await once(browser, `${origin}/${variant}/`));
      result[variant] = { median: median(times), times };
    }
    return result;
  } finally {
    await browser.close();
    server.close();
    await rm(dir, { recursive: true, force: true });
  }
}
