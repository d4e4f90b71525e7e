import { type ShareContent, isShareError } from '@sharekit/core';
import { describe, expect, it, vi } from 'vitest';
import { createWebAdapter, resolveOnOrigin } from '../src';
import { intentUrl, shareImageUrl } from '../src/channels';
import { shareUrl } from '../src/url';

/** Just enough of a window for URL resolution and a stubbed navigator.share. */
function fakeWindow(href = 'https://example.com/blog/post?ref=home#top') {
  const share = vi.fn((_data: ShareData) => Promise.resolve());
  const win = { location: new URL(href), document: { title: 'Page title' }, navigator: { share } } as unknown as Window;
  return { win, share };
}

const resolve = (content: ShareContent, href?: string, resolver?: Parameters<typeof shareUrl>[2]) =>
  shareUrl(content, fakeWindow(href).win, resolver);

const rejects = (content: ShareContent, href?: string, resolver?: Parameters<typeof shareUrl>[2]) => {
  try {
    resolve(content, href, resolver);
  } catch (e) {
    expect(isShareError(e, 'invalid-content'), String(e)).toBe(true);
    expect((e as { platform?: string }).platform).toBe('web');
    return (e as Error).message;
  }
  throw new Error(`accepted ${JSON.stringify(content)}`);
};

describe('share URL resolution', () => {
  it('resolves a path on the page origin, keeping its query and hash', () => {
    expect(resolve({ path: '/pages/article/index?id=42&lang=zh' })).toBe('https://example.com/pages/article/index?id=42&lang=zh');
    expect(resolve({ path: '/a?q=%E4%B8%AD#frag' })).toBe('https://example.com/a?q=%E4%B8%AD#frag');
    expect(resolve({ path: '/a' }, 'http://localhost:5173/deep/page')).toBe('http://localhost:5173/a');
  });

  it('percent-encodes what needs it', () => {
    expect(resolve({ path: '/文章?标题=分享' })).toBe('https://example.com/%E6%96%87%E7%AB%A0?%E6%A0%87%E9%A2%98=%E5%88%86%E4%BA%AB');
  });

  it('url wins over path; a relative url resolves against the page', () => {
    expect(resolve({ url: 'https://other.example/x', path: '/ignored' })).toBe('https://other.example/x');
    expect(resolve({ url: 'next?page=2' })).toBe('https://example.com/blog/next?page=2');
  });

  it('defaults to the current page', () => {
    expect(resolve({})).toBe('https://example.com/blog/post?ref=home#top');
  });

  it('rejects non-http(s) schemes', () => {
    for (const url of ['javascript:alert(1)', 'JavaScript:alert(1)', 'data:text/html,<script>1</script>', 'ftp://example.com/f', 'mailto:a@b.c', 'file:///etc/passwd', 'xhttps://example.com/']) {
      expect(rejects({ url })).toMatch(/only http\(s\) URLs/);
    }
    // A page that is not on http(s) has no shareable default.
    expect(rejects({}, 'file:///home/me/index.html')).toMatch(/only http\(s\)/);
  });

  it('says which url or path it could not make an absolute URL of', () => {
    expect(rejects({ url: 'http://[bad' })).toContain('cannot make an absolute URL of "http://[bad"');
    expect(rejects({ path: '/a' }, undefined, () => 'http://[bad')).toContain('cannot make an absolute URL of "/a"');
  });

  it('refuses a path that escapes the origin through URL parsing', () => {
    expect(rejects({ path: '/\\evil.example/x' })).toMatch(/outside https:\/\/example.com/);
    expect(() => resolveOnOrigin('/ok', fakeWindow().win)).not.toThrow();
  });

  it('uses a custom resolver, and checks its result too', () => {
    const toMobile = (path: string) => `https://m.example.com${path}`;
    expect(resolve({ path: '/pages/a?id=1' }, undefined, toMobile)).toBe('https://m.example.com/pages/a?id=1');
    expect(rejects({ path: '/a' }, undefined, () => 'javascript:alert(1)')).toMatch(/only http\(s\)/);
    const boom = new Error('no route');
    const error = (() => {
      try {
        resolve({ path: '/a' }, undefined, () => {
          throw boom;
        });
      } catch (e) {
        return e as Error;
      }
    })();
    expect(isShareError(error, 'invalid-content')).toBe(true);
    expect(error?.cause).toBe(boom);
  });

  it('the adapter shares the resolved URL and the page title by default', async () => {
    const { win, share } = fakeWindow();
    const adapter = createWebAdapter({ window: win, resolveUrl: (path, w) => new URL(`/app${path}`, w.location.origin) });
    expect(await adapter.share({ path: '/pages/a?id=7' })).toEqual({ status: 'shared', channel: 'system' });
    expect(share).toHaveBeenCalledWith({ title: 'Page title', url: 'https://example.com/app/pages/a?id=7' });
    const outcome = await adapter.share({ url: 'javascript:alert(1)' });
    expect(outcome.status === 'failed' && outcome.error.code).toBe('invalid-content');
    expect(share).toHaveBeenCalledTimes(1);
  });
});

describe('intent URLs', () => {
  it('exist for the built-in link channels only: not for copy, wechat, custom names or Object keys', () => {
    const data = { url: 'https://example.com/', title: 'T', text: '', imageUrl: '' };
    expect(intentUrl('telegram', data)).toBe('https://t.me/share/url?url=https%3A%2F%2Fexample.com%2F&text=T');
    for (const name of ['copy', 'wechat', 'mastodon', 'constructor', 'toString', '__proto__']) expect(intentUrl(name, data), name).toBeUndefined();
  });
});

describe('image URL for intent links', () => {
  const { win } = fakeWindow();

  it('keeps absolute http(s) URLs and resolves relative ones against the page', () => {
    expect(shareImageUrl('https://cdn.example.com/a.png', win)).toBe('https://cdn.example.com/a.png');
    expect(shareImageUrl('HTTP://cdn.example.com/a b.png', win)).toBe('http://cdn.example.com/a%20b.png');
    expect(shareImageUrl('/img/a.png', win)).toBe('https://example.com/img/a.png');
    expect(shareImageUrl('cover.png', win)).toBe('https://example.com/blog/cover.png');
    expect(shareImageUrl('//cdn.example.com/a.png', win)).toBe('https://cdn.example.com/a.png');
  });

  it('never sends what another site cannot fetch: wxfile:, cloud:, blob:, data:, javascript:', () => {
    for (const url of ['wxfile://tmp_0123.png', 'cloud://env-1.7a/cover.png', 'blob:https://example.com/0c1d', 'data:image/png;base64,AAAA', 'javascript:alert(1)', 'xhttps://cdn.example.com/a.png', 'http://[bad', '', undefined]) {
      expect(shareImageUrl(url, win), String(url)).toBe('');
    }
  });
});
