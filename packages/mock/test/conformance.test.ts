import { ShareError, type ShareOutcome } from '@sharekit/core';
import { testShareAdapter, type ScriptedResult } from '@sharekit/testkit';
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
      launch: (context: { shareTicket?: string; scene?: number }) => adapter.launch(context),
      validTicket: () => adapter.issueTicket(),
      silence() {
        const never = () => new Promise<never>(() => {});
        Object.assign(adapter, { showMenu: never, hideMenu: never, updateMenu: never, getShareInfo: never });
      },
    };
  };
}

const all = ['shared', 'cancelled', 'failed', 'unconfirmed'] as const;

testShareAdapter({
  name: 'mock (latest, both initiations)',
  create: harness({}),
  capabilities: { appInitiated: true, userInitiated: true, menu: true, updateMenu: true, shareTicket: true, shareInfo: true, outcomes: all },
});

testShareAdapter({
  name: 'mock at WeChat 1.0.0, user-initiated only',
  create: harness({ version: '1.0.0', initiation: { app: false } }),
  capabilities: { appInitiated: false, userInitiated: true, button: false, menu: false, updateMenu: false, shareTicket: false, shareInfo: false, outcomes: all },
});

testShareAdapter({
  name: 'mock at WeChat 1.1.0, app-initiated only',
  create: harness({ version: '1.1.0', initiation: { user: false } }),
  capabilities: { appInitiated: true, userInitiated: false, menu: true, updateMenu: false, shareTicket: true, shareInfo: true, outcomes: all },
});
