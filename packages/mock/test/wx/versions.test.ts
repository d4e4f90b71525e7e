import { describe, expect, it } from 'vitest';
import { createWxRuntime, type WxShareAppMessageResult } from '../../src/wx';
import { ARTICLE, launched, viaCallbacks } from './helpers';

// The facts, restated here on purpose (not read from core's table): the test fails if either drifts.
const SINCE: Record<string, string> = {
  showShareMenu: '1.1.0',
  hideShareMenu: '1.1.0',
  getShareInfo: '1.1.0',
  canIUse: '1.1.1',
  updateShareMenu: '1.2.0',
  getGroupEnterInfo: '2.10.4',
  authPrivateMessage: '2.13.0',
  showShareImageMenu: '2.14.3',
  shareFileMessage: '2.16.1',
  shareVideoMessage: '2.16.1',
};

const VERSIONS = ['1.0.0', '1.1.0', '1.1.1', '1.2.0', '1.2.4', '1.5.0', '2.2.3', '2.3.0', '2.11.3', '2.12.0', '3.4.0'];

const num = (v: string) => v.split('.').reduce((acc, part) => acc * 1000 + Number(part), 0);
const atLeast = (version: string, since: string) => num(version) >= num(since);

describe.each(VERSIONS)('base library %s', (version) => {
  it('has exactly the share functions of its version', () => {
    const { wx } = createWxRuntime({ SDKVersion: version });
    for (const [api, since] of Object.entries(SINCE)) {
      expect(typeof (wx as unknown as Record<string, unknown>)[api], `${api} on ${version}`).toBe(
        atLeast(version, since) ? 'function' : 'undefined',
      );
    }
  });

  it('reports SDKVersion from 1.1.0 only', () => {
    const info = createWxRuntime({ SDKVersion: version }).wx.getSystemInfoSync();
    if (atLeast(version, '1.1.0')) expect(info.SDKVersion).toBe(version);
    else expect('SDKVersion' in info).toBe(false);
  });

  it('answers canIUse from the table at this version', () => {
    const { wx } = createWxRuntime({ SDKVersion: version });
    if (!atLeast(version, '1.1.1')) {
      expect(wx.canIUse).toBeUndefined();
      return;
    }
    const canIUse = wx.canIUse as (schema: string) => boolean;
    expect(canIUse('button.open-type.share')).toBe(atLeast(version, '1.2.0'));
    expect(canIUse('onShareAppMessage.object.from')).toBe(atLeast(version, '1.2.4'));
    expect(canIUse('onShareAppMessage.return.imageUrl')).toBe(atLeast(version, '1.5.0'));
    expect(canIUse('onShareAppMessage.return.success')).toBe(!atLeast(version, '2.3.0'));
    expect(canIUse('showShareMenu.object.menus')).toBe(atLeast(version, '2.11.3'));
    expect(canIUse('onShareAppMessage.return.promise')).toBe(atLeast(version, '2.12.0'));
    expect(canIUse('getSystemInfoSync')).toBe(true);
    expect(canIUse('noSuchApi.object.x')).toBe(false);
  });

  it('calls onShareAppMessage, delivers and reports as this version does', async () => {
    const received: unknown[] = [];
    const results: [string, WxShareAppMessageResult][] = [];
    const { runtime } = launched(version, {
      onShareAppMessage(argument) {
        received.push(argument);
        return {
          title: 'Article 42',
          path: '/pages/article/index?id=42&ref=share',
          imageUrl: 'https://example.com/cover.png',
          success: (result) => results.push(['success', result]),
          fail: (result) => results.push(['fail', result]),
          complete: (result) => results.push(['complete', result]),
        };
      },
    });
    if (runtime.wx.showShareMenu) await viaCallbacks(runtime.wx.showShareMenu, { withShareTicket: true });

    const report = await runtime.user.tapMenuShare({ choose: 'group', groups: ['tGroupA'] });

    expect(report.opened).toBe(true);
    expect(received).toEqual([atLeast(version, '1.2.4') ? { from: 'menu' } : {}]);
    expect(report.delivered).toEqual({
      title: 'Article 42',
      path: '/pages/article/index?id=42&ref=share',
      ...(atLeast(version, '1.5.0') ? { imageUrl: 'https://example.com/cover.png' } : {}),
    });
    const callbacksOn = atLeast(version, '1.1.0') && !atLeast(version, '2.3.0');
    if (callbacksOn) {
      expect(report.errMsg).toBe('shareAppMessage:ok');
      expect(report.callbacks).toEqual(['success', 'complete']);
      expect(results.map(([name]) => name)).toEqual(['success', 'complete']);
      // withShareTicket exists from 1.1.0, like the callbacks: one ticket for the one group.
      expect(report.shareTickets).toHaveLength(1);
      expect(results[0]?.[1]).toEqual({ errMsg: 'shareAppMessage:ok', shareTickets: report.shareTickets });
    } else {
      expect(report.errMsg).toBeUndefined();
      expect(report.shareTickets).toBeUndefined();
      expect(report.callbacks).toEqual([]);
      expect(results).toEqual([]);
    }
  });

  it('lets an open-type="share" button share from 1.2.0 only', async () => {
    const received: unknown[] = [];
    const { runtime } = launched(version, {
      onShareAppMessage(argument) {
        received.push(argument);
        return { title: 'From button' };
      },
    });
    const report = await runtime.user.tapShareButton({ id: 'share', dataset: { articleId: 42 } }, { choose: 'single' });
    if (!atLeast(version, '1.2.0')) {
      expect(report).toMatchObject({ opened: false, reason: 'button-unsupported', delivered: null });
      expect(received).toEqual([]);
      return;
    }
    expect(report.delivered).toEqual({ title: 'From button', path: '/pages/article/index?id=42' });
    expect(received).toEqual([
      atLeast(version, '1.2.4')
        ? { from: 'button', target: { id: 'share', dataset: { articleId: 42 }, offsetLeft: 0, offsetTop: 0 } }
        : {},
    ]);
  });

  it('honours the promise field from 2.12.0 only', async () => {
    const { runtime } = launched(version, {
      onShareAppMessage: () => ({ title: 'sync', promise: Promise.resolve({ title: 'async' }) }),
    });
    const report = await runtime.user.tapMenuShare({ choose: 'single' });
    const honoured = atLeast(version, '2.12.0');
    expect(report.delivered?.title).toBe(honoured ? 'async' : 'sync');
    expect(report.promise).toBe(honoured ? 'resolved' : 'unsupported');
  });

  it('answers with a Promise (no callbacks given) from 2.10.2 only', async () => {
    const { runtime } = launched(version, { onShareAppMessage: () => ({}) });
    if (!runtime.wx.showShareMenu) return;
    const returned = runtime.wx.showShareMenu({ withShareTicket: true });
    if (atLeast(version, '2.10.2')) await expect(returned).resolves.toEqual({ errMsg: 'showShareMenu:ok' });
    else expect(returned).toBeUndefined();
    // The menu changed either way.
    expect(runtime.menu.withShareTicket).toBe(true);
  });
});

