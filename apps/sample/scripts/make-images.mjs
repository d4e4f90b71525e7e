#!/usr/bin/env node
// Renders the sample's share images (5:4 PNG, what WeChat cards show) with Debian's Chromium.
// Run once by hand when the articles change; the PNGs are committed under assets/images.
import { writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const out = join(dirname(fileURLToPath(import.meta.url)), '..', 'assets', 'images');
const cards = [
  { file: 'article-42.png', title: 'The answer, shared once', badge: '42', from: '#0b7a5a', to: '#18a874' },
  { file: 'article-7.png', title: 'Seven base libraries later', badge: '7', from: '#2b4fa8', to: '#4f7ee0' },
  { file: 'article.png', title: 'An article', badge: '?', from: '#5b5f66', to: '#8a9099' },
];

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
});
try {
  const page = await browser.newPage({ viewport: { width: 500, height: 400 } });
  for (const card of cards) {
    await page.setContent(`<!doctype html><body style="margin:0"><div id="c"></div></body>`);
    await page.evaluate((c) => {
      const el = document.getElementById('c');
      Object.assign(el.style, {
        width: '500px', height: '400px', boxSizing: 'border-box', padding: '48px', color: '#fff',
        font: '600 40px/1.2 system-ui, sans-serif', display: 'flex', flexDirection: 'column', justifyContent: 'space-between',
        background: `linear-gradient(135deg, ${c.from}, ${c.to})`,
      });
      const badge = document.createElement('div');
      badge.textContent = c.badge;
      Object.assign(badge.style, { font: '700 96px/1 system-ui, sans-serif', opacity: '0.9' });
      const title = document.createElement('div');
      title.textContent = c.title;
      const brand = document.createElement('div');
      brand.textContent = 'sharekit sample';
      Object.assign(brand.style, { font: '400 22px/1 system-ui, sans-serif', opacity: '0.8' });
      el.append(badge, title, brand);
    }, card);
    await writeFile(join(out, card.file), await page.locator('#c').screenshot({ type: 'png' }));
    console.log(`wrote ${card.file}`);
  }
} finally {
  await browser.close();
}
