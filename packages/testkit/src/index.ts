export { testShareAdapter } from './suite';
export type { AdapterCapabilities, AdapterHarness, ConformanceOptions, ScriptedResult } from './types';
