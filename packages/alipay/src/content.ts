import type { ShareContent } from '@sharekit/core';
import type { AlipayContent, AlipayShareAppMessageFields } from './types';

const EXTRAS: readonly (keyof AlipayContent)[] = ['bgImgUrl', 'scImgUrl', 'content', 'searchTip'];

/**
 * ShareContent to Alipay's card fields ([A1] return object): `path` without its leading `/`
 * ("path 路径里不能带根目录 /", [A3]), `text` as `desc`, and the `content.alipay` extras, each only
 * where this base library reads it (`can` answers `page.onShareAppMessage.return.<field>`).
 */
export function toShareFields(content: ShareContent, can: (schema: string) => boolean): AlipayShareAppMessageFields {
  const out: AlipayShareAppMessageFields = {};
  const reads = (field: string) => can(`page.onShareAppMessage.return.${field}`);
  if (content.title !== undefined) out.title = content.title;
  if (content.text !== undefined) out.desc = content.text;
  // Validated content: a path starts with exactly one `/`.
  if (content.path !== undefined) out.path = content.path.slice(1);
  if (content.imageUrl !== undefined && reads('imageUrl')) out.imageUrl = content.imageUrl;
  const extras = content.alipay;
  if (typeof extras === 'object' && extras !== null) {
    for (const key of EXTRAS) {
      const value = extras[key];
      if (typeof value === 'string' && reads(key)) out[key] = value;
    }
  }
  return out;
}
