#!/usr/bin/env node
// The quick-start demo: one share controller over the mock adapter, driven through every outcome,
// printing each state-machine transition. Same code an app writes; only the adapter is a mock.
import { createShareController, isShareError } from '../packages/core/dist/index.js';
import { createMockAdapter } from '../packages/mock/dist/index.js';

const adapter = createMockAdapter({ version: '2.2.3' }); // a WeChat base library with result callbacks
const controller = createShareController({
  adapter,
  content: ({ from }) => ({ title: `Article 42 (shared from the ${from})`, path: '/pages/article/index?id=42' }),
});

let lastSettled = null;
controller.subscribe((state, event) => {
  const s = state.session.phase === 'idle' ? 'idle' : `${state.session.phase} #${state.session.id}`;
  const changed = state.settled !== lastSettled;
  lastSettled = state.settled;
  const settled = changed ? `, settled #${state.settled.id} ${JSON.stringify(state.settled.outcome, (k, v) => (k === 'error' ? v.message : v))}` : '';
  console.log(`  ${event.type.padEnd(9)} -> session ${s}, menu ${state.menu.visible ? 'visible' : 'hidden'}${settled}`);
});

const step = (title) => console.log(`\n${title}`);

step(`canIUse at base library 2.2.3 (the app checks before it uses):`);
for (const schema of ['button.open-type.share', 'showShareMenu.object.withShareTicket', 'onShareAppMessage.return.promise']) {
  console.log(`  ${schema}: ${controller.canIUse(schema)}`);
}

step('Show the menu with share tickets:');
await controller.showMenu({ withShareTicket: true });

step('App-initiated share, the platform confirms it to a group (tickets come back):');
adapter.queue({ status: 'shared', channel: 'group', tickets: ['ticket-1'] });
console.log('  outcome:', await controller.share({ from: 'button' }));

step('The user taps the menu, then cancels:');
adapter.queue({ status: 'cancelled' });
adapter.tap('menu');
await new Promise((r) => setTimeout(r, 0));

step('A second share while one is presenting is refused as busy:');
adapter.queue({ status: 'shared', tickets: [], delay: 10 });
const first = controller.share();
const second = await controller.share();
console.log('  second:', second.status, second.status === 'failed' ? second.error.message : '');
console.log('  first :', (await first).status);

step('Invalid content is caught before the platform sees it:');
controller.setContent({ title: 'Bad', path: 'pages/article/index' });
const bad = await controller.share();
console.log('  outcome:', bad.status, bad.status === 'failed' && isShareError(bad.error) ? bad.error.message : '');

step('Opened from a group share card: the ticket is in state, share info is read for it:');
adapter.launch({ scene: 1044, shareTicket: adapter.issueTicket('G-openGId-42') });
console.log('  share info:', await controller.getShareInfo());

controller.dispose();
console.log('\nDone. Run the tests with: bash scripts/setup.sh --browser && pnpm test');
