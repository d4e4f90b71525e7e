import 'vitest/browser';

declare module 'vitest/browser' {
  interface BrowserCommands {
    colorScheme(scheme: 'light' | 'dark'): Promise<void>;
    clickAt(x: number, y: number): Promise<void>;
  }
}
