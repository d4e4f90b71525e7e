import { isShareError, type ShareTrigger } from '@sharekit/core';
import { describe, expect, it } from 'vitest';
import { PAGE, world } from './harness';

const CONTENT = { title: 'Article 42', path: `${PAGE}?id=42`, imageUrl: 'https://example.com/42.png' };

interface Row {
  version: string;
  /** showShareMenu / hideShareMenu, with withShareTicket. */
  menu: boolean;
  updateMenu: boolean;
  /** `<button open-type="share">`: false, or the `from` the provider sees for it. */
  button: false | 'menu' | 'button';
  imageUrl: boolean;
  /** `menus` and "share to Moments". */
  menus: boolean;
  /** The `promise` field for async content. */
  promise: boolean;
  /** What a group share with withShareTicket ends in. */
  outcome: 'shared' | 'unconfirmed';
  /** Tickets in that outcome; null when no ticket can be asked for or reported. */
  tickets: number | null;
  /** `wx.canIUse` answers schemas outside the share table (1.1.1+). */
  wxCanIUse: boolean;
}

// wx-share-facts.md, one row per version that changes something.
const ROWS: Row[] = [
  { version: '1.0.0', menu: false, updateMenu: false, button: false, imageUrl: false, menus: false, promise: false, outcome: 'unconfirmed', tickets: null, wxCanIUse: false },
  { version: '1.1.0', menu: true, updateMenu: false, button: false, imageUrl: false, menus: false, promise: false, outcome: 'shared', tickets: 1, wxCanIUse: false },
  { version: '1.1.1', menu: true, updateMenu: false, button: false, imageUrl: false, menus: false, promise: false, outcome: 'shared', tickets: 1, wxCanIUse: true },
  { version: '1.2.0', menu: true, updateMenu: true, button: 'menu', imageUrl: false, menus: false, promise: false, outcome: 'shared', tickets: 1, wxCanIUse: true },
  { version: '1.2.4', menu: true, updateMenu: true, button: 'button', imageUrl: false, menus: false, promise: false, outcome: 'shared', tickets: 1, wxCanIUse: true },
  { version: '1.5.0', menu: true, updateMenu: true, button: 'button', imageUrl: true, menus: false, promise: false, outcome: 'shared', tickets: 1, wxCanIUse: true },
  { version: '2.2.3', menu: true, updateMenu: true, button: 'button', imageUrl: true, menus: false, promise: false, outcome: 'shared', tickets: 1, wxCanIUse: true },
  { version: '2.3.0', menu: true, updateMenu: true, button: 'button', imageUrl: true, menus: false, promise: false, outcome: 'unconfirmed', tickets: null, wxCanIUse: true },
  { version: '2.11.3', menu: true, updateMenu: true, button: 'button', imageUrl: true, menus: true, promise: false, outcome: 'unconfirmed', tickets: null, wxCanIUse: true },
  { version: '2.12.0', menu: true, updateMenu: true, button: 'button', imageUrl: true, menus: true, promise: true, outcome: 'unconfirmed', tickets: null, wxCanIUse: true },
  { version: '3.4.0', menu: true, updateMenu: true, button: 'button', imageUrl: true, menus: true, promise: true, outcome: 'unconfirmed', tickets: null, wxCanIUse: true },
];

function setup(version: string) {
  const triggers: ShareTrigger[] = [];
  const w = world(version, {
    controller: {
      content: (trigger) => {
        triggers.push(trigger);
        return CONTENT;
      },
    },
  });
  return { ...w, triggers };
}

const rejection = (promise: Promise<unknown>) => promise.then(() => undefined, (e: unknown) => e);

