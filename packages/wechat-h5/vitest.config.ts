import chromium from '../../scripts/chromium.json';
import { defineBrowserCommand, playwright } from '@vitest/browser-playwright';
import { defineConfig } from 'vitest/config';
import { failedFiles, underMutation } from '../../tooling/mutation/browser';
import { WECHAT_USER_AGENT } from './test/user-agent';

// Chromium from Debian (`apt-get install chromium`); Playwright never downloads a browser here.
const executablePath = process.env.CHROMIUM_PATH ?? chromium.path;
const { args } = chromium;

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
        // Without this, Vite discovers axe-core mid-test and reloads the page.
        optimizeDeps: { include: ['axe-core'] },
        test: {
          name: 'browser',
          sequence: { groupOrder: 1 },
          include: ['test/**/*.browser.test.ts'],
          // Under Stryker: a shorter timeout and a skip after the first failure.
          ...underMutation,
          browser: {
            enabled: true,
            headless: true,
            screenshotFailures: false,
            // The page runs as inside WeChat's browser: its real user agent, from the first request.
            provider: playwright({ launchOptions: { executablePath, args }, contextOptions: { userAgent: WECHAT_USER_AGENT } }),
            instances: [{ browser: 'chromium' }],
            commands: { clickAt, failedFiles },
          },
        },
      },
    ],
  },
});
