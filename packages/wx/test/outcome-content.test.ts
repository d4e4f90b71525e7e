import { createWxRuntime } from '@sharekit/mock/wx';
import { describe, expect, it } from 'vitest';
import { createWxAdapter, type WxShareAppMessageContent } from '../src/index';
import { world } from './harness';

type Callback = NonNullable<WxShareAppMessageContent['success']>;

// Below 2.3.0 WeChat calls the card's success (with shareTickets for a menu that asked for
// them) or fail (errMsg ending " cancel" when the user closed the panel).
describe('outcomes WeChat reports (1.1.0 to 2.2.x)', () => {
  it.each([
    ['success', { errMsg: 'shareAppMessage:ok', shareTickets: ['tA', 5, null, 'tB'] }, { status: 'shared', channel: 'shareAppMessage', tickets: ['tA', 'tB'] }],
    ['success', { errMsg: 'shareAppMessage:ok' }, { status: 'shared', channel: 'shareAppMessage', tickets: [] }],
    ['success', undefined, { status: 'shared', channel: 'shareAppMessage', tickets: [] }],
    ['fail', { errMsg: 'shareAppMessage:fail cancel' }, { status: 'cancelled', channel: 'shareAppMessage' }],
    ['fail', { errMsg: 'shareAppMessage:fail cancelled by system' }, { status: 'failed' }],
    ['fail', { errMsg: ['shareAppMessage:fail cancel'] }, { status: 'failed' }],
    ['fail', undefined, { status: 'failed' }],
  ] as const)('%s(%j) ends %j', async (callback, result, outcome) => {
    const w = world('2.2.3', { controller: { content: { title: 't' } } });
    const card = w.adapter.page.onShareAppMessage({ from: 'menu' });
    (card[callback] as Callback)(result as never);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(w.last()).toMatchObject(outcome);
    if (outcome.status === 'failed') expect(w.last()).toMatchObject({ error: { code: 'platform', platform: 'wx' } });
  });
});

// onShareTimeline opens the current page: only a query survives, `content.wx.query` or the query of `path`.
describe('timeline cards', () => {
  it.each([
    [{ title: 'T', path: '/pages/a/index?id=1&x=2' }, { title: 'T', query: 'id=1&x=2' }],
    [{ path: '/pages/a/index' }, {}],
    [{ path: '/pages/a/index?id=1', wx: { query: 'from=tl' } }, { query: 'from=tl' }],
    [{ imageUrl: 'https://example.com/i.png', wx: { query: '' } }, { query: '', imageUrl: 'https://example.com/i.png' }],
  ])('%j gives %j', (defaults, card) => {
    const adapter = createWxAdapter({ wx: createWxRuntime({ SDKVersion: '3.4.0' }).wx, getCurrentPages: null, defaults });
    expect(adapter.page.onShareTimeline()).toStrictEqual(card);
  });
});

// WeChat has one share panel: a new pull (the user opened it again before the page showed again)
// ends the running session, unconfirmed, instead of being refused as busy.
describe('one share panel', () => {
  it.each([
    ['onShareAppMessage'],
    ['onShareTimeline'],
  ] as const)('a second pull through %s ends the first and runs', (hook) => {
    const w = world('3.4.0', { controller: { content: { title: 't' } }, pageOptions: { timeline: true } });
    w.adapter.page.onShareAppMessage({ from: 'menu' });
    const first = w.controller.getState().session;
    w.adapter.page[hook]({ from: 'menu' });
    expect(w.outcome((first as { id: number }).id)).toEqual({ status: 'unconfirmed' });
    const second = w.controller.getState().session;
    expect(second.phase).not.toBe('idle');
    expect((second as { id: number }).id).toBeGreaterThan((first as { id: number }).id);
    expect(w.controller.getState().settled?.outcome).toEqual({ status: 'unconfirmed' });
  });
});
