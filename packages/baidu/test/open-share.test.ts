// swan.openShare as the app-started share (controller.share()), its callbacks as the outcome, and
// the documented Android bug: base library 1.13.43 calls no `fail` when the user cancels.
import { describe, expect, it } from 'vitest';
import { PAGE, world } from './harness';

const CONTENT = { title: 'Article 42', text: 'Worth a read', path: `${PAGE}?id=42`, imageUrl: 'https://example.com/42.png' };
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('swan.openShare', () => {
  it('gets the content as Baidu names it (text as content, path with its leading /) and ends shared on success', async () => {
    const { runtime, controller } = world({ page: CONTENT });
    const outcome = await controller.share();
    expect(outcome).toEqual({ status: 'shared' });
    const [call] = runtime.calls.filter((c) => c.api === 'openShare');
    expect(call!.args[0]).toMatchObject({ title: 'Article 42', content: 'Worth a read', path: `${PAGE}?id=42`, imageUrl: 'https://example.com/42.png' });
    expect(runtime.cards.at(-1)).toEqual({ via: 'openShare', title: 'Article 42', content: 'Worth a read', path: `${PAGE}?id=42`, imageUrl: 'https://example.com/42.png' });
  });

  it('a cancel is cancelled, another fail is failed with Baidu\'s errMsg', async () => {
    const { runtime, controller } = world({ page: CONTENT });
    runtime.user.answerNextOpenShare({ choose: 'cancel' });
    expect(await controller.share()).toEqual({ status: 'cancelled' });
    runtime.user.answerNextOpenShare({ choose: 'fail', detail: 'network error' });
    const failed = await controller.share();
    expect(failed.status === 'failed' && [failed.error.code, failed.error.platformMessage]).toEqual(['platform', 'openShare:fail network error']);
    // Named as the app would call it: swan, not the platform name.
    expect(failed.status === 'failed' && failed.error.message).toBe('platform: swan.openShare failed: openShare:fail network error');
  });

  it('async content is awaited before the panel opens: the app started the share', async () => {
    const { runtime, controller } = world({ page: async () => ({ title: 'Computed', path: PAGE }) });
    expect(await controller.share()).toEqual({ status: 'shared' });
    expect(runtime.cards.at(-1)?.title).toBe('Computed');
  });

  it('without swan.openShare: share() fails unsupported and nothing is called', async () => {
    const { runtime, controller } = world({ runtime: { openShare: false }, page: CONTENT });
    expect(controller.supports('share')).toBe(false);
    const outcome = await controller.share();
    expect(outcome.status === 'failed' && outcome.error.code).toBe('unsupported');
    expect(runtime.calls.some((c) => c.api === 'openShare')).toBe(false);
  });
});

describe('Android 1.13.43: a cancel Baidu never reports', () => {
  const buggy = { SDKVersion: '1.13.43', platform: 'android' } as const;

  it('settles unconfirmed at the present timeout, never shared (a page that does not hand its onShow over)', async () => {
    const { runtime, controller } = world({ runtime: buggy, page: CONTENT, controller: { presentTimeout: 50 }, withoutOnShow: true });
    runtime.user.answerNextOpenShare({ choose: 'cancel' });
    const outcome = controller.share();
    await sleep(10);
    expect(runtime.panelOpen).toBe(false);
    expect(controller.getState().session.phase).toBe('presenting');
    expect(await outcome).toEqual({ status: 'unconfirmed' });
  });

  it('settles unconfirmed as soon as the page shows again (the panel closing, or a return from the background)', async () => {
    const { runtime, controller } = world({ runtime: buggy, page: CONTENT });
    runtime.user.answerNextOpenShare({ choose: 'cancel' });
    expect(await controller.share()).toEqual({ status: 'unconfirmed' });
    const late = world({ runtime: buggy, page: CONTENT });
    late.runtime.user.answerNextOpenShare({ choose: 'cancel', dwell: 1000 });
    const outcome = late.controller.share();
    late.runtime.hide();
    late.runtime.show();
    expect(await outcome).toEqual({ status: 'unconfirmed' });
  });

  it('a user share right after a reported openShare is left alone when the page shows', async () => {
    const { runtime, adapter, controller } = world({ runtime: buggy, page: CONTENT });
    runtime.user.answerNextOpenShare({ choose: 'share' });
    expect(await controller.share()).toEqual({ status: 'shared' });
    adapter.page.onShareAppMessage({ from: 'menu' });
    await sleep(10);
    expect(controller.getState().session.phase).toBe('presenting');
  });

  it('a user share presenting when the page shows is Baidu’s to report, also on Android 1.13.43', async () => {
    const { runtime, adapter, controller } = world({ runtime: buggy, page: CONTENT });
    adapter.page.onShareAppMessage({ from: 'menu' });
    runtime.hide();
    runtime.show();
    await sleep(10);
    expect(controller.getState().session.phase).toBe('presenting');
  });

  it('on Android elsewhere the page showing again ends nothing', async () => {
    const { runtime, controller } = world({ runtime: { SDKVersion: '3.140.1', platform: 'android' }, page: CONTENT });
    runtime.user.answerNextOpenShare({ choose: 'share', dwell: 30 });
    const outcome = controller.share();
    runtime.hide();
    runtime.show();
    await sleep(10);
    expect(controller.getState().session.phase).toBe('presenting');
    expect(await outcome).toEqual({ status: 'shared' });
  });

  it('elsewhere the page showing again ends nothing: Baidu reports the result', async () => {
    const { runtime, controller } = world({ runtime: { SDKVersion: '1.13.43', platform: 'ios' }, page: CONTENT });
    runtime.user.answerNextOpenShare({ choose: 'share', dwell: 30 });
    const outcome = controller.share();
    runtime.hide();
    runtime.show();
    expect(controller.getState().session.phase).toBe('presenting');
    expect(await outcome).toEqual({ status: 'shared' });
  });

  it('a menu share after the silent cancel joins the hanging session: its content, and Baidu\'s result for it', async () => {
    const { runtime, controller, events } = world({ runtime: buggy, page: { title: 'Page content', path: PAGE }, withoutOnShow: true });
    runtime.user.answerNextOpenShare({ choose: 'cancel' });
    const id = controller.getState().nextId;
    const outcome = controller.share({ from: 'api' });
    await sleep(10);
    const report = await runtime.user.tapMenuShare({ choose: 'share' });
    expect(report.card).toMatchObject({ via: 'menu', title: 'Page content' });
    expect(await outcome).toEqual({ status: 'shared' });
    expect(controller.getState().nextId).toBe(id + 1);
    // The pull was no second session: nothing settled busy, only the app session settled.
    const settled = new Set(events.map((e) => e.state.settled).filter((s) => s !== null));
    expect([...settled].map((s) => s.id)).toEqual([id]);
  });
});
