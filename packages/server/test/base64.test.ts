import { describe, expect, it } from 'vitest';
import { decodeBase64 } from '../src/base64';

describe('decodeBase64 (strict)', () => {
  it.each([
    ['AA==', 1],
    ['AAA=', 2],
    ['AAAA', 3],
    ['+/+/', 3],
    ['r7BXXKkLb8qrSNn05n0qiA==', 16],
  ])('decodes %j to %i bytes, like Buffer.from', (value, length) => {
    const result = decodeBase64(value);
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.bytes.length).toBe(length);
      expect(result.bytes.equals(Buffer.from(value, 'base64'))).toBe(true);
    }
  });

  it('needs it: Buffer.from silently skips a space and decodes truncated input', () => {
    const clean = Buffer.from('r7BXXKkLb8qrSNn05n0qiA==', 'base64');
    expect(Buffer.from('r7BX XKkLb8qrSNn05n0qiA==', 'base64').equals(clean)).toBe(true);
    expect(Buffer.from('r7BXXKkLb8qrSNn05n0qiA', 'base64').equals(clean)).toBe(true);
  });

  it.each([
    ['', 'empty'],
    ['r7BXXKkL b8qrSNn05n0qiA==', 'alphabet'],
    ['r7BXXKkLb8qrSNn05n0qiA==\n', 'alphabet'],
    ['r7BXXKkLb8qrSNn05n0qiA*=', 'alphabet'],
    ['r7BXXKkLb8qrSNn05n0q-_==', 'alphabet'],
    ['r7BXXKkLb8qrSNn05n0qiA', 'length'],
    ['r7BXXKkLb8qrSNn05n0qiA=', 'length'],
    ['r7BXXKkLb8qrSNn05n0qi', 'length'],
    ['r7BX=KkLb8qrSNn05n0qiA==', 'padding'],
    ['r7BXXKkLb8qrSNn05n0q====', 'padding'],
    ['A===', 'padding'],
    // The same bytes as ...qiA== with non-zero bits after the last byte: a second spelling.
    ['r7BXXKkLb8qrSNn05n0qiB==', 'padding'],
    ['AB==', 'padding'],
  ])('rejects %j (%s)', (value, problem) => {
    expect(decodeBase64(value)).toEqual({ ok: false, problem });
  });
});
