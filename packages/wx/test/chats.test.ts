import { describe, expect, it } from 'vitest';
import { PAGE, world } from './harness';

const CONTENT = { title: 'Group test', path: `${PAGE}?id=1` };

describe('group and one-to-one chats (base library 2.2.3: outcomes reported)', () => {
  const setup = () => world('2.2.3', { controller: { content: CONTENT } });

  it('a group share with withShareTicket reports one valid ticket per group', async () => {
    const { controller, runtime, last } = setup();
    await controller.showMenu({ withShareTicket: true });
    await runtime.user.tapMenuShare({ choose: 'group', groups: ['tGgroupA', 'tGgroupB'] });
    const outcome = last();
    expect(outcome).toMatchObject({ status: 'shared', channel: 'shareAppMessage' });
    const tickets = outcome?.status === 'shared' ? outcome.tickets ?? [] : [];
    expect(tickets).toHaveLength(2);
    expect(new Set(tickets).size).toBe(2);
    for (const ticket of tickets) expect(runtime.isTicketValid(ticket)).toBe(true);
  });

  it('a one-to-one share reports shared with no ticket, even with withShareTicket', async () => {
    const { controller, runtime, last } = setup();
    await controller.showMenu({ withShareTicket: true });
    const report = await runtime.user.tapMenuShare({ choose: 'single' });
    expect(report.cards).toEqual([expect.objectContaining({ chat: 'single', withShareTicket: false })]);
    expect(last()).toEqual({ status: 'shared', channel: 'shareAppMessage', tickets: [] });
  });

  it('a group share without withShareTicket reports no ticket', async () => {
    const { runtime, last } = setup();
    await runtime.user.tapMenuShare({ choose: 'group' });
    expect(last()).toEqual({ status: 'shared', channel: 'shareAppMessage', tickets: [] });
  });

  it('updateMenu turns tickets on for the next share', async () => {
    const { controller, runtime, last } = setup();
    await controller.updateMenu({ withShareTicket: true });
    expect(controller.getState().menu.tickets).toBe(true);
    await runtime.user.tapShareButton({ id: 'share' }, { choose: 'group' });
    expect(last()?.status === 'shared' && last()).toMatchObject({ tickets: [expect.any(String)] });
  });

  it('the result callbacks come before the page shows again, or after: the outcome is the same', async () => {
    const { controller, runtime, last } = world('2.2.3', { controller: { content: CONTENT }, runtime: { resultOrder: 'show-first' } });
    await controller.showMenu({ withShareTicket: true });
    await runtime.user.tapMenuShare({ choose: 'group' });
    // onShow came first, and below 2.3.0 it must not settle the session before WeChat reports.
    expect(last()).toMatchObject({ status: 'shared', tickets: [expect.any(String)] });
  });
});

describe('group and one-to-one chats (base library 2.3.0: no outcome)', () => {
  it('a group share is unconfirmed, yet its card still carries a ticket for whoever opens it', async () => {
    const { controller, runtime, last } = world('2.3.0', { controller: { content: CONTENT } });
    await controller.showMenu({ withShareTicket: true });
    const report = await runtime.user.tapMenuShare({ choose: 'group', groups: ['tGgroupA'] });
    expect(report.callbacks).toEqual([]);
    expect(last()).toEqual({ status: 'unconfirmed', channel: 'shareAppMessage' });
    expect(report.cards[0]).toMatchObject({ chat: 'group', openGId: 'tGgroupA', withShareTicket: true });
  });

  it('a one-to-one share is unconfirmed too: WeChat says nothing either way', async () => {
    const { runtime, last } = world('2.3.0', { controller: { content: CONTENT } });
    await runtime.user.tapMenuShare({ choose: 'single' });
    expect(last()).toEqual({ status: 'unconfirmed', channel: 'shareAppMessage' });
  });

  it('a cancelled share is unconfirmed as well (WeChat hides the cancel)', async () => {
    const { runtime, last } = world('2.3.0', { controller: { content: CONTENT } });
    await runtime.user.tapMenuShare({ choose: 'cancel' });
    expect(last()?.status).toBe('unconfirmed');
  });
});
