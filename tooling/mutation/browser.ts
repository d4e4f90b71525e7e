// Vitest settings for browser tests under Stryker only (`pnpm mutation`), shared by web and
// wechat-h5. Most mutants a browser test kills leave it waiting, so the time a run takes is mostly
// the timeouts and the tests after the first failure; both are cut here.
import { fileURLToPath } from 'node:url';

/** Stryker sets this variable in its test runner processes. */
// biome-ignore lint/suspicious/noUndeclaredEnvVars: set by Stryker, read under `pnpm mutation` only
const mutating = process.env.STRYKER_MUTATOR_WORKER !== undefined;

interface CommandContext {
  project: { vitest: { state: { getFiles(): Array<{ result?: { state?: string } }> } } };
}

/**
 * The browser command `commands.failedFiles()`: how many test files of this run have failed so
 * far, in any project. Vitest's bail stops only the browser file where a test failed (the browser
 * pool's cancel listener is dropped after the first run), so bail.ts skips the rest with it.
 */
export const failedFiles = (ctx: CommandContext) => ctx.project.vitest.state.getFiles().filter((f) => f.result?.state === 'fail').length;

/**
 * A browser project's test options under Stryker: a 6 s timeout instead of browser mode's 15 s
 * (every test of web and wechat-h5 passes in under 4 s), and bail.ts. Empty otherwise.
 */
export const underMutation = mutating ? { testTimeout: 6000, setupFiles: [fileURLToPath(new URL('./bail.ts', import.meta.url))] } : {};