describe('version boundaries between the matrix points', () => {
  it.each([
    ['1.6.3', false],
    ['1.6.4', true],
  ])('passes webViewUrl on %s: %s', async (version, passed) => {
    const received: unknown[] = [];
    const { runtime } = launched(version, { onShareAppMessage: (argument) => void received.push(argument) });
    await runtime.user.tapMenuShare({ webViewUrl: 'https://example.com/h5' });
    expect(received).toEqual([passed ? { from: 'menu', webViewUrl: 'https://example.com/h5' } : { from: 'menu' }]);
  });

  it.each([
    ['2.10.1', undefined],
    ['2.10.2', 'promise'],
  ])('async API style on %s', (version, style) => {
    const { runtime } = launched(version, { onShareAppMessage: () => ({}) });
    const returned = runtime.wx.hideShareMenu?.();
    expect(returned instanceof Promise ? 'promise' : returned).toBe(style);
  });

  it('getGroupEnterInfo appears on 2.10.4, not 2.10.3', () => {
    expect(createWxRuntime({ SDKVersion: '2.10.3' }).wx.getGroupEnterInfo).toBeUndefined();
    expect(typeof createWxRuntime({ SDKVersion: '2.10.4' }).wx.getGroupEnterInfo).toBe('function');
  });

  it('compares versions numerically (2.29.1 is newer than 2.3.0)', async () => {
    const { runtime } = launched('2.29.1', { onShareAppMessage: () => ({ success: () => {} }) });
    const report = await runtime.user.tapMenuShare();
    expect(report.callbacks).toEqual([]);
    expect(typeof runtime.wx.getGroupEnterInfo).toBe('function');
  });

  it('models wx.canIUse false negatives below 2.6.2 only when asked to', () => {
    const gaps = { canIUseGaps: ['updateShareMenu'] };
    const old = createWxRuntime({ SDKVersion: '2.6.1', ...gaps }).wx;
    expect(old.canIUse?.('updateShareMenu')).toBe(false);
    expect(typeof old.updateShareMenu).toBe('function'); // the function exists all the same
    expect(createWxRuntime({ SDKVersion: '2.6.2', ...gaps }).wx.canIUse?.('updateShareMenu')).toBe(true);
    expect(createWxRuntime({ SDKVersion: '2.6.1' }).wx.canIUse?.('updateShareMenu')).toBe(true);
  });

  it('treats a route registered with or without a leading slash alike', () => {
    const runtime = createWxRuntime();
    runtime.Page(ARTICLE.slice(1), {});
    expect(() => runtime.Page(ARTICLE, {})).toThrow(/already registered/);
  });
});
