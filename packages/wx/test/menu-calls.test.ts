import { isShareError, type MenuState } from '@sharekit/core';
import { describe, expect, it } from 'vitest';
import { world } from './harness';

type Op = 'show' | 'hide' | 'update';
const API = { show: 'showShareMenu', hide: 'hideShareMenu', update: 'updateShareMenu' } as const;

interface Step {
  op: Op;
  options: Record<string, unknown>;
  /** The MenuState the call resolves with (and the controller then holds). */
  menu: MenuState;
}

const ON = ['shareAppMessage'];
const BOTH = ['shareAppMessage', 'shareTimeline'];

// WeChat's menu arithmetic (wx-share-facts.md): show adds menus (default the app-message item)
// and sets withShareTicket (false when not given); hide removes the menus given, else all, and
// keeps withShareTicket; update changes withShareTicket only when given.
const ROWS: Array<{ version: string; steps: Step[] }> = [
  {
    version: '1.1.0',
    steps: [
      { op: 'show', options: { withShareTicket: true }, menu: { visible: true, items: ON, tickets: true } },
      { op: 'hide', options: {}, menu: { visible: false, items: [], tickets: true } },
      { op: 'show', options: {}, menu: { visible: true, items: ON, tickets: false } },
    ],
  },
  {
    version: '1.2.0',
    steps: [
      { op: 'update', options: { withShareTicket: true }, menu: { visible: true, items: ON, tickets: true } },
      { op: 'update', options: {}, menu: { visible: true, items: ON, tickets: true } },
      { op: 'update', options: { withShareTicket: false }, menu: { visible: true, items: ON, tickets: false } },
    ],
  },
  {
    version: '3.4.0',
    steps: [
      { op: 'hide', options: {}, menu: { visible: false, items: [], tickets: false } },
      { op: 'show', options: {}, menu: { visible: true, items: ON, tickets: false } },
      { op: 'show', options: { menus: ['shareTimeline', 'shareAppMessage'], withShareTicket: true }, menu: { visible: true, items: BOTH, tickets: true } },
      { op: 'hide', options: { menus: [] }, menu: { visible: true, items: BOTH, tickets: true } },
      { op: 'hide', options: { menus: ['shareTimeline'] }, menu: { visible: true, items: ON, tickets: true } },
      { op: 'show', options: { menus: ['shareTimeline'] }, menu: { visible: true, items: BOTH, tickets: false } },
      // The timeline item alone does not show the menu: it needs the app-message item.
      { op: 'hide', options: { menus: ['shareAppMessage'] }, menu: { visible: false, items: ['shareTimeline'], tickets: false } },
      { op: 'update', options: { withShareTicket: true }, menu: { visible: false, items: ['shareTimeline'], tickets: true } },
    ],
  },
];

const call = (w: ReturnType<typeof world>, op: Op, options: Record<string, unknown>) =>
  op === 'show' ? w.controller.showMenu(options) : op === 'hide' ? w.controller.hideMenu(options) : w.controller.updateMenu(options as never);

/** What WeChat received in its last menu call, without the callbacks. */
const sent = (w: ReturnType<typeof world>) => {
  const last = w.runtime.calls.filter((c) => Object.values(API).includes(c.api as never)).at(-1);
  const args = Object.entries((last?.args[0] ?? {}) as Record<string, unknown>).filter(([, v]) => typeof v !== 'function');
  return { api: last?.api, options: Object.fromEntries(args) };
};

describe('menu calls: what WeChat receives and the menu they confirm', () => {
  it.each(ROWS)('base library $version', async ({ version, steps }) => {
    const w = world(version);
    for (const { op, options, menu } of steps) {
      await expect(call(w, op, options)).resolves.toEqual(menu);
      expect(sent(w)).toEqual({ api: API[op], options });
      expect(w.controller.getState().menu).toEqual(menu);
      // The simulated WeChat agrees.
      expect({ visible: w.runtime.menu.visible, items: w.runtime.menu.menus, tickets: w.runtime.menu.withShareTicket }).toEqual(menu);
    }
  });

  it.each([
    ['show', { withShareTicket: 'yes' }, /withShareTicket must be a boolean \(got string\)/],
    ['update', { withShareTicket: 1 }, /withShareTicket must be a boolean \(got number\)/],
    ['show', { menus: 'shareTimeline' }, /menus must be a list of shareAppMessage \/ shareTimeline/],
    ['hide', { menus: ['shareMoments'] }, /menus must be a list/],
    ['show', { menus: ['shareAppMessage', 'qzone'] }, /menus must be a list/],
  ] as const)('%s(%j) is invalid-argument, and WeChat is not called', async (op, options, message) => {
    const w = world('3.4.0');
    const before = w.runtime.calls.length;
    const error = await call(w, op, options as Record<string, unknown>).catch((e: unknown) => e);
    expect(isShareError(error, 'invalid-argument')).toBe(true);
    expect(error).toMatchObject({ platform: 'wx' });
    expect((error as Error).message).toMatch(message);
    expect(w.runtime.calls.slice(before).filter((c) => Object.values(API).includes(c.api as never))).toEqual([]);
    expect(w.controller.getState().menu).toEqual({ visible: true, items: ON, tickets: false });
  });

  it.each([
    ['1.0.0', 'show', {}],
    ['1.1.0', 'update', { withShareTicket: true }],
    ['2.11.2', 'show', { menus: BOTH }],
    ['2.11.2', 'hide', { menus: ['shareTimeline'] }],
  ] as const)('at %s, %s(%j) is unsupported', async (version, op, options) => {
    const error = await call(world(version), op, options as Record<string, unknown>).catch((e: unknown) => e);
    expect(isShareError(error, 'unsupported')).toBe(true);
    expect(error).toMatchObject({ platform: 'wx' });
  });
});
