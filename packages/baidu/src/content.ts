import type { ShareContent } from '@sharekit/core';
import type { BaiduShareFields } from './types';

/**
 * ShareContent to Baidu's card fields, the same for the page hook and `swan.openShare`: `text`
 * is Baidu's `content`; `path` keeps its leading `/` (Baidu requires it).
 */
export function toShareFields(content: ShareContent): BaiduShareFields {
  const out: BaiduShareFields = {};
  if (content.title !== undefined) out.title = content.title;
  if (content.text !== undefined) out.content = content.text;
  if (content.imageUrl !== undefined) out.imageUrl = content.imageUrl;
  if (content.path !== undefined) out.path = content.path;
  return out;
}
