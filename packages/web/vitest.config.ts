import chromium from '../../scripts/chromium.json';
import { defineBrowserCommand, playwright } from '@vitest/browser-playwright';
import { defineConfig } from 'vitest/config';
import { failedFiles, underMutation } from '../../tooling/mutation/browser';

// Chromium from Debian (`apt-get install chromium`); Playwright never downloads a browser here.
const executablePath = process.env.CHROMIUM_PATH ?? chromium.path;
const { args } = chromium;

/** `commands.colorScheme('dark')`: emulate prefers-color-scheme. */
const colorScheme = defineBrowserCommand<['light' | 'dark']>(async (ctx, scheme) => {
  await ctx.page.emulateMedia({ colorScheme: scheme });
});

/** `commands.clickAt(x, y)`: a real mouse click at a point of the test page (e.g. the backdrop). */
const clickAt = defineBrowserCommand<[number, number]>(async (ctx, x, y) => {
  await ctx.iframe.locator('html').click({ position: { x, y }, force: true });
});

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
          // Under Stryker: a shorter timeout and a skip after the first failure. The slowest test
          // waits out requestIdleCallback's 3 s.
          ...underMutation,
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
