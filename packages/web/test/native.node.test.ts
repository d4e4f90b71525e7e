// navigator.share's outcomes and its listeners for the return to the page, against a fake window.
import { isShareError } from '@sharekit/core';
import { describe, expect, it, vi } from 'vitest';
import { nativeShare, rejection } from '../src/native';

function fakeWindow(share: () => Promise<void>) {
  return { navigator: { share, canShare: () => true }, addEventListener: vi.fn(), removeEventListener: vi.fn() };
}

describe('rejections of navigator.share', () => {
  it.each([
    ['NotAllowedError', 'not-allowed', /share from a click, before any await, or enable the fallback/],
    ['InvalidStateError', 'busy', /wait for the open share/],
    ['TypeError', 'invalid-content', /check url, title, text and files/],
    ['DataError', 'platform', /the share target failed/],
    ['SomethingNewError', 'platform', /see cause/],
  ])('%s fails %s, saying what happened and what to do', (name, code, hint) => {
    const outcome = rejection(name === 'TypeError' ? new TypeError('stub message') : new DOMException('stub message', name));
    expect(outcome.status === 'failed' && isShareError(outcome.error, code)).toBe(true);
    expect(outcome.status === 'failed' && outcome.error.message).toContain(`navigator.share failed (${name}: stub message); `);
    expect(outcome.status === 'failed' && outcome.error.message).toMatch(hint);
  });

  it('a rejection that is no Error (null, undefined, a string) fails platform, never a TypeError', () => {
    for (const value of [null, undefined, 'refused']) {
      const outcome = rejection(value);
      expect(outcome.status === 'failed' && isShareError(outcome.error, 'platform'), String(value)).toBe(true);
    }
  });
});

it('listens for the next pointer or key on the page in the capture phase, and removes every listener once the share settles', async () => {
  const win = fakeWindow(() => Promise.resolve());
  expect(await nativeShare(win as unknown as Window, { url: 'https://example.com/' })).toEqual({ status: 'shared', channel: 'system' });
  // Capture: a page that stops the event on its way down still ends a share that never settles.
  expect(win.addEventListener.mock.calls.map(([type, , capture]) => [type, capture])).toEqual([
    ['pointerdown', true],
    ['keydown', true],
  ]);
  // Removed as added (same handler, same phase): nothing is left listening on the page.
  expect(win.removeEventListener.mock.calls).toEqual(win.addEventListener.mock.calls);
});

it('a canShare that throws (a browser refusing odd data) means no native share for this data', () => {
  const win = {
    ...fakeWindow(() => Promise.resolve()),
    navigator: {
      share: vi.fn(),
      canShare: () => {
        throw new TypeError('bad data');
      },
    },
  };
  expect(nativeShare(win as unknown as Window, { url: 'https://example.com/' })).toBeUndefined();
  expect(win.navigator.share).not.toHaveBeenCalled();
});
