import { isShareError } from '@sharekit/core';
import { describe, expect, it } from 'vitest';
import { createDouyinAdapter } from '../src/index';
import { OTHER_PAGE, world } from './harness';

describe('douyin share menu (tt.showShareMenu / tt.hideShareMenu)', () => {
  it("shows Douyin's items with menus (2.28.0+) and hides the whole menu", async () => {
    const { controller, runtime } = world('2.28.0');
    expect(controller.getState().menu).toEqual({ visible: true, items: ['share'], tickets: false });
    expect(await controller.hideMenu()).toEqual({ visible: false, items: [], tickets: false });
    expect(runtime.menu.items).toEqual([]);
    expect((await runtime.user.tapMenuShare()).reason).toBe('menu-hidden');
    expect(await controller.showMenu({ menus: ['record'] })).toEqual({ visible: false, items: ['record'], tickets: false });
    expect(await controller.showMenu()).toEqual({ visible: true, items: ['share', 'record'], tickets: false });
    expect(runtime.menu.items).toEqual(['share', 'record']);
    const called = runtime.calls.filter((c) => c.api === 'showShareMenu').map((c) => (c.args[0] as { menus?: unknown }).menus);
    expect(called).toEqual([['record'], undefined]);
  });

  it('refuses menus below 2.28.0, and any menu below 1.5.0, as unsupported before Douyin sees them', async () => {
    const old = world('2.27.0');
    await expect(old.controller.showMenu({ menus: ['share'] })).rejects.toSatisfy((e) => isShareError(e, 'unsupported'));
    expect(old.runtime.calls.some((c) => c.api === 'showShareMenu')).toBe(false);
    const first = world('1.4.0');
    expect(first.controller.supports('menu')).toBe(false);
    await expect(first.controller.hideMenu()).rejects.toSatisfy((e) => isShareError(e, 'unsupported'));
  });

  it("refuses hideShareMenu's menus (not documented) and unknown item names", async () => {
    const { controller, runtime } = world('3.50.0');
    await expect(controller.hideMenu({ menus: ['share'] } as never)).rejects.toSatisfy((e) => isShareError(e, 'unsupported'));
    await expect(controller.showMenu({ menus: ['shareTimeline'] } as never)).rejects.toSatisfy((e) => isShareError(e, 'invalid-argument'));
    expect(runtime.calls.filter((c) => c.api.endsWith('ShareMenu'))).toEqual([]);
  });

  it('keeps one menu per page', async () => {
    const { controller, runtime } = world('3.50.0', { other: { title: 'Other' } });
    await controller.hideMenu();
    runtime.navigateTo(OTHER_PAGE);
    expect(controller.getState().menu.visible).toBe(true);
    runtime.navigateBack();
    expect(controller.getState().menu.visible).toBe(false);
  });

  it('a page without onShareAppMessage has no 分享 before 2.91.0, and shares the defaults from 2.91.0', async () => {
    const before = world('2.90.0', { bare: true });
    expect(before.runtime.menu.items).toEqual([]);
    expect(before.adapter.initialMenu.visible).toBe(false);
    const after = world('2.91.0', { bare: true });
    expect(after.adapter.initialMenu).toEqual({ visible: true, items: ['share'], tickets: false });
    expect((await after.runtime.user.tapMenuShare()).delivered).toEqual({ title: 'Demo App', path: '/pages/article/index?id=42' });
  });
});

describe('douyin menu failures', () => {
  it("keeps Douyin's errMsg as platformMessage and its errNo as the cause", async () => {
    const tt = {
      getSystemInfoSync: () => ({ SDKVersion: '3.50.0' }),
      showShareMenu: (o: { fail?: (r: object) => void }) => o.fail?.({ errMsg: 'showShareMenu:fail internal error', errNo: 20000 }),
    };
    const adapter = createDouyinAdapter({ tt, getCurrentPages: null });
    const error = await adapter.showMenu().catch((e: unknown) => e);
    expect(isShareError(error, 'platform')).toBe(true);
    expect(error).toMatchObject({ platformMessage: 'showShareMenu:fail internal error', cause: { errNo: 20000 } });
    // The message names what the app calls (`tt`), not the platform's name.
    expect((error as Error).message).toBe('platform: tt.showShareMenu failed: showShareMenu:fail internal error');
  });
});
