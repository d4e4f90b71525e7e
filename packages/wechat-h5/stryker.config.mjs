import { mutationConfig } from '../../tooling/mutation/stryker.mjs';

// Both of wechat-h5's vitest projects run: node and browser (Chromium through Playwright).
// In place: the vitest config reads ../../scripts/chromium.json.
export default mutationConfig({ name: 'wechat-h5', mutate: ['src/**/*.ts'], inPlace: true });
