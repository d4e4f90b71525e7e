import chromium from '../../scripts/chromium.json';
import { defineBrowserCommand, playwright } from '@vitest/browser-playwright';
import { defineConfig } from 'vitest/config';

// Chromium from Debian (`apt-get install chromium`); Playwright never downloads a browser here.
const executablePath = process.env.CHROMIUM_PATH ?? chromium.path;
const { args } = chromium;
// Under Stryker (which sets this in its test runner processes) a mutant that leaves a test waiting
// fails it after 6 s instead of browser mode's 15 s: every test passes in under 4 s (the slowest
// waits out requestIdleCallback's 3 s), and most killed mutants are a test left waiting.
const mutating = process.env.STRYKER_MUTATOR_WORKER !== undefined;

/** `commands.colorScheme('dark')`: emulate prefers-color-scheme. */
const colorScheme = defineBrowserCommand<['light' | 'dark']>(async (ctx, scheme) => {
  await ctx.page.emulateMedia({ colorScheme: scheme });
});

/** `commands.clickAt(x, y)`: a real mouse click at a point of the test page (e.g. the backdrop). */
const clickAt = defineBrowserCommand<[number, number]>(async (ctx, x, y) => {
  await ctx.iframe.locator('html').click({ position: { x, y }, force: true });
});

/**
 * `commands.failedFiles()`: how many test files of this run have failed so far, in either project.
 * Vitest's bail stops only the browser file where a test failed (the browser pool's cancel
 * listener is dropped after the first run), so under Stryker test/bail.ts skips the rest.
 */
const failedFiles = defineBrowserCommand<[]>((ctx) => ctx.project.vitest.state.getFiles().filter((f) => f.result?.state === 'fail').length);

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'node',
          environment: 'node',
          // Before the browser project (which sorts first by name): a mutant these fast tests catch
          // fails in a second under Stryker (which bails at the first failure), not after the browser's.
          sequence: { groupOrder: 0 },
          include: ['test/**/*.node.test.ts'],
        },
      },
      {
        // Without this, Vite discovers lean-qr (and axe-core) mid-test and reloads the page.
        optimizeDeps: { include: ['lean-qr', 'axe-core'] },
        test: {
          name: 'browser',
          sequence: { groupOrder: 1 },
          include: ['test/**/*.browser.test.ts'],
          ...(mutating && { testTimeout: 6000, setupFiles: ['test/bail.ts'] }),
          browser: {
            enabled: true,
            headless: true,
            screenshotFailures: false,
            provider: playwright({
              launchOptions: { executablePath, args },
              contextOptions: { permissions: ['clipboard-read', 'clipboard-write'] },
            }),
            instances: [{ browser: 'chromium' }],
            commands: { colorScheme, clickAt, failedFiles },
          },
        },
      },
    ],
  },
});
