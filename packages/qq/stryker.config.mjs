import { mutationConfig } from '../../tooling/mutation/stryker.mjs';

export default mutationConfig({ name: 'qq', mutate: ['src/**/*.ts'] });
