import { testShareAdapter } from '@sharekit/testkit';
import { conformanceHarness } from './harness';

// QQ reports no outcome of a mini program card (UNCONFIRMED: conservative), so a share the user
// went through with, or cancelled, ends `unconfirmed`. One run per documented version step
// (button share-type 1.4.4, share-mode recentContacts 1.15.0), and a QQ client without share
// tickets (before 8.0.5 on Android / 8.0.6 on iOS).
for (const version of ['1.0.0', '1.4.4', '1.15.0']) {
  testShareAdapter({ name: `qq @ ${version}`, create: conformanceHarness(version), outcomes: ['shared', 'unconfirmed'] });
}
testShareAdapter({ name: 'qq @ 1.15.0 without share tickets', create: conformanceHarness('1.15.0', { noShareTickets: true }), outcomes: ['shared', 'unconfirmed'] });
