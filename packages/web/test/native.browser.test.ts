import { isShareError, type ShareContent, type ShareController, type ShareOutcome } from '@sharekit/core';
import { userEvent } from 'vitest/browser';
import { afterEach, describe, expect, it } from 'vitest';
import { createWebAdapter, type WebAdapterOptions } from '../src';
import { closeAll, closeSheets, openedSheet, rejectWith, removeShare, restoreStubs, sheetHost, stubShare, webShare } from './browser';

const CONTENT: ShareContent = { title: 'Article 42', text: 'Worth reading', path: '/pages/article?id=42' };
let controller: ShareController | undefined;

function setup(options: WebAdapterOptions = {}, content: ShareContent = CONTENT) {
  controller = webShare(options, content).controller;
  return controller;
}

let outcomes: Array<Promise<ShareOutcome>> = [];

/** A page's share button: each click starts a share; its outcomes go to `outcomes`. */
function shareButton(ctrl: ShareController): HTMLButtonElement {
  const button = document.createElement('button');
  button.className = 'trigger';
  button.textContent = 'Share';
  button.onclick = () => {
    outcomes.push(ctrl.share({ from: 'button' }));
  };
  document.body.append(button);
  return button;
}

afterEach(() => {
  outcomes = [];
  closeAll();
  restoreStubs();
  for (const button of document.querySelectorAll('button.trigger')) button.remove();
});

describe('native share (navigator.share)', () => {
  it('is called synchronously inside controller.share(), with the resolved URL, and resolves shared', async () => {
    const { share } = stubShare(() => Promise.resolve());
    const pending = setup().share();
    // Nothing awaited between the click and navigator.share: transient activation is still there.
    expect(share).toHaveBeenCalledTimes(1);
    // Exactly this data: no `files` key (nor any other) when the content has none.
    expect(share.mock.calls[0]![0]).toStrictEqual({
      title: 'Article 42',
      text: 'Worth reading',
      url: `${location.origin}/pages/article?id=42`,
    });
    expect(await pending).toEqual({ status: 'shared', channel: 'system' });
  });

  it('sends no text when the content has none', async () => {
    const { share } = stubShare(() => Promise.resolve());
    await setup({}, { title: 'Article 42', path: '/pages/article?id=42' }).share();
    expect(share.mock.calls[0]![0]).toEqual({ title: 'Article 42', url: `${location.origin}/pages/article?id=42` });
    expect(share.mock.calls[0]![0]).not.toHaveProperty('text');
  });

  it('a navigator.share that never settles ends unconfirmed (system) at the next click, which shares again', async () => {
    const { share } = stubShare(() => new Promise(() => {}));
    const ctrl = setup();
    const button = shareButton(ctrl);
    await userEvent.click(button);
    const first = outcomes[0]!;
    expect(ctrl.getState().session.phase).toBe('presenting');
    share.mockImplementation(() => Promise.resolve());
    // The user is back on the page: the share UI is gone, and the click is not refused as busy.
    await userEvent.click(button);
    await expect(first).resolves.toEqual({ status: 'unconfirmed', channel: 'system' });
    await expect(outcomes[1]!).resolves.toEqual({ status: 'shared', channel: 'system' });
    expect(share).toHaveBeenCalledTimes(2);
  });

  it('still has the user activation of a real click when it is called', async () => {
    let active: boolean | undefined;
    stubShare(() => {
      active = navigator.userActivation.isActive;
      return Promise.resolve();
    });
    const ctrl = setup();
    const button = document.createElement('button');
    button.className = 'trigger';
    button.textContent = 'Share';
    let outcome: Promise<unknown> | undefined;
    button.onclick = () => {
      outcome = ctrl.share({ from: 'button' });
    };
    document.body.append(button);
    await userEvent.click(button);
    await outcome;
    expect(active).toBe(true);
  });

  it('passes files when canShare accepts them', async () => {
    const file = new File(['hello'], 'hello.txt', { type: 'text/plain' });
    const { share, canShare } = stubShare(() => Promise.resolve(), (data) => !!data.files);
    const outcome = await setup({}, { ...CONTENT, files: [file] }).share();
    expect(canShare.mock.calls[0]![0].files).toEqual([file]);
    expect(share.mock.calls[0]![0].files).toEqual([file]);
    expect(outcome.status).toBe('shared');
  });

  it('goes to the sheet when canShare refuses the data (files it cannot take)', async () => {
    const { share } = stubShare(() => Promise.resolve(), () => false);
    const file = new File(['x'], 'x.bin', { type: 'application/x-unknown' });
    const outcome = setup({}, { ...CONTENT, files: [file] }).share();
    await openedSheet();
    expect(share).not.toHaveBeenCalled();
    closeSheets();
    expect(await outcome).toEqual({ status: 'cancelled' });
  });

  it.each([
    ['AbortError', { status: 'cancelled', channel: 'system' }],
    ['InvalidStateError', { status: 'failed', code: 'busy' }],
    ['TypeError', { status: 'failed', code: 'invalid-content' }],
    ['DataError', { status: 'failed', code: 'platform' }],
    ['SomethingNewError', { status: 'failed', code: 'platform' }],
  ])('maps a %s rejection', async (name, expected) => {
    stubShare(rejectWith(name, 'stub message'));
    const outcome = await setup().share();
    if (!('code' in expected)) {
      expect(outcome).toEqual(expected);
      return;
    }
    expect(outcome.status).toBe('failed');
    if (outcome.status !== 'failed') return;
    expect(isShareError(outcome.error, expected.code)).toBe(true);
    expect(outcome.error.platform).toBe('web');
    expect(outcome.error.platformMessage).toBe(`${name}: stub message`);
    expect((outcome.error.cause as Error).name).toBe(name);
  });

  it('a navigator.share that never settles ends unconfirmed at the present timeout; the next share works', async () => {
    const { share } = stubShare(() => new Promise(() => {}));
    controller = webShare({}, CONTENT, { presentTimeout: 200 }).controller;
    await expect(controller.share()).resolves.toEqual({ status: 'unconfirmed' });
    share.mockImplementation(() => Promise.resolve());
    await expect(controller.share()).resolves.toMatchObject({ status: 'shared', channel: 'system' });
  });

  it('maps a synchronous throw like a rejection', async () => {
    stubShare(() => {
      throw new DOMException('sync', 'InvalidStateError');
    });
    const outcome = await setup().share();
    expect(outcome.status === 'failed' && outcome.error.code).toBe('busy');
  });

  it('NotAllowedError (activation lost) falls back to the sheet', async () => {
    stubShare(rejectWith('NotAllowedError'));
    const outcome = setup().share();
    await openedSheet();
    closeSheets();
    expect(await outcome).toEqual({ status: 'cancelled' });
  });

  it('NotAllowedError without a fallback fails not-allowed, keeping the DOMException', async () => {
    stubShare(rejectWith('NotAllowedError', 'no activation'));
    const outcome = await setup({ fallback: false }).share();
    expect(outcome.status).toBe('failed');
    if (outcome.status !== 'failed') return;
    expect(outcome.error.code).toBe('not-allowed');
    expect(outcome.error.platformMessage).toBe('NotAllowedError: no activation');
    expect(outcome.error.cause).toBeInstanceOf(DOMException);
    expect(sheetHost()).toBeNull();
  });

  it('without navigator.share and without a fallback, share is unsupported', async () => {
    removeShare();
    const outcome = await setup({ fallback: false }).share();
    expect(outcome.status === 'failed' && outcome.error.code).toBe('unsupported');
  });

  it('native: false always uses the sheet', async () => {
    const { share } = stubShare(() => Promise.resolve());
    const outcome = setup({ native: false }).share();
    await openedSheet();
    expect(share).not.toHaveBeenCalled();
    closeSheets();
    expect((await outcome).status).toBe('cancelled');
  });

  it('refuses non-http(s) URLs before the browser sees them', async () => {
    const { share } = stubShare(() => Promise.resolve());
    const adapter = createWebAdapter();
    for (const url of ['javascript:alert(1)', 'data:text/html,hi', 'ftp://example.com/a']) {
      const outcome = await adapter.share({ url });
      expect(outcome.status === 'failed' && outcome.error.code, url).toBe('invalid-content');
    }
    expect(share).not.toHaveBeenCalled();
  });
});

