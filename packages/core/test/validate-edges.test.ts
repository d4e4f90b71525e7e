// validateContent at its edges: exact limits, the file list, what an error message shows, and which
// URL schemes a link may use.
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

const file = (name: string) => ({ name, type: 'image/png', size: 3 });

describe('validateContent limits', () => {
  it.each(['title', 'text', 'path', 'url', 'imageUrl'] as const)('%s: exactly the limit is accepted, one more is not', (field) => {
    const at = field === 'title' || field === 'text' ? 'x'.repeat(contentLimits[field]) : `/${'x'.repeat(contentLimits[field] - 1)}`;
    expect(validateContent({ [field]: at })[field]).toBe(at);
    expect(errorOf({ [field]: `${at}x` })).toBe(
      `invalid-content: ${field} is ${contentLimits[field] + 1} characters long; the limit is ${contentLimits[field]}`,
    );
  });

  it('takes up to 100 files and refuses the 101st', () => {
    const files = Array.from({ length: contentLimits.files }, (_, i) => file(`${i}.png`));
    expect(validateContent({ files }).files).toHaveLength(100);
    expect(errorOf({ files: [...files, file('100.png')] })).toBe('invalid-content: files must be an array of at most 100 Files');
  });

  it('takes an empty file list', () => {
    expect(validateContent({ files: [] })).toEqual({ files: [] });
  });

  it.each([
    [[file('a.png'), { type: 'image/png', size: 3 }], 'files[1] must be a File (with name, type and size)'],
    [[{ name: 5, type: 'image/png', size: 3 }], 'files[0] must be a File'],
    [[{ name: 'a.png', type: 'image/png', size: '3' }], 'files[0] must be a File'],
    [[{ name: 'a.png', type: 'image/png' }], 'files[0] must be a File'],
    [[file('a.png'), file('b.png'), null], 'files[2] must be a File'],
    [['a.png'], 'files[0] must be a File'],
  ])('%j -> %s', (files, message) => {
    expect(errorOf({ files })).toContain(`invalid-content: ${message}`);
  });

  it('keeps the files it was given, in order', () => {
    const files = [file('a.png'), file('b.png')];
    const out = validateContent({ files });
    expect(out.files).toEqual(files);
    expect(out.files).not.toBe(files);
  });
});

describe('validateContent messages', () => {
  it('shows at most 40 characters of a bad value', () => {
    const path = `pages/${'a'.repeat(60)}`;
    expect(errorOf({ path })).toBe(
      `invalid-content: path must start with "/" (got "${path.slice(0, 40)}…"); it is an app route like "/pages/article/index?id=42"`,
    );
  });

  it('shows a value of exactly 40 characters whole', () => {
    const path = `p${'a'.repeat(39)}`;
    expect(errorOf({ path })).toContain(`(got "${path}")`);
  });

  it('says whitespace for links and only control characters for text', () => {
    expect(errorOf({ path: '/a b' })).toBe('invalid-content: path contains whitespace or control characters (got "/a b")');
    expect(errorOf({ text: 'a\u0007b' })).toBe('invalid-content: text contains control characters (got "a\\u0007b")');
  });

  it('lets text and titles keep tabs, newlines and spaces, but not links', () => {
    expect(validateContent({ title: 'a\tb c', text: 'line 1\r\nline 2' })).toEqual({ title: 'a\tb c', text: 'line 1\r\nline 2' });
    for (const field of ['path', 'url', 'imageUrl']) {
      expect(errorOf({ [field]: '/a\tb' })).toContain(`${field} contains whitespace or control characters`);
      expect(errorOf({ [field]: '/a\u007fb' })).toContain(`${field} contains whitespace or control characters`);
    }
    expect(errorOf({ title: 'a\u007fb' })).toContain('title contains control characters');
  });

  it('refuses a backslash anywhere in a path', () => {
    expect(errorOf({ path: '/pages/a\\b' })).toContain('path must not start with "//" nor contain "\\"');
  });

  it('accepts a path whose second character is not a slash', () => {
    expect(validateContent({ path: '/p/a' })).toEqual({ path: '/p/a' });
  });
});

describe('validateContent schemes', () => {
  it.each([
    ['url', 'https://a.cn/x'],
    ['url', 'HTTP://a.cn/x'],
    ['url', '/relative?next=javascript:x'],
    ['url', 'a/b?c=mailto:x'],
    ['imageUrl', 'cloud://env/a.png'],
    ['path', '/pages/a?u=javascript:x'],
  ])('%s %s is accepted', (field, value) => {
    expect(validateContent({ [field]: value })).toEqual({ [field]: value });
  });

  it.each([
    ['url', 'mailto:a@b.cn', 'url must use http, https or be relative (got a "mailto:" URL)'],
    ['url', 'wxfile://tmp/a', 'url must use http, https or be relative (got a "wxfile:" URL)'],
    ['imageUrl', 'ftp://a.cn/a.png', 'imageUrl must use http, https, wxfile, cloud, blob or be relative (got a "ftp:" URL)'],
    ['url', 'web+app:x', '(got a "web+app:" URL)'],
    ['url', 'x-y.z:a', '(got a "x-y.z:" URL)'],
    ['url', 'h2:a', '(got a "h2:" URL)'],
  ])('%s %s is refused', (field, value, message) => {
    expect(errorOf({ [field]: value })).toContain(message);
  });

  it('does not mistake a path that starts with a digit for a scheme', () => {
    expect(validateContent({ url: '2024:report' })).toEqual({ url: '2024:report' });
  });
});
