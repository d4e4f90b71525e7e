import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { signJsapi } from '../src';
import { shareErrorOf } from './helpers';

// The worked example of WeChat's "附录1-JS-SDK使用权限签名算法" (JS-SDK guide, appendix 1:
// https://developers.weixin.qq.com/doc/offiaccount/OA_Web_Apps/JS-SDK.html, now
// https://developers.weixin.qq.com/doc/service/guide/h5/jssdk.html; the same example in WeCom's
// https://developer.work.weixin.qq.com/document/path/96909). Values copied from the doc.
const OFFICIAL = {
  ticket: 'sM4AOVdWfPE4DxkXGEs8VMCPGGVi4C3VM0P37wVUCFvkVAy_90u5h9nbSlYy3-Sl-HhTdfl2fzFy1AOcHKP7qg',
  nonceStr: 'Wm3WZYTPz0wzccnW',
  timestamp: 1414587457,
};

describe('signJsapi', () => {
  it("matches the official example: url=http://mp.weixin.qq.com?params=value -> 0f9de62f...", () => {
    expect(signJsapi({ ...OFFICIAL, url: 'http://mp.weixin.qq.com?params=value' })).toBe(
      '0f9de62fce790f9a083d5c99e95740ceb90c27ed',
    );
  });

  it('matches the example of the 2014 edition of the doc: url=http://mp.weixin.qq.com -> f4d90daf...', () => {
    // No "/" is added after the host: the URL is signed as given, never normalised.
    expect(signJsapi({ ...OFFICIAL, url: 'http://mp.weixin.qq.com' })).toBe('f4d90daf4b3bca3078ab155816175ba34c443a7b');
  });

  it('accepts the timestamp as a decimal string, as some apps keep it', () => {
    expect(signJsapi({ ...OFFICIAL, timestamp: '1414587457', url: 'http://mp.weixin.qq.com?params=value' })).toBe(
      '0f9de62fce790f9a083d5c99e95740ceb90c27ed',
    );
  });

  it('drops the fragment: everything from the first #', () => {
    const base = signJsapi({ ...OFFICIAL, url: 'https://example.com/a?x=1' });
    expect(signJsapi({ ...OFFICIAL, url: 'https://example.com/a?x=1#/route?y=2#z' })).toBe(base);
    expect(signJsapi({ ...OFFICIAL, url: 'https://example.com/a?x=1#' })).toBe(base);
  });

  it('signs raw values: no URL escaping or unescaping of the query', () => {
    const url = 'https://example.com/%E4%BD%A0?q=a%20b&r=中文&s=1=2';
    const string1 = `jsapi_ticket=${OFFICIAL.ticket}&noncestr=${OFFICIAL.nonceStr}&timestamp=${OFFICIAL.timestamp}&url=${url}`;
    expect(signJsapi({ ...OFFICIAL, url })).toBe(createHash('sha1').update(string1, 'utf8').digest('hex'));
  });

  it.each([
    ['a relative URL', '/page?id=1', /absolute/],
    ['a protocol-relative URL', '//example.com/page', /absolute/],
    ['a URL with credentials', 'https://user:pw@example.com/', /credentials/],
    ['a URL with only a user', 'https://user@example.com/', /credentials/],
    ['a non-http scheme', 'javascript:alert(1)', /http or https/],
    ['a file URL', 'file:///etc/passwd', /http or https/],
    ['surrounding whitespace', ' https://example.com/', /whitespace/],
    ['a newline', 'https://example.com/\npage', /whitespace/],
    ['an empty string', '', /non-empty/],
    ['a URL of 5000 characters', `https://example.com/?${'a'.repeat(5000)}`, /longer than 4096/],
  ])('rejects %s with invalid-argument', (_name, url, message) => {
    const error = shareErrorOf(() => signJsapi({ ...OFFICIAL, url }), 'invalid-argument');
    expect(error.message).toMatch(message);
  });

  it.each([
    ['an empty ticket', { ticket: '' }, /ticket/],
    ['a nonce with &', { nonceStr: 'a&b' }, /nonceStr/],
    ['a timestamp in milliseconds', { timestamp: 1414587457000 }, /seconds, not milliseconds/],
    ['a fractional timestamp', { timestamp: 1.5 }, /whole Unix seconds/],
    ['a negative timestamp', { timestamp: -1 }, /whole Unix seconds/],
  ])('rejects %s with invalid-argument, without quoting the ticket', (_name, change, message) => {
    const error = shareErrorOf(() => signJsapi({ ...OFFICIAL, url: 'https://example.com/', ...change }), 'invalid-argument');
    expect(error.message).toMatch(message);
    expect(error.message).not.toContain(OFFICIAL.ticket);
  });
});
