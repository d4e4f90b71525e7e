import { mutationConfig } from '../../tooling/mutation/stryker.mjs';

export default mutationConfig({ name: 'alipay', mutate: ['src/**/*.ts'] });
