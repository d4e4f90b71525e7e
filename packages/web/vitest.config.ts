import chromium from '../../scripts/chromium.json';
import { defineBrowserCommand, playwright } from '@vitest/browser-playwright';
import { defineConfig } from 'vitest/config';

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
          include: ['test/**/*.node.test.ts'],
        },
      },
      {
        // Without this, Vite discovers lean-qr (and axe-core) mid-test and reloads the page.
        optimizeDeps: { include: ['lean-qr', 'axe-core'] },
        test: {
          name: 'browser',
          include: ['test/**/*.browser.test.ts'],
          browser: {
            enabled: true,
            headless: true,
            screenshotFailures: false,
            provider: playwright({
              launchOptions: { executablePath, args },
              contextOptions: { permissions: ['clipboard-read', 'clipboard-write'] },
            }),
            instances: [{ browser: 'chromium' }],
            commands: { colorScheme, clickAt },
          },
        },
      },
    ],
  },
});
