// Issue 14, item 5: a menu answer that arrives after the user navigated belongs to the page the
// call was made on. Reproduced at 2.14.0 with a runtime that answers after 50 ms.
import { describe, expect, it } from 'vitest';
import { OTHER_PAGE, world } from './harness';

const inSync = (w: ReturnType<typeof world>) => {
  const { visible, withShareTicket, menus } = w.runtime.menu;
  expect(w.controller.getState().menu).toEqual({ visible, items: menus, tickets: withShareTicket });
};

describe('per-page menus: an answer after navigating', () => {
  it('2.14.0: showMenu({ withShareTicket }) on A, navigateTo(B) before WeChat answers, then navigateBack', async () => {
    const w = world('2.14.0', { page: { title: 'A' }, other: { title: 'B' }, runtime: { latency: 50 } });
    const call = w.controller.showMenu({ withShareTicket: true });
    w.runtime.navigateTo(OTHER_PAGE);
    // The caller learns A's menu, as WeChat confirmed it for A.
    await expect(call).resolves.toEqual({ visible: true, items: ['shareAppMessage'], tickets: true });
    // B is in front: its menu never asked for tickets, and the controller says so.
    expect(w.controller.getState().menu.tickets).toBe(false);
    inSync(w);
    w.runtime.navigateBack();
    // A again: WeChat gives A's tickets, and the controller says so.
    expect(w.controller.getState().menu.tickets).toBe(true);
    inSync(w);
  });

  it('2.14.0: hideMenu on A answered after navigateTo(B) leaves B visible, and A hidden when it is back', async () => {
    const w = world('2.14.0', { page: { title: 'A' }, other: { title: 'B' }, runtime: { latency: 50 } });
    const call = w.controller.hideMenu();
    w.runtime.navigateTo(OTHER_PAGE);
    await expect(call).resolves.toMatchObject({ visible: false });
    expect(w.controller.getState().menu.visible).toBe(true);
    inSync(w);
    w.runtime.navigateBack();
    expect(w.controller.getState().menu.visible).toBe(false);
    inSync(w);
  });
});
