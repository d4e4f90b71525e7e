// publint + attw + our packaging rules on every published package (src/check-packages.mjs), as a
// test so `pnpm test` reports it next to the version-step and consumer tests.
import { expect, it } from 'vitest';
import { checkPackages } from '../src/check-packages.mjs';
import { publishedPackages } from '../src/packages.mjs';

it('every published package packs clean: publint, attw (node10, node16 CJS/ESM, bundler), manifest rules', async () => {
  const results = await checkPackages();
  expect(results.map((r) => r.pkg.name)).toEqual(publishedPackages().map((p) => p.name));
  const problems = results.flatMap((r) => r.problems.map((p) => `${r.pkg.name}: ${p}`));
  expect(problems, `run "pnpm check-packages" for the full report:\n${problems.join('\n')}`).toEqual([]);
  for (const r of results) if (r.table === '') expect(r.entrypoints, r.pkg.name).toContain('.');
});
