export { createMockAdapter } from './adapter';
export type { MockAdapter, MockAdapterOptions, MockCall, MockMenuOptions, MockMethod, MockStep, MockTap } from './types';
