import type { ShareContent, ShareFile } from './contract';
import { ShareError } from './errors';

/** Upper bounds: far above any real share, low enough to stop runaway strings. */
export const contentLimits = {
  title: 1024,
  text: 16384,
  path: 2048,
  url: 8192,
  imageUrl: 8192,
  files: 100,
} as const;

// C0 controls and DEL. Text fields may keep tab and newlines; link fields keep none, nor spaces.
const CONTROL_IN_TEXT = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;
const CONTROL_OR_SPACE = /[\u0000-\u0020\u007f]/;
const SCHEME = /^([a-z][a-z0-9+.-]*):/i;
const URL_SCHEMES = ['http', 'https'];
// WeChat images may also be temp files (wxfile) and cloud file ids; blob: is same-origin on the web.
const IMAGE_SCHEMES = ['http', 'https', 'wxfile', 'cloud', 'blob'];

function fail(detail: string): never {
  throw new ShareError('invalid-content', detail);
}

function show(value: string): string {
  return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
}

function checkString(field: keyof typeof contentLimits, value: unknown, link: boolean): string {
  if (typeof value !== 'string') fail(`${field} must be a string (got ${value === null ? 'null' : typeof value})`);
  if (value.length > contentLimits[field]) {
    fail(`${field} is ${value.length} characters long; the limit is ${contentLimits[field]}`);
  }
  if ((link ? CONTROL_OR_SPACE : CONTROL_IN_TEXT).test(value)) {
    fail(`${field} contains ${link ? 'whitespace or ' : ''}control characters (got ${show(value)})`);
  }
  return value;
}

function checkScheme(field: string, value: string, allowed: string[]): void {
  const scheme = SCHEME.exec(value)?.[1]?.toLowerCase();
  if (scheme !== undefined && !allowed.includes(scheme)) {
    fail(`${field} must use ${allowed.join(', ')} or be relative (got a "${scheme}:" URL)`);
  }
}

function checkFiles(value: unknown): ShareFile[] {
  if (!Array.isArray(value)) fail(`files must be an array (got ${typeof value})`);
  if (value.length > contentLimits.files) fail(`files has ${value.length} entries; the limit is ${contentLimits.files}`);
  value.forEach((file, i) => {
    if (
      typeof file !== 'object' ||
      file === null ||
      typeof file.name !== 'string' ||
      typeof file.type !== 'string' ||
      typeof file.size !== 'number'
    ) {
      fail(`files[${i}] must be a File (with name, type and size)`);
    }
  });
  return value.slice();
}

/**
 * Checks share content and returns a fresh object holding only the known fields (so nothing the
 * caller mutates later, and no `__proto__` key, reaches a platform). `undefined` means "platform
 * defaults" and becomes `{}`. Throws a ShareError `invalid-content` saying what is wrong.
 */
export function validateContent(content: unknown): ShareContent {
  if (content === undefined) return {};
  if (typeof content !== 'object' || content === null || Array.isArray(content)) {
    fail(`content must be an object (got ${content === null ? 'null' : Array.isArray(content) ? 'an array' : typeof content})`);
  }
  const input = content as Record<string, unknown>;
  const out: ShareContent = {};
  if (input.title !== undefined) out.title = checkString('title', input.title, false);
  if (input.text !== undefined) out.text = checkString('text', input.text, false);
  if (input.path !== undefined) {
    const path = checkString('path', input.path, true);
    if (!path.startsWith('/') || path.startsWith('//')) {
      fail(`path must start with "/" (got ${show(path)}); it is an app route like "/pages/article/index?id=42"`);
    }
    out.path = path;
  }
  if (input.url !== undefined) {
    const url = checkString('url', input.url, true);
    checkScheme('url', url, URL_SCHEMES);
    out.url = url;
  }
  if (input.imageUrl !== undefined) {
    const imageUrl = checkString('imageUrl', input.imageUrl, true);
    checkScheme('imageUrl', imageUrl, IMAGE_SCHEMES);
    out.imageUrl = imageUrl;
  }
  if (input.files !== undefined) out.files = checkFiles(input.files);
  return out;
}
