import { existsSync } from 'node:fs';
import { type Browser, chromium } from 'playwright-core';
import chromium_ from '../../../scripts/chromium.json';

/** Debian's Chromium (never a downloaded one); CHROMIUM_PATH overrides. */
export const chromiumPath = process.env.CHROMIUM_PATH ?? chromium_.path;

export function launchChromium(): Promise<Browser> {
  if (!existsSync(chromiumPath)) {
    throw new Error(`no Chromium at ${chromiumPath}: run bash scripts/setup.sh --browser (Debian's chromium), or set CHROMIUM_PATH`);
  }
  return chromium.launch({
    executablePath: chromiumPath,
    args: chromium_.args,
  });
}
