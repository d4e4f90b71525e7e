export { shareRejection } from './rejection';
export { testShareAdapter } from './suite';
export type { AdapterHarness, ConformanceOptions, MenuCall, ScriptedResult } from './types';
