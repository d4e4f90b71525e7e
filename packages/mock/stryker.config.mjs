import { mutationConfig } from '../../tooling/mutation/stryker.mjs';

// The adapter only: src/wx is the simulated WeChat runtime, a test tool whose job is to behave like
// WeChat for other packages' tests, not library code an app ships.
export default mutationConfig({ name: 'mock', mutate: ['src/*.ts'] });
