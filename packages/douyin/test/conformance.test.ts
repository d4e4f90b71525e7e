import { testShareAdapter } from '@sharekit/testkit';
import { conformanceHarness, OUTCOMES } from './harness';

// One run per era of Douyin's share surface: no menu API (1.0.0), show/hide menu (1.5.0),
// tt.canIUse (1.35.0), `menus` (2.28.0), `webviewUrl` (2.47.0), 分享 on every page (2.91.0), today (3.50.0).
for (const version of ['1.0.0', '1.5.0', '1.35.0', '2.28.0', '2.47.0', '2.91.0', '3.50.0']) {
  testShareAdapter({ name: `douyin @ ${version}`, create: conformanceHarness(version), outcomes: OUTCOMES });
}
