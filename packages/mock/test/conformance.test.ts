import { ShareError, type ShareOutcome } from '@sharekit/core';
import { type ScriptedResult, testShareAdapter } from '@sharekit/testkit';
import { createMockAdapter, type MockAdapterOptions } from '../src';

const OUTCOMES: Record<ScriptedResult, ShareOutcome> = {
  shared: { status: 'shared', channel: 'group', tickets: ['t1'] },
  cancelled: { status: 'cancelled' },
  failed: { status: 'failed', error: new ShareError('platform', 'scripted', { platformMessage: 'shareAppMessage:fail boom' }) },
  unconfirmed: { status: 'unconfirmed' },
};

function harness(options: MockAdapterOptions) {
  return () => {
    const adapter = createMockAdapter(options);
    return {
      adapter,
      next: (result: ScriptedResult) => adapter.queue(OUTCOMES[result]),
      tap: (from: 'menu' | 'button') => void adapter.tap(from),
      pull: () => void adapter.pull(),
      presetContent: () => adapter.presetContent,
      delivered: () => adapter.delivered,
      launch: (context: { shareTicket?: string; scene?: number }) => adapter.launch(context),
      validTicket: () => adapter.issueTicket(),
      menu: {
        calls: [
          { op: 'show' as const, options: {} },
          { op: 'show' as const, options: { items: ['feed'], tickets: true } },
          { op: 'hide' as const, options: { items: ['share'] } },
          { op: 'hide' as const, options: {} },
          { op: 'update' as const, options: { tickets: true } },
        ],
        tickets: { tickets: true },
      },
      silence() {
        const never = () => new Promise<never>(() => {});
        Object.assign(adapter, { showMenu: never, hideMenu: never, updateMenu: never, getShareInfo: never });
      },
    };
  };
}

testShareAdapter({ name: 'mock (user + app, everything)', create: harness({}) });

testShareAdapter({
  name: 'mock, user-initiated, no image, no text, no async content',
  create: harness({ initiation: ['user'], supports: { image: false, text: false, async: false } }),
});

testShareAdapter({
  name: 'mock, user-initiated only, no menu, no button, no tickets, no results',
  create: harness({ initiation: ['user'], supports: { menu: false, button: false, tickets: false, result: false } }),
  outcomes: ['shared', 'cancelled', 'failed', 'unconfirmed'],
});

testShareAdapter({
  name: 'mock, app-initiated only, no tickets',
  create: harness({ initiation: ['app'], supports: { tickets: false } }),
});

testShareAdapter({ name: 'mock, preset', create: harness({ initiation: ['preset'], supports: { menu: false, tickets: false, result: false } }) });
