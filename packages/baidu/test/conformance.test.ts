import { testShareAdapter } from '@sharekit/testkit';
import { conformanceHarness } from './harness';

// Today on both systems; the Android base library with the documented silent cancel of
// swan.openShare (a scripted cancel there ends `unconfirmed` through the timeout: see
// open-share.test.ts); and a runtime without swan.openShare (no app-started share).
// Baidu reports every result (success / fail), so `unconfirmed` is never scripted.
const REPORTED = ['shared', 'cancelled', 'failed'] as const;

testShareAdapter({ name: 'baidu @ 3.140.1 ios', create: conformanceHarness({ SDKVersion: '3.140.1', platform: 'ios' }), outcomes: REPORTED });
testShareAdapter({ name: 'baidu @ 3.140.1 android', create: conformanceHarness({ SDKVersion: '3.140.1', platform: 'android' }), outcomes: REPORTED });
testShareAdapter({
  name: 'baidu @ 1.13.43 android (silent cancel)',
  create: conformanceHarness({ SDKVersion: '1.13.43', platform: 'android' }),
  outcomes: ['shared', 'failed'],
});
testShareAdapter({ name: 'baidu without swan.openShare', create: conformanceHarness({ SDKVersion: '3.140.1', openShare: false }), outcomes: REPORTED });
