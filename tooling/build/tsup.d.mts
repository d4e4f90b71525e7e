// Types of tsup.mjs, for the packages whose typecheck includes their tsup.config.ts.
import type { Options } from 'tsup';

export declare function miniprogramBuild(options: { entry: Options['entry']; outDir: string; external: string[] }): Options;

export declare function packageBuild(
  options: Options & { entry: Record<string, string> | string[]; miniprogramEntry?: Record<string, string>; development?: boolean },
): Options[];
