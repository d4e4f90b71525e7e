import type { ScriptedResult } from '@sharekit/testkit';
import { testShareAdapter } from '@sharekit/testkit';
import { server } from 'vitest/browser';
import { createWebAdapter } from '../src';
import { channelButton, openedSheet, rejectWith, restoreStubs, stubOpen, stubShare } from './browser';

// The platform's part, played in a real browser (Chromium, Firefox, WebKit): navigator.share resolves or rejects as scripted;
// "unconfirmed" is the user picking an intent link in the fallback sheet after a refusal.
testShareAdapter({
  name: `web (${server.browser})`,
  timeout: 4000,
  async create() {
    // Load the sheet chunk once up front, so the first sheet does not race the present timeout.
    await import('../src/sheet');
    stubOpen();
    let next: ScriptedResult = 'shared';
    // What navigator.share received: the card the platform made (no image: native sheets show none).
    let delivered: ShareData | undefined;
    stubShare((data) => {
      delivered = data;
      switch (next) {
        case 'shared':
          return Promise.resolve();
        case 'cancelled':
          return rejectWith('AbortError')();
        case 'failed':
          return rejectWith('DataError')();
        case 'unconfirmed':
          void openedSheet().then((root) => channelButton(root, 'x').click());
          return rejectWith('NotAllowedError')();
      }
    });
    const adapter = createWebAdapter();
    return {
      adapter,
      delivered: () => (delivered ? { title: delivered.title, text: delivered.text } : undefined),
      next: (result) => {
        next = result;
      },
      cleanup: () => {
        adapter.closeSheet();
        restoreStubs();
      },
    };
  },
  outcomes: ['shared', 'cancelled', 'failed', 'unconfirmed'],
});
