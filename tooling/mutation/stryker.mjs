// One Stryker configuration for every package (`pnpm mutation`); each package's stryker.config.mjs
// only says what to mutate and which vitest config runs the tests that should notice.
import { fileURLToPath } from 'node:url';

export const THRESHOLD = 90;

// Resolved from the repo root: packages do not list Stryker, so its default plugin lookup from a
// package folder would find no test runner.
const VITEST_RUNNER = fileURLToPath(import.meta.resolve('@stryker-mutator/vitest-runner'));

/**
 * @param {{ name: string, mutate: string[], vitestConfig?: string, inPlace?: boolean }} options
 * @returns {import('@stryker-mutator/api/core').PartialStrykerOptions}
 */
export function mutationConfig({ name, mutate, vitestConfig = 'vitest.config.ts', inPlace = false }) {
  return {
    testRunner: 'vitest',
    plugins: [VITEST_RUNNER],
    vitest: { configFile: vitestConfig, related: false },
    mutate,
    // In place only where tests outside the package must see the mutated sources at their real paths
    // (or the config reads files outside it); Stryker restores the files when it ends, also on
    // Ctrl+C. Otherwise a sandbox copy of the package, with its node_modules linked.
    inPlace,
    // Vitest strips types without checking them, so no `// @ts-nocheck` is needed, and in-place
    // mode must not rewrite files it does not mutate.
    disableTypeChecks: false,
    coverageAnalysis: 'perTest',
    // Two cores shared with other work: one test runner at a time.
    // biome-ignore lint/suspicious/noUndeclaredEnvVars: read by `pnpm mutation` only, outside turbo
    concurrency: Number(process.env.STRYKER_CONCURRENCY ?? 1),
    timeoutMS: 10_000,
    // Re-test only mutants whose code or covering tests changed since the last run (file is git-ignored).
    incremental: true,
    incrementalFile: `reports/mutation/${name}-incremental.json`,
    reporters: ['clear-text', 'progress', 'html', 'json'],
    htmlReporter: { fileName: `reports/mutation/${name}.html` },
    jsonReporter: { fileName: `reports/mutation/${name}.json` },
    thresholds: { high: 95, low: THRESHOLD, break: null },
    tempDirName: '.stryker-tmp',
    cleanTempDir: 'always',
  };
}
