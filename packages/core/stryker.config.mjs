import { mutationConfig } from '../../tooling/mutation/stryker.mjs';

// Core is mutated with every package's tests that exercise it, against its sources.
export default mutationConfig({
  name: 'core',
  mutate: ['src/**/*.ts'],
  vitestConfig: 'vitest.mutation.config.ts',
  inPlace: true,
});
