import { createShareController, ShareError, type ShareInfo } from '@sharekit/core';
import { createMockAdapter } from '@sharekit/mock';
import { describe, expect, it } from 'vitest';
import { compatibilityMatrix, createArticleApp, featureSchemas, pageData } from '../src/shared';

const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

function setup(version: string, options: { resolveGroupId?: (info: ShareInfo) => Promise<string> } = {}) {
  const adapter = createMockAdapter({ version });
  const controller = createShareController({ adapter });
  const app = createArticleApp({ controller, articleId: '42', ...options });
  return { adapter, controller, app };
}

describe('createArticleApp over the mock adapter', () => {
  it('at 1.0.0: no menu call, no button, no image, sync content', async () => {
    const { adapter, app } = setup('1.0.0');
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

  it('at 1.1.0: shows the menu with share tickets', async () => {
    const { adapter, app } = setup('1.1.0');
    await app.start();
    expect(adapter.calls.find((c) => c.method === 'showMenu')?.args).toEqual([{ withShareTicket: true }]);
    expect(app.getView().menu).toEqual({ visible: true, withShareTicket: true, menus: ['shareAppMessage'] });
    expect(app.getView().features.shareButton).toBe(false);
  });

  it('at 1.5.0: sends imageUrl, synchronously; at 2.12.0: composes asynchronously', async () => {
    const old = setup('1.5.0');
    const sync = old.adapter.tap('button');
    expect(sync.hosted.content).toEqual({
      title: 'The answer, shared once',
      path: '/pages/article/index?id=42',
      imageUrl: '/images/article-42.png',
    });
    const recent = setup('2.12.0');
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
    const { adapter, app } = setup('2.2.3');
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
    const { adapter, app } = setup('2.2.3');
    adapter.failNext('showMenu');
    await app.start();
    expect(app.getView().error).toMatch(/^showMenu failed: platform: scripted failure/);
    expect(app.getView().menu.visible).toBe(false);
  });

  it('opened from a group card: reads the share info and asks the resolver for the group id', async () => {
    const seen: ShareInfo[] = [];
    const { adapter, app } = setup('2.2.3', {
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
    const plain = setup('2.2.3');
    plain.adapter.launch({ scene: 1044, shareTicket: plain.adapter.issueTicket('G') });
    await plain.app.start();
    expect(plain.app.getView().group).toEqual({ status: 'info', source: 'getShareInfo' });

    const failing = setup('2.2.3', {
      resolveGroupId: () => Promise.reject(new ShareError('decrypt-failed', 'bad key')),
    });
    failing.adapter.launch({ scene: 1044, shareTicket: failing.adapter.issueTicket('G') });
    await failing.app.start();
    expect(failing.app.getView().group).toEqual({ status: 'failed', error: 'decrypt-failed: bad key' });
  });

  it('an answer for an older ticket does not overwrite a newer one', async () => {
    const answers: Array<(id: string) => void> = [];
    const { adapter, app } = setup('2.2.3', { resolveGroupId: () => new Promise((resolve) => answers.push(resolve)) });
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
    const { controller, app } = setup('2.2.3');
    let calls = 0;
    app.subscribe(() => calls++);
    app.dispose();
    await controller.share();
    expect(calls).toBe(0);
    expect(controller.getState().disposed).toBe(false);
  });
});

describe('compatibilityMatrix', () => {
  it('lists every schema the page relies on, with the platform answer', () => {
    const rows = compatibilityMatrix((schema) => schema === 'button.open-type.share');
    expect(rows.map((r) => r.schema)).toEqual(featureSchemas.map((r) => r.schema));
    expect(rows.filter((r) => r.available).map((r) => r.schema)).toEqual(['button.open-type.share']);
  });

  it('a throwing canIUse counts as false', () => {
    expect(
      compatibilityMatrix(() => {
        throw new Error('no');
      }).every((r) => !r.available),
    ).toBe(true);
  });

  it.each([
    ['1.0.0', []],
    ['1.1.0', ['showShareMenu', 'showShareMenu.object.withShareTicket', 'getShareInfo']],
    ['1.2.0', ['showShareMenu', 'showShareMenu.object.withShareTicket', 'button.open-type.share', 'getShareInfo']],
    [
      '2.12.0',
      [
        'showShareMenu',
        'showShareMenu.object.withShareTicket',
        'button.open-type.share',
        'onShareAppMessage.return.imageUrl',
        'onShareAppMessage.return.promise',
        'getShareInfo',
        'getGroupEnterInfo',
      ],
    ],
  ])('the page view at WeChat %s', (version, available) => {
    const { app } = setup(version);
    expect(app.getView().compatibility.filter((r) => r.available).map((r) => r.schema)).toEqual(available);
  });
});
