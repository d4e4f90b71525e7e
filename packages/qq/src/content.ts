import type { ShareContent } from '@sharekit/core';
import type { QQShareAppMessageContent } from './types';

/**
 * ShareContent to QQ's WeChat-compatible `onShareAppMessage` fields
 * (http://h5.qianbao.qq.com/wiki/articleH5?id=1237). `path` keeps its leading `/`. `text` has no
 * field in a QQ card (no `desc` documented), so it is dropped.
 */
export function toAppMessage(content: ShareContent): QQShareAppMessageContent {
  const out: QQShareAppMessageContent = {};
  if (content.title !== undefined) out.title = content.title;
  if (content.path !== undefined) out.path = content.path;
  if (content.imageUrl !== undefined) out.imageUrl = content.imageUrl;
  return out;
}
