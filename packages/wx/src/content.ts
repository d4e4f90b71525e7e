import type { ShareContent } from '@sharekit/core';
import type { WxShareAppMessageFields, WxShareTimelineContent } from './types';

/** ShareContent to `onShareAppMessage` fields; `imageUrl` only where WeChat reads it (1.5.0+). */
export function toAppMessage(content: ShareContent, withImage: boolean): WxShareAppMessageFields {
  const out: WxShareAppMessageFields = {};
  if (content.title !== undefined) out.title = content.title;
  if (content.path !== undefined) out.path = content.path;
  if (withImage && content.imageUrl !== undefined) out.imageUrl = content.imageUrl;
  return out;
}

/**
 * ShareContent to `onShareTimeline` fields. The timeline always opens the current page, so only
 * the query of `path` survives (or `content.wx.query`).
 */
export function toTimeline(content: ShareContent): WxShareTimelineContent {
  const out: WxShareTimelineContent = {};
  if (content.title !== undefined) out.title = content.title;
  const q = content.path?.indexOf('?') ?? -1;
  if (typeof content.wx?.query === 'string') out.query = content.wx.query;
  else if (q !== -1) out.query = content.path!.slice(q + 1);
  if (content.imageUrl !== undefined) out.imageUrl = content.imageUrl;
  return out;
}
