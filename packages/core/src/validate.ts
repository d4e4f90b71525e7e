import type { ShareContent } from './contract/content';
import { isShareError, ShareError } from './errors';
import { DEV } from './dev';

/** Upper bounds: far above any real share, low enough to stop runaway strings. */
export const contentLimits = { title: 1024, text: 16384, path: 2048, url: 8192, imageUrl: 8192, files: 100 } as const;

// Text fields may keep tab and newlines; link fields keep no control character nor space.
// In a character class `\b` is U+0008 (backspace): U+0000-U+0008, U+000B, U+000C, U+000E-U+001F, DEL.
const CONTROL = /[\0-\b\v\f\x0e-\x1f\x7f]/;
// U+0000 up to and including the space (U+0020), and DEL.
const LINK_CONTROL = /[\0- \x7f]/;
// Links share only http(s) or a relative URL (no scheme); WeChat images may also be temp files
// (wxfile) and cloud file ids, and blob: is same-origin on the web.
const LINKS: Record<string, RegExp | undefined> = {
  url: /^(?:https?:|(?![a-z][a-z0-9+.-]*:))/i,
  imageUrl: /^(?:(?:https?|wxfile|cloud|blob):|(?![a-z][a-z0-9+.-]*:))/i,
};

function fail(detail: string | false): never {
  throw new ShareError('invalid-content', detail);
}

const typeName = (v: unknown) => (v === null ? 'null' : Array.isArray(v) ? 'an array' : typeof v);

// A platform's key (`wx`, `alipay`): lower-case letters and digits, never an object builtin.
const PLATFORM_KEY = /^[a-z][a-z0-9]*$/;

/**
 * Checks share content and returns a fresh object holding only the common fields, plus a shallow
 * copy of every platform's extras (a plain object under a platform key such as `alipay`, checked by
 * that adapter); anything else is dropped. Nothing the caller mutates later, and no `__proto__` key, reaches a platform.
 * `undefined` means "platform defaults" and becomes `{}`. Throws a ShareError `invalid-content`
 * saying what is wrong.
 */
export function validateContent(content: unknown): ShareContent {
  try {
    return check(content);
  } catch (error) {
    if (isShareError(error)) throw error;
    // A getter or proxy that throws: the content cannot be read, so it cannot be shared.
    throw new ShareError('invalid-content', DEV && 'content could not be read (a getter threw); pass plain data', { cause: error });
  }
}

function check(content: unknown): ShareContent {
  if (content === undefined) return {};
  if (typeof content !== 'object' || content === null || Array.isArray(content)) {
    fail(DEV && `content must be an object (got ${typeName(content)})`);
  }
  const input = content as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const field of ['title', 'text', 'path', 'url', 'imageUrl'] as const) {
    const value = input[field];
    if (value === undefined) continue;
    if (typeof value !== 'string') fail(DEV && `${field} must be a string (got ${typeName(value)})`);
    const shown = DEV && JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
    if (value.length > contentLimits[field]) fail(DEV && `${field} is ${value.length} characters long; the limit is ${contentLimits[field]}`);
    const link = field !== 'title' && field !== 'text';
    if ((link ? LINK_CONTROL : CONTROL).test(value)) fail(DEV && `${field} contains ${link ? 'whitespace or ' : ''}control characters (got ${shown})`);
    if (field === 'path' && value[0] !== '/') {
      fail(DEV && `path must start with "/" (got ${shown}); it is an app route like "/pages/article/index?id=42"`);
    }
    // "//host" and "/\\host" are protocol-relative URLs to a browser: a path must stay in the app.
    if (field === 'path' && (value[1] === '/' || value.includes('\\'))) {
      fail(DEV && `path must not start with "//" nor contain "\\" (got ${shown}); use url for other sites`);
    }
    if (LINKS[field]?.test(value) === false) {
      const allowed = field === 'url' ? 'http, https' : 'http, https, wxfile, cloud, blob';
      fail(DEV && `${field} must use ${allowed} or be relative (got a "${value.split(':')[0]!.toLowerCase()}:" URL)`);
    }
    out[field] = value;
  }
  const { files } = input;
  if (files !== undefined) {
    if (!Array.isArray(files) || files.length > contentLimits.files) fail(DEV && `files must be an array of at most ${contentLimits.files} Files`);
    (files as unknown[]).forEach((f, i) => {
      const file = f as Record<string, unknown> | null;
      if (typeof file?.name !== 'string' || typeof file.size !== 'number') fail(DEV && `files[${i}] must be a File (with name, type and size)`);
    });
    out.files = (files as unknown[]).slice();
  }
  for (const key of Object.keys(input)) {
    const extras = input[key];
    // Anything else is not sharekit's: dropped, as it always was. (The common fields never pass:
    // they are strings or, for files, an array.)
    if (!PLATFORM_KEY.test(key) || typeof extras !== 'object' || extras === null || Array.isArray(extras)) continue;
    out[key] = { ...(extras as object) };
  }
  return out as ShareContent;
}
