import { mutationConfig } from '../../tooling/mutation/stryker.mjs';

export default mutationConfig({ name: 'douyin', mutate: ['src/**/*.ts'] });