describe('canIUse and supports from feature detection', () => {
  it('follows navigator.share, canShare with files, the clipboard and the fallback', () => {
    removeShare();
    const adapter = createWebAdapter();
    expect(adapter.canIUse('web.share')).toBe(false);
    expect(adapter.canIUse('web.share.files')).toBe(false);
    expect(adapter.canIUse('web.sheet')).toBe(true);
    expect(adapter.canIUse('web.clipboard')).toBe(true);
    // The sheet alone: shares, with images, async content and results.
    for (const c of ['share', 'button', 'image', 'text', 'async', 'result'] as const) expect(adapter.supports(c), c).toBe(true);
    expect(adapter.supports('files')).toBe(false);
    expect(createWebAdapter({ fallback: false }).supports('share')).toBe(false);
    expect(createWebAdapter({ fallback: false }).supports('image')).toBe(false);
    restoreStubs();
    stubShare(() => Promise.resolve(), (data) => !data.files);
    expect(adapter.canIUse('web.share')).toBe(true);
    expect(adapter.canIUse('web.share.files')).toBe(false);
    // Native share sheets show no image.
    expect(adapter.supports('image')).toBe(false);
    expect(createWebAdapter({ fallback: false }).supports('share')).toBe(true);
    expect(createWebAdapter({ fallback: false }).supports('async')).toBe(false);
    restoreStubs();
    stubShare(() => Promise.resolve());
    expect(adapter.canIUse('web.share.files')).toBe(true);
    expect(adapter.supports('files')).toBe(true);
  });

  it('says no to mini program schemas and capabilities; menus and share info are unsupported', async () => {
    const ctrl = setup();
    for (const schema of ['button.open-type.share', 'showShareMenu', 'getShareInfo', 'onShareTimeline']) {
      expect(ctrl.canIUse(schema), schema).toBe(false);
    }
    for (const c of ['menu', 'tickets', 'timeline'] as const) expect(ctrl.supports(c), c).toBe(false);
    await expect(ctrl.showMenu()).rejects.toSatisfy((e) => isShareError(e, 'unsupported'));
    await expect(ctrl.getShareInfo()).rejects.toSatisfy((e) => isShareError(e, 'unsupported'));
  });
});
