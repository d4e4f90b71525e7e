import type { AdapterHarness } from './types';

/** Throws when the platform caught something the adapter threw into it (see `AdapterHarness.errors`). */
export function expectNoPlatformErrors(harness: AdapterHarness): void {
  const errors = harness.errors?.() ?? [];
  if (errors.length > 0) throw new Error(`the adapter threw into the platform: ${errors.map(String).join('; ')}`);
}