describe.each(ROWS)('base library $version', (row) => {
  it('canIUse answers what the runtime really does', () => {
    const { adapter } = setup(row.version);
    // 1.0.0 reports no SDKVersion at all: the adapter assumes 1.0.0, as WeChat advises.
    expect(adapter.version).toBe(row.version);
    expect({
      showShareMenu: adapter.canIUse('showShareMenu'),
      withShareTicket: adapter.canIUse('showShareMenu.object.withShareTicket'),
      updateShareMenu: adapter.canIUse('updateShareMenu'),
      button: adapter.canIUse('button.open-type.share'),
      imageUrl: adapter.canIUse('onShareAppMessage.return.imageUrl'),
      menus: adapter.canIUse('showShareMenu.object.menus'),
      timeline: adapter.canIUse('onShareTimeline'),
      promise: adapter.canIUse('onShareAppMessage.return.promise'),
      shareTickets: adapter.canIUse('shareAppMessage.success.shareTickets'),
      getShareInfo: adapter.canIUse('getShareInfo'),
      outsideTheTable: adapter.canIUse('getSystemInfo'),
    }).toEqual({
      showShareMenu: row.menu,
      withShareTicket: row.menu,
      updateShareMenu: row.updateMenu,
      button: row.button !== false,
      imageUrl: row.imageUrl,
      menus: row.menus,
      timeline: row.menus,
      promise: row.promise,
      shareTickets: row.tickets !== null,
      getShareInfo: row.menu,
      outsideTheTable: row.wxCanIUse,
    });
  });

  it('menu operations work where they exist and are unsupported elsewhere', async () => {
    const { controller, runtime } = setup(row.version);
    const show = await rejection(controller.showMenu({ withShareTicket: true }));
    if (row.menu) {
      expect(show).toBeUndefined();
      expect(runtime.menu.withShareTicket).toBe(true);
    } else {
      expect(isShareError(show, 'unsupported')).toBe(true);
    }
    const update = await rejection(controller.updateMenu({ withShareTicket: false }));
    expect(update === undefined).toBe(row.updateMenu);
    if (!row.updateMenu) expect(isShareError(update, 'unsupported')).toBe(true);
    const menus = await rejection(controller.showMenu({ menus: ['shareAppMessage', 'shareTimeline'] }));
    expect(menus === undefined).toBe(row.menus);
    if (row.menus) expect(runtime.menu.menus).toEqual(['shareAppMessage', 'shareTimeline']);
    else expect(isShareError(menus, 'unsupported')).toBe(true);
  });

  it('a group share delivers the fields this version reads and ends as WeChat reports it', async () => {
    const { controller, runtime, last } = setup(row.version);
    if (row.menu) await controller.showMenu({ withShareTicket: true });
    const report = await runtime.user.tapMenuShare({ choose: 'group' });
    expect(report.opened).toBe(true);
    const fields = row.imageUrl ? CONTENT : { title: CONTENT.title, path: CONTENT.path };
    // What the handler returned (no field this version does not read) and what WeChat sent.
    const { success, fail, ...returned } = report.returned as Record<string, unknown>;
    expect(returned).toEqual(fields);
    expect(typeof success === 'function' && typeof fail === 'function').toBe(row.outcome === 'shared');
    expect(report.delivered).toEqual(fields);
    const outcome = last();
    expect(outcome?.status).toBe(row.outcome);
    if (outcome?.status === 'shared') {
      expect(outcome.tickets).toHaveLength(row.tickets!);
      for (const ticket of outcome.tickets ?? []) expect(runtime.isTicketValid(ticket)).toBe(true);
    }
    expect(controller.getState().session.phase).toBe('idle');
  });

  it(row.button ? `the share button asks for content with from "${row.button}"` : 'has no share button', async () => {
    const { runtime, triggers, events } = setup(row.version);
    const report = await runtime.user.tapShareButton({ id: 'share' });
    if (!row.button) {
      expect(report.reason).toBe('button-unsupported');
      expect(events.some((e) => e.event.type === 'request')).toBe(false);
      return;
    }
    expect(report.opened).toBe(true);
    expect(triggers.map((t) => t.from)).toEqual([row.button]);
  });
});
