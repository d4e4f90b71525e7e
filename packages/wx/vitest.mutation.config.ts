import { configDefaults, defineConfig, mergeConfig } from 'vitest/config';
import base from './vitest.config';

// Mutation runs only (`pnpm mutation wx`): every test but the README's type check, which compiles
// src with TypeScript. Stryker's sandbox holds the instrumented src, which does not type-check, and
// a type check cannot notice a mutant anyway (vitest runs the code with its types stripped).
export default mergeConfig(base, defineConfig({ test: { exclude: [...configDefaults.exclude, 'test/readme.test.ts'] } }));
