// A browser setup file under Stryker only (browser.ts): once a test has failed, the mutant is
// killed, and the browser tests still to come only cost time. Vitest's own bail does not stop them:
// it stops the file where the test failed, not the other files (nor the browser project after a
// failed node test). Needs the browser command `failedFiles` (browser.ts) in the project's config.
import { beforeEach } from 'vitest';
import { commands } from 'vitest/browser';

declare module 'vitest/browser' {
  interface BrowserCommands {
    failedFiles(): Promise<number>;
  }
}

beforeEach(async (context) => {
  if ((await commands.failedFiles()) > 0) context.skip();
});
