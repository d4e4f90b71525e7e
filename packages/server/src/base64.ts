/** Why a string is not strict base64. Says nothing about the value itself (it may be a key). */
export type Base64Problem = 'empty' | 'alphabet' | 'length' | 'padding';

export type Base64Result = { ok: true; bytes: Buffer } | { ok: false; problem: Base64Problem };

const ALPHABET = /^[A-Za-z0-9+/=]*$/;
const CANONICAL = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

/**
 * Standard base64 (RFC 4648 section 4, with padding), strictly. `Buffer.from(s, 'base64')` skips
 * characters it does not know and decodes truncated input, so a mangled key or a `+` turned into a
 * space by URL decoding would reach the cipher as different bytes; here they are rejected instead.
 */
export function decodeBase64(value: string): Base64Result {
  if (value.length === 0) return { ok: false, problem: 'empty' };
  if (!ALPHABET.test(value)) return { ok: false, problem: 'alphabet' };
  if (value.length % 4 !== 0) return { ok: false, problem: 'length' };
  if (!CANONICAL.test(value)) return { ok: false, problem: 'padding' };
  const bytes = Buffer.from(value, 'base64');
  // Non-zero bits after the last byte ("QR==" vs "QQ=="): two spellings of one value are not strict.
  if (bytes.toString('base64') !== value) return { ok: false, problem: 'padding' };
  return { ok: true, bytes };
}

/** Explains a problem without quoting the value. */
export function describeBase64Problem(problem: Base64Problem, value: string): string {
  switch (problem) {
    case 'empty':
      return 'is empty';
    case 'alphabet': {
      let hint = '';
      if (value.includes(' ')) {
        hint = '; it contains a space: a "+" was probably turned into a space by URL/form decoding';
      } else if (/[-_]/.test(value)) {
        hint = '; it contains "-" or "_": that is base64url, WeChat sends standard base64';
      } else if (/\s/.test(value)) {
        hint = '; it contains whitespace or a line break';
      }
      return `contains characters outside the base64 alphabet (A-Z a-z 0-9 + / =)${hint}`;
    }
    case 'length':
      return 'has a length that is not a multiple of 4: it is truncated or lost its "=" padding';
    case 'padding':
      return 'has misplaced or non-canonical "=" padding';
  }
}
