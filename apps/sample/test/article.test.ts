import { createShareController, ShareError, type ShareInfo } from '@sharekit/core';
import { createMockAdapter } from '@sharekit/mock';
import { describe, expect, it } from 'vitest';
import { compatibilityMatrix, createArticleApp, featureRows, pageData } from '../src/shared';

const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

// Platforms of every shape, as the mock plays them: the shared logic sees only supports().
const NONE = { menu: false, button: false, image: false, async: false, tickets: false, result: false };
const PROFILES = {
  'no menu, no button, no image': { ...NONE },
  'menu with tickets': { ...NONE, menu: true, tickets: true, result: true },
  'image, sync': { ...NONE, menu: true, tickets: true, button: true, image: true, result: true },
  'image, async': { ...NONE, menu: true, tickets: true, button: true, image: true, async: true },
  everything: {},
} as const;

function setup(profile: keyof typeof PROFILES, options: { resolveGroupId?: (info: ShareInfo) => Promise<string> } = {}) {
  const adapter = createMockAdapter({ supports: PROFILES[profile] });
  const controller = createShareController({ adapter });
  const app = createArticleApp({ controller, articleId: '42', ticketMenu: { tickets: true }, ...options });
  return { adapter, controller, app };
}

describe('createArticleApp over the mock adapter', () => {
  it('no menu, no button, no image: no menu call, sync content', async () => {
    const { adapter, app } = setup('no menu, no button, no image');
    await app.start();
    const view = app.getView();
    expect(view.features).toEqual({
      menu: false,
      menuWithShareTicket: false,
      shareButton: false,
      imageUrl: false,
      asyncContent: false,
      shareInfo: false,
    });
    expect(adapter.calls.some((c) => c.method === 'showMenu')).toBe(false);
    const { content } = adapter.tap('menu');
    expect(await content).toEqual({ title: 'The answer, shared once', path: '/pages/article/index?id=42' });
  });

  it('menu with tickets: shows the menu with the platform’s ticket options', async () => {
    const { adapter, app } = setup('menu with tickets');
    await app.start();
    expect(adapter.calls.find((c) => c.method === 'showMenu')?.args).toEqual([{ tickets: true }]);
    expect(app.getView().menu).toEqual({ visible: true, items: ['share'], tickets: true });
    expect(app.getView().features.shareButton).toBe(false);
  });

  it('image: sends imageUrl, synchronously; with async: composes asynchronously', async () => {
    const old = setup('image, sync');
    const sync = old.adapter.tap('button');
    expect(sync.hosted.content).toEqual({
      title: 'The answer, shared once',
      path: '/pages/article/index?id=42',
      imageUrl: '/images/article-42.png',
    });
    const recent = setup('image, async');
    expect(recent.app.getView().contentMode).toBe('async');
    const tap = recent.adapter.tap('button');
    expect(tap.hosted.content).toBeUndefined();
    expect(await tap.content).toEqual({
      title: 'The answer, shared once',
      path: '/pages/article/index?id=42',
      imageUrl: '/images/article-42.png',
    });
  });

  it('logs every transition and the outcome', async () => {
    const { adapter, app } = setup('everything');
    const views: string[] = [];
    app.subscribe((v) => views.push(v.session));
    adapter.queue({ status: 'shared', channel: 'group', tickets: ['T1'] });
    const outcome = await app.share('button');
    expect(outcome).toEqual({ status: 'shared', channel: 'group', tickets: ['T1'] });
    const view = app.getView();
    expect(view.lastOutcome).toEqual({ status: 'shared', text: 'shared (group), 1 share ticket(s)', tickets: 1 });
    expect(view.log.map((e) => e.kind)).toEqual(['event', 'event', 'event', 'outcome']);
    expect(view.log[0]?.text).toBe('request from the button (the app) -> composing #1');
    expect(view.log[1]?.text).toContain('composed #1: title "The answer, shared once"');
    expect(view.log[3]?.text).toBe('#1 shared (group), 1 share ticket(s)');
    expect(views).toEqual(['composing', 'presenting', 'idle']);
  });

  it('reports a failed menu call without throwing', async () => {
    const { adapter, app } = setup('everything');
    adapter.failNext('showMenu');
    await app.start();
    expect(app.getView().error).toMatch(/^showMenu failed: platform: scripted failure/);
    expect(app.getView().menu.tickets).toBe(false);
  });

  it('opened from a group card: reads the share info and asks the resolver for the group id', async () => {
    const seen: ShareInfo[] = [];
    const { adapter, app } = setup('everything', {
      resolveGroupId: async (info) => {
        seen.push(info);
        return JSON.parse(decodeURIComponent(info.encryptedData.slice('mock:'.length))).openGId;
      },
    });
    await app.start();
    expect(app.getView().group).toEqual({ status: 'none' });
    adapter.launch({ scene: 1044, shareTicket: adapter.issueTicket('G-42') });
    expect(app.getView().group).toEqual({ status: 'ticket' });
    await tick();
    expect(app.getView().group).toEqual({ status: 'resolved', groupId: 'G-42' });
    expect(seen[0]?.source).toBe('getShareInfo');
    expect(pageData(app.getView())).toMatchObject({ groupId: 'G-42', groupText: 'Opened from group G-42' });
    adapter.destroy();
    expect(app.getView().group).toEqual({ status: 'none' });
  });

  it('without a resolver it shows that a ticket arrived; resolver errors are shown', async () => {
    const plain = setup('everything');
    plain.adapter.launch({ scene: 1044, shareTicket: plain.adapter.issueTicket('G') });
    await plain.app.start();
    expect(plain.app.getView().group).toEqual({ status: 'info', source: 'getShareInfo' });

    const failing = setup('everything', {
      resolveGroupId: () => Promise.reject(new ShareError('decrypt-failed', 'bad key')),
    });
    failing.adapter.launch({ scene: 1044, shareTicket: failing.adapter.issueTicket('G') });
    await failing.app.start();
    expect(failing.app.getView().group).toEqual({ status: 'failed', error: 'decrypt-failed: bad key' });
  });

  it('an answer for an older ticket does not overwrite a newer one', async () => {
    const answers: Array<(id: string) => void> = [];
    const { adapter, app } = setup('everything', { resolveGroupId: () => new Promise((resolve) => answers.push(resolve)) });
    adapter.launch({ scene: 1044, shareTicket: adapter.issueTicket('OLD') });
    await tick();
    adapter.launch({ scene: 1044, shareTicket: adapter.issueTicket('NEW') });
    await tick();
    answers[1]?.('NEW');
    await tick();
    answers[0]?.('OLD');
    await tick();
    expect(app.getView().group).toEqual({ status: 'resolved', groupId: 'NEW' });
  });

  it('dispose stops listening but leaves the controller alone', async () => {
    const { controller, app } = setup('everything');
    let calls = 0;
    app.subscribe(() => calls++);
    app.dispose();
    await controller.share();
    expect(calls).toBe(0);
    expect(controller.getState().disposed).toBe(false);
  });
});

describe('compatibilityMatrix', () => {
  it('lists every capability the page relies on, with the platform answer', () => {
    const rows = compatibilityMatrix((capability) => capability === 'button');
    expect(rows.map((r) => r.capability)).toEqual(featureRows.map((r) => r.capability));
    expect(rows.filter((r) => r.available).map((r) => r.capability)).toEqual(['button']);
  });

  it('a throwing supports counts as false', () => {
    expect(
      compatibilityMatrix(() => {
        throw new Error('no');
      }).every((r) => !r.available),
    ).toBe(true);
  });

  it.each([
    ['no menu, no button, no image', []],
    ['menu with tickets', ['menu', 'tickets', 'result']],
    ['image, async', ['button', 'menu', 'tickets', 'image', 'async']],
  ] as const)('the page view on a platform with %s', (profile, available) => {
    const { app } = setup(profile);
    expect(app.getView().compatibility.filter((r) => r.available).map((r) => r.capability)).toEqual(available);
  });
});
