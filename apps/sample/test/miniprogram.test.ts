// The built mini program (dist/miniprogram, what WeChat DevTools opens) in the simulated WeChat
// runtime at several base library versions, driven like a user. Group ids go through the real
// decrypt endpoint over HTTP.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createWxRuntime, type WxRuntime } from '@sharekit/mock/wx';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  DEMO_APP_ID,
  DEMO_SESSION_KEY,
  type HostedMiniProgram,
  hostMiniProgram,
  loadMiniProgramBundle,
  type MiniProgramBundle,
  type SampleRequest,
  type SampleServer,
  shareButtonCondition,
  startSampleServer,
} from '../src/server';
import { dist } from './paths';

let server: SampleServer;
let bundle: MiniProgramBundle;
const requests: string[] = [];

const request: SampleRequest = async (url, body) => {
  requests.push(url);
  const res = await fetch(new URL(new URL(url).pathname, server.url), {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  return { statusCode: res.status, data: await res.json() };
};

beforeAll(async () => {
  bundle = loadMiniProgramBundle(join(dist, 'miniprogram'));
  server = await startSampleServer({ port: 0, webRoot: join(dist, 'web'), miniprogramDir: join(dist, 'miniprogram') });
});

afterAll(async () => {
  await server?.close();
});

function boot(SDKVersion: string): { runtime: WxRuntime; host: HostedMiniProgram } {
  const runtime = createWxRuntime({ SDKVersion, appId: DEMO_APP_ID, sessionKey: DEMO_SESSION_KEY });
  const host = hostMiniProgram(runtime, bundle, request);
  return { runtime, host };
}

describe('the built mini program folder', () => {
  it('has what WeChat DevTools opens', () => {
    for (const file of ['project.config.json', 'app.json', 'app.js', 'app.wxss', 'sitemap.json', 'images/article-42.png']) {
      expect(() => readFileSync(join(dist, 'miniprogram', file))).not.toThrow();
    }
    for (const ext of ['js', 'wxml', 'wxss', 'json']) {
      expect(() => readFileSync(join(dist, 'miniprogram', `pages/article/index.${ext}`))).not.toThrow();
    }
    expect(bundle.pages).toEqual(['pages/article/index']);
    // CommonJS bundles with everything inside: no require() of packages left.
    const js = readFileSync(join(dist, 'miniprogram', 'app.js'), 'utf8');
    expect(js).not.toMatch(/require\(["']@sharekit/);
    expect(js).toContain('"use strict"');
  });

  it('renders the share button only where canShareButton', () => {
    const wxml = bundle.wxml.get('pages/article/index')!;
    expect(wxml).toContain('<button open-type="share" wx:if="{{canShareButton}}"');
    expect(shareButtonCondition(wxml)).toEqual({ key: 'canShareButton', negated: false });
  });
});

interface Expect {
  version: string;
  button: boolean;
  withShareTicket: boolean;
  image: boolean;
  /** Outcome of a group share through the menu, a one-to-one share through the button, a cancel. */
  group: string;
  single: string;
  cancel: string;
  /** What onShareAppMessage receives for a button tap. */
  buttonArgument?: object;
  promise: string;
  /** The group id shows after opening the group card (a ticket came with it). */
  groupId: boolean;
}

const GROUP = 'tGsimulatedGroup0001';

const versions: Expect[] = [
  // 1.0.0: no menu API, no button, no result callbacks: a share can only be unconfirmed.
  { version: '1.0.0', button: false, withShareTicket: false, image: false, group: 'unconfirmed', single: '', cancel: 'unconfirmed', promise: 'none', groupId: false },
  // 1.2.0: the button exists but onShareAppMessage gets no `from` until 1.2.4.
  { version: '1.2.0', button: true, withShareTicket: true, image: false, group: 'shared', single: 'shared', cancel: 'cancelled', buttonArgument: {}, promise: 'none', groupId: true },
  { version: '2.2.3', button: true, withShareTicket: true, image: true, group: 'shared', single: 'shared', cancel: 'cancelled', buttonArgument: { from: 'button' }, promise: 'none', groupId: true },
  // 2.3.0: WeChat stops reporting results.
  { version: '2.3.0', button: true, withShareTicket: true, image: true, group: 'unconfirmed', single: 'unconfirmed', cancel: 'unconfirmed', buttonArgument: { from: 'button' }, promise: 'none', groupId: true },
  // 2.12.0: async content through the `promise` field.
  { version: '2.12.0', button: true, withShareTicket: true, image: true, group: 'unconfirmed', single: 'unconfirmed', cancel: 'unconfirmed', buttonArgument: { from: 'button' }, promise: 'resolved', groupId: true },
  { version: '3.4.0', button: true, withShareTicket: true, image: true, group: 'unconfirmed', single: 'unconfirmed', cancel: 'unconfirmed', buttonArgument: { from: 'button' }, promise: 'resolved', groupId: true },
];

describe.each(versions)('in simulated WeChat $version', (v) => {
  it('launch, tap the menu, tap the button, cancel, open the group card', async () => {
    const { runtime, host } = boot(v.version);
    runtime.launch({ path: '/pages/article/index?id=42' });
    await host.whenQuiet();

    // Launch: the page shows the article and asks only for what this base library has.
    const data = host.data()!;
    expect(data.title).toBe('The answer, shared once');
    expect(data.canShareButton).toBe(v.button);
    expect(host.shareButtonRendered()).toBe(v.button);
    expect(data.matrix.find((r) => r.capability === 'tickets')?.available).toBe(v.withShareTicket);
    const showMenu = runtime.calls.filter((c) => c.api === 'showShareMenu');
    expect(showMenu.map((c) => (c.args[0] as { withShareTicket?: boolean }).withShareTicket)).toEqual(v.withShareTicket ? [true] : []);
    expect(runtime.menu.visible).toBe(true);
    expect(runtime.menu.withShareTicket).toBe(v.withShareTicket);

    // Tap the menu, pick a group.
    const viaMenu = await runtime.user.tapMenuShare({ choose: 'group' });
    await host.whenQuiet();
    expect(viaMenu.opened).toBe(true);
    expect(viaMenu.promise).toBe(v.promise);
    expect(viaMenu.delivered).toEqual({
      title: 'The answer, shared once',
      path: '/pages/article/index?id=42',
      ...(v.image && { imageUrl: '/images/article-42.png' }),
    });
    expect(host.data()!.outcomeStatus).toBe(v.group);
    if (v.group === 'shared') expect(host.data()!.outcomeText).toBe('shared (shareAppMessage), 1 share ticket(s)');
    const groupCard = viaMenu.cards[0]!;
    expect(groupCard).toMatchObject({ chat: 'group', openGId: GROUP, withShareTicket: v.withShareTicket });

    // Tap the button (only where it renders), pick a one-to-one chat.
    if (v.button) {
      const viaButton = await runtime.user.tapShareButton({ id: 'share' }, { choose: 'single' });
      await host.whenQuiet();
      expect(viaButton.opened).toBe(true);
      expect(viaButton.argument).toMatchObject(v.buttonArgument!);
      expect(host.data()!.outcomeStatus).toBe(v.single);
      if (v.single === 'shared') expect(host.data()!.outcomeText).toBe('shared (shareAppMessage), no share ticket');
    } else {
      // WeChat would not render it; a tap on a plain button would not share either.
      expect((await runtime.user.tapShareButton()).reason).toBe('button-unsupported');
    }

    // Tap the menu, cancel.
    const cancelled = await runtime.user.tapMenuShare({ choose: 'cancel' });
    await host.whenQuiet();
    expect(cancelled.delivered).toBeNull();
    expect(host.data()!.outcomeStatus).toBe(v.cancel);

    // The page's log followed it all.
    const log = host.data()!.log.map((e) => e.text);
    expect(log.filter((t) => t.startsWith('request from the '))).toHaveLength(v.button ? 3 : 2);
    expect(log.every((t) => !t.startsWith('request') || t.includes('(the user, through the platform)'))).toBe(true);
    expect(log.filter((t) => /^#\d+ /.test(t))).toHaveLength(v.button ? 3 : 2);

    // Someone opens the group card: a ticket (where the share asked for one), then the group id.
    const opened = runtime.openShareCard({ path: groupCard.path, chat: 'group', openGId: GROUP, withShareTicket: groupCard.withShareTicket });
    await host.whenQuiet();
    expect(opened.scene).toBe(v.groupId ? 1044 : 1008);
    const after = host.data()!;
    if (v.groupId) {
      expect(after.groupStatus).toBe('resolved');
      expect(after.groupId).toBe(GROUP);
      expect(after.groupText).toBe(`Opened from group ${GROUP}`);
      expect(requests.at(-1)).toMatch(/\/api\/group-id$/);
    } else {
      expect(after.groupStatus).toBe('none');
    }

    // The new page logs the ticket and the group id.
    const texts = after.log.map((e) => e.text);
    expect(texts.includes('opened from a group share card: a share ticket arrived')).toBe(v.groupId);
    expect(texts.includes(`group id decrypted by the server: ${GROUP}`)).toBe(v.groupId);
    expect(runtime.errors).toEqual([]);
    runtime.destroy();
  });
});

describe('share info without a server', () => {
  it('shows that a ticket arrived when the runtime has no wx.request', async () => {
    const runtime = createWxRuntime({ SDKVersion: '2.2.3', appId: DEMO_APP_ID, sessionKey: DEMO_SESSION_KEY });
    const host = hostMiniProgram(runtime, bundle);
    runtime.openShareCard({ path: '/pages/article/index?id=7', chat: 'group', openGId: 'G7', withShareTicket: true });
    await host.whenQuiet();
    expect(host.data()).toMatchObject({ articleId: '7', groupStatus: 'info', groupId: '' });
    expect(host.data()!.groupText).toContain('share info (getShareInfo) was read');
    runtime.destroy();
  });

  it('a ticket from another lifecycle fails visibly', async () => {
    const runtime = createWxRuntime({ SDKVersion: '2.2.3', appId: DEMO_APP_ID, sessionKey: DEMO_SESSION_KEY });
    const host = hostMiniProgram(runtime, bundle, request);
    runtime.openShareCard({ path: '/pages/article/index?id=42', chat: 'group', shareTicket: 'stale-ticket' });
    await host.whenQuiet();
    expect(host.data()).toMatchObject({ groupStatus: 'failed' });
    expect(host.data()!.groupText).toContain('getShareInfo:fail');
    runtime.destroy();
  });
});
