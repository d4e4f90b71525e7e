import type { ShareContent } from '@sharekit/core';
import type { DouyinShareParamFields } from './types';

/**
 * ShareContent to Douyin's ShareParam: `text` is Douyin's `desc`, `path` keeps its leading `/`
 * (Douyin's samples use absolute page paths), and `content.douyin` gives `templateId` and `extra`.
 * developer.open-douyin.com/docs/resource/zh-CN/mini-app/develop/api/open-interface/retweet/review
 */
export function toShareParam(content: ShareContent): DouyinShareParamFields {
  const out: DouyinShareParamFields = {};
  if (content.title !== undefined) out.title = content.title;
  if (content.text !== undefined) out.desc = content.text;
  if (content.path !== undefined) out.path = content.path;
  if (content.imageUrl !== undefined) out.imageUrl = content.imageUrl;
  const own = content.douyin;
  if (typeof own?.templateId === 'string') out.templateId = own.templateId;
  if (typeof own?.extra === 'object' && own.extra !== null) out.extra = own.extra;
  return out;
}
