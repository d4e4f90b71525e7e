import { defineConfig } from 'vitest/config';
import { sourceAliases } from '../../tooling/mutation/sources.mjs';

// Mutation runs only (`pnpm mutation`): core's own tests plus every package's tests that exercise
// core (the controller's tests live in mock, the conformance suite in testkit), all against core's
// sources instead of its dist, so a mutant in packages/core/src is seen by all of them.
const project = (name: string, root: string) => ({
  resolve: { alias: sourceAliases },
  test: { name, root, include: ['test/**/*.test.ts'] },
});

export default defineConfig({
  test: {
    projects: [
      project('core', '.'),
      project('mock', '../mock'),
      project('testkit', '../testkit'),
      project('wx', '../wx'),
      project('server', '../server'),
    ],
  },
});
