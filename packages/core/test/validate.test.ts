import { describe, expect, it } from 'vitest';
import { isShareError } from '../src';
import { contentLimits, validateContent } from '../src/adapter';

function errorOf(input: unknown): string {
  try {
    validateContent(input);
  } catch (e) {
    expect(isShareError(e, 'invalid-content')).toBe(true);
    return (e as Error).message;
  }
  throw new Error(`accepted ${JSON.stringify(input)}`);
}

describe('validateContent', () => {
  it('keeps valid fields and returns a fresh object', () => {
    const input = { title: '标题 🎉\n第二行', path: '/pages/article/index?id=42', imageUrl: 'https://x.cn/a.png', text: 'hi', url: 'https://x.cn/a?b=1' };
    const out = validateContent(input);
    expect(out).toEqual(input);
    expect(out).not.toBe(input);
  });

  it('treats undefined as platform defaults', () => {
    expect(validateContent(undefined)).toEqual({});
  });

  it('drops unknown keys, including __proto__, without polluting anything', () => {
    const hostile = JSON.parse('{"title":"a","__proto__":{"polluted":true},"extra":1}');
    const out = validateContent(hostile);
    expect(out).toEqual({ title: 'a' });
    expect(Object.getPrototypeOf(out)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it.each([
    [{ path: 'pages/a' }, 'invalid-content: path must start with "/" (got "pages/a")'],
    [{ path: '//evil.com/a' }, 'path must not start with "//" nor contain "\\" (got "//evil.com/a")'],
    [{ path: '/\\evil.com/a' }, 'path must not start with "//"'],
    [{ title: 42 }, 'title must be a string (got number)'],
    [{ title: null }, 'title must be a string (got null)'],
    [{ url: 'javascript:alert(1)' }, 'url must use http, https or be relative (got a "javascript:" URL)'],
    [{ url: 'JaVaScRiPt:alert(1)' }, '"javascript:" URL'],
    [{ url: 'data:text/html,<script>' }, '"data:" URL'],
    [{ imageUrl: 'data:image/png;base64,xx' }, 'imageUrl must use'],
    [{ imageUrl: 'vbscript:x' }, '"vbscript:" URL'],
    [{ url: 'https://a.cn/ b' }, 'url contains whitespace or control characters'],
    [{ title: 'a\u0000b' }, 'title contains control characters'],
    [{ title: 'x'.repeat(contentLimits.title + 1) }, `title is ${contentLimits.title + 1} characters long; the limit is ${contentLimits.title}`],
    [{ text: 'x'.repeat(contentLimits.text + 1) }, 'text is'],
    [{ files: 'a.png' }, 'files must be an array'],
    [{ files: [{ name: 'a' }] }, 'files[0] must be a File'],
    [null, 'content must be an object (got null)'],
    [[], 'content must be an object (got an array)'],
    ['title', 'content must be an object (got string)'],
  ])('%j -> %s', (input, message) => {
    expect(errorOf(input)).toContain(message);
  });

  it('accepts WeChat image paths and web blob URLs', () => {
    for (const imageUrl of ['/images/a.png', 'wxfile://tmp/a.png', 'cloud://env.abc/a.png', 'blob:https://a.cn/123', 'http://tmp/a.png']) {
      expect(validateContent({ imageUrl }).imageUrl).toBe(imageUrl);
    }
  });

  it('copies files so later mutation cannot change what is shared', () => {
    const files = [{ name: 'a.png', type: 'image/png', size: 3 }];
    const out = validateContent({ files });
    files.push({ name: 'b.png', type: 'image/png', size: 4 });
    expect(out.files).toHaveLength(1);
  });

  it('keeps platform extras under their platform key (a shallow copy), drops what is not an object', () => {
    const alipay = { bgImgUrl: 'https://example.com/bg.png' };
    const out = validateContent({ title: 't', alipay, douyin: 'no', wx: null, Web: {} } as never) as Record<string, unknown>;
    alipay.bgImgUrl = 'changed';
    expect(out).toEqual({ title: 't', alipay: { bgImgUrl: 'https://example.com/bg.png' } });
  });

  it('drops an object under a key that is not a platform key (lower-case letters and digits only)', () => {
    const out = validateContent({ title: 't', 'wx-extra': { a: 1 }, wx_extra: { a: 1 }, '2wx': { a: 1 }, qq: { b: 2 } } as never);
    expect(out).toEqual({ title: 't', qq: { b: 2 } });
  });
});
