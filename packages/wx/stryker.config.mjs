import { mutationConfig } from '../../tooling/mutation/stryker.mjs';

export default mutationConfig({ name: 'wx', mutate: ['src/**/*.ts'], vitestConfig: 'vitest.mutation.config.ts' });
