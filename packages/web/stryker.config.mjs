import { mutationConfig } from '../../tooling/mutation/stryker.mjs';

// Both of web's vitest projects run: node (SSR, URLs) and browser (Chromium through Playwright).
// In place: the vitest config reads ../../scripts/chromium.json.
export default mutationConfig({ name: 'web', mutate: ['src/**/*.ts'], inPlace: true });
