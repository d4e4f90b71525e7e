// What the mock's options and defaults promise a test that uses it: supports() answers, the
// starting menu, what reaches the card, what each call records, and what a bad menu call says.
import { type Capability, createShareController, isShareError } from '@sharekit/core';
import { describe, expect, it, vi } from 'vitest';
import { shareRejection } from '@sharekit/testkit';
import { createMockAdapter } from '../src';


const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('defaults', () => {
  it('supports everything but timeline and files', () => {
    const adapter = createMockAdapter();
    const all: Capability[] = ['share', 'button', 'menu', 'image', 'text', 'async', 'result', 'tickets', 'timeline', 'files'];
    expect(Object.fromEntries(all.map((c) => [c, adapter.supports(c)]))).toEqual({
      share: true,
      button: true,
      menu: true,
      image: true,
      text: true,
      async: true,
      result: true,
      tickets: true,
      timeline: false,
      files: false,
    });
  });

  it('timeline and files can be switched on', () => {
    const adapter = createMockAdapter({ supports: { timeline: true, files: true } });
    expect([adapter.supports('timeline'), adapter.supports('files')]).toEqual([true, true]);
  });

  it('the page starts with the share item shown, without tickets', () => {
    expect(createMockAdapter().initialMenu).toEqual({ visible: true, items: ['share'], tickets: false });
  });

  it('without preset initiation there is no preset, and a controller pushes nothing', () => {
    const adapter = createMockAdapter();
    expect(adapter.preset).toBeUndefined();
    createShareController({ adapter, content: { title: 'a' } });
    expect(adapter.calls.map((c) => c.method)).not.toContain('preset');
  });
});

describe('what reaches the card', () => {
  it('only the fields the content has: no empty image or text keys', async () => {
    const adapter = createMockAdapter();
    await adapter.share!({ title: 'a' }, { from: 'api' });
    expect(adapter.delivered).toStrictEqual({ title: 'a' });
  });

  it('an unconfirmed outcome without a channel has no channel key', async () => {
    const adapter = createMockAdapter({ supports: { result: false } });
    await expect(adapter.share!({}, { from: 'api' })).resolves.toStrictEqual({ status: 'unconfirmed' });
  });
});

describe('what the mock records', () => {
  it('a preset push, with its content', () => {
    const adapter = createMockAdapter({ initiation: ['preset'] });
    adapter.preset!({ title: 'a' });
    expect(adapter.calls).toEqual([{ method: 'preset', args: [{ title: 'a' }] }]);
    expect(adapter.presetContent).toEqual({ title: 'a' });
  });

  it('a pull, with its options; the provider sees a trigger from the api', () => {
    const adapter = createMockAdapter();
    const provider = vi.fn(() => ({ title: 'a' }));
    createShareController({ adapter, content: provider });
    adapter.pull({ target: 'x' });
    expect(adapter.calls).toEqual([{ method: 'pull', args: [{ target: 'x' }] }]);
    expect(provider).toHaveBeenCalledWith({ target: 'x', from: 'api' });
  });
});

describe('menu calls', () => {
  it('update without tickets keeps the tickets the menu has', async () => {
    const adapter = createMockAdapter();
    await adapter.showMenu!({ tickets: true });
    await expect(adapter.updateMenu!({})).resolves.toMatchObject({ menu: { tickets: true } });
  });

  it('items that are not all strings are invalid-argument, naming the method and the platform', async () => {
    const adapter = createMockAdapter({ platform: 'wx-test' });
    const error = await shareRejection(adapter.showMenu!({ items: ['share', 5] as never }));
    expect(error).toMatchObject({ code: 'invalid-argument', platform: 'wx-test' });
    expect(error.message).toMatch(/showMenu.*items/);
  });

  it('tickets that are not a boolean are invalid-argument, naming the method and the platform', async () => {
    const adapter = createMockAdapter({ platform: 'wx-test' });
    const error = await shareRejection(adapter.updateMenu!({ tickets: 'yes' as never }));
    expect(error).toMatchObject({ code: 'invalid-argument', platform: 'wx-test' });
    expect(error.message).toMatch(/updateMenu.*tickets/);
  });
});

describe('share info', () => {
  it('without a ticket is no-ticket, naming the platform', async () => {
    const error = await shareRejection(createMockAdapter({ platform: 'wx-test' }).getShareInfo!(undefined as never, {}));
    expect(error).toMatchObject({ code: 'no-ticket', platform: 'wx-test' });
    expect(error.message).toContain('getState().launch');
  });
});

describe('supersede', () => {
  it('false: a tap while a user share presents is busy, and the first share goes on', async () => {
    const adapter = createMockAdapter({ supersede: false });
    const controller = createShareController({ adapter, content: { title: 'a' } });
    adapter.queue({ status: 'hang' }, { status: 'cancelled' });
    adapter.tap('menu');
    const second = adapter.tap('menu');
    expect(isShareError(second.hosted.error, 'busy')).toBe(true);
    await expect(second.content).resolves.toEqual({});
    await flush();
    expect(controller.getState().session).toMatchObject({ phase: 'presenting', id: 1 });
  });

  it('by default a tap supersedes the presenting user share', () => {
    const adapter = createMockAdapter();
    const controller = createShareController({ adapter, content: { title: 'a' } });
    adapter.queue({ status: 'hang' }, { status: 'hang' });
    adapter.tap('menu');
    adapter.tap('menu');
    expect(controller.getState().settled).toEqual({ id: 1, outcome: { status: 'unconfirmed' } });
  });
});

describe('refused taps', () => {
  it('a tap whose request a listener disposes shares the defaults and leaves the queued step', async () => {
    const adapter = createMockAdapter();
    const controller = createShareController({ adapter, content: { title: 'a' } });
    controller.subscribe((_, event) => {
      if (event.type === 'request') controller.dispose();
    });
    adapter.queue({ status: 'cancelled' });
    const { hosted, content } = adapter.tap('menu');
    expect(isShareError(hosted.error, 'disposed')).toBe(true);
    await expect(content).resolves.toEqual({});
    await expect(adapter.share!({}, { from: 'api' })).resolves.toEqual({ status: 'cancelled' });
  });
});
