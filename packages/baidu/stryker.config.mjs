import { mutationConfig } from '../../tooling/mutation/stryker.mjs';

export default mutationConfig({ name: 'baidu', mutate: ['src/**/*.ts'] });
