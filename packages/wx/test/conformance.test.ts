import { testShareAdapter } from '@sharekit/testkit';
import { conformanceHarness, outcomes } from './harness';

// One run per era of the share surface: no menu API (1.0.0), outcome callbacks (1.1.0, 2.2.3),
// no outcomes (2.3.0+), menus/timeline and async content (2.12.0), today (3.4.0).
for (const version of ['1.0.0', '1.1.0', '2.2.3', '2.3.0', '2.12.0', '3.4.0']) {
  testShareAdapter({ name: `wx @ ${version}`, create: conformanceHarness(version), outcomes: outcomes(version) });
}
