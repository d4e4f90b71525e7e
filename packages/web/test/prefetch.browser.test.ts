// Its own file: every test file runs in a fresh page, so no earlier test has loaded the sheet.
import { createShareController } from '@sharekit/core';
import { afterEach, expect, it } from 'vitest';
import { createWebAdapter } from '../src';
import { loadedResources, openedSheet, removeShare, restoreStubs, stubShare } from './browser';

// vitest serves src/sheet.ts; run.mjs's bundle has src/sheet-HASH.js (not src/sheet-style.ts).
const isSheet = (name: string) => /\/src\/sheet(\.ts|-[A-Z0-9]+\.js)(\?|$)/.test(name);
/**
 * Past the adapter's prefetch, then time for a load it would have started to finish. An idle
 * callback asked for after the adapter's, with the same timeout, runs after it; without
 * requestIdleCallback (WebKit) the adapter waits 200 ms.
 */
async function idle() {
  await new Promise((resolve) => (typeof requestIdleCallback === 'function' ? requestIdleCallback(resolve, { timeout: 3000 }) : setTimeout(resolve, 250)));
  await new Promise((resolve) => setTimeout(resolve, 1000));
}

afterEach(() => restoreStubs());

it('with navigator.share, nothing is prefetched: the sheet is the exception there', async () => {
  stubShare(() => Promise.resolve());
  createWebAdapter();
  await idle();
  expect(loadedResources().filter(isSheet)).toEqual([]);
});

it('without navigator.share, the sheet chunk loads when the page is idle, before any click', async () => {
  removeShare();
  const adapter = createWebAdapter();
  await expect.poll(() => loadedResources().some(isSheet), { timeout: 4000 }).toBe(true);
  // The first share opens it without another request for the chunk.
  const requests = loadedResources().filter(isSheet).length;
  const outcome = createShareController({ adapter, content: { title: 'T', url: 'https://example.com/' } }).share();
  await openedSheet();
  expect(loadedResources().filter(isSheet).length).toBe(requests);
  adapter.closeSheet();
  expect((await outcome).status).toBe('cancelled');
});
