export { createMockAdapter } from './adapter';
export type { MockAdapter, MockAdapterOptions, MockCall, MockMethod, MockStep, MockTap } from './types';
