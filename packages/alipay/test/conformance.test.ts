import { testShareAdapter } from '@sharekit/testkit';
import { conformanceHarness, outcomes } from './harness';

// One run per era of Alipay's share surface: no result (1.0.0), results and image (1.4.0), hide
// (1.7.0), the app-opened panel (1.17.0), async content on 1.x (1.24.13), 2.x before async
// (2.0.0), async again (2.6.7), scImgUrl (2.7.13).
for (const version of ['1.0.0', '1.4.0', '1.7.0', '1.17.0', '1.24.13', '2.0.0', '2.6.7', '2.9.0']) {
  testShareAdapter({ name: `alipay @ ${version}`, create: conformanceHarness(version), outcomes: outcomes(version) });
}
