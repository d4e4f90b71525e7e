import type { BackendModule } from '../backend';
import { alipayBackend } from './alipay';
import { baiduBackends } from './baidu';
import { douyinBackend } from './douyin';
import { qqBackend } from './qq';
import { webBackend } from './web';
import { wechatH5Backend } from './wechat-h5';
import { wxBackend } from './wx';

/** Every backend the playground offers, in the backend menu's order; the first is the default. */
export const backends: readonly BackendModule[] = [webBackend, wxBackend, wechatH5Backend, qqBackend, ...baiduBackends, douyinBackend, alipayBackend];
