/** Every code a sharekit package raises. Adapters may add their own (the type stays open). */
export type ShareErrorCode =
  | 'unsupported'
  | 'busy'
  | 'invalid-content'
  | 'invalid-version'
  | 'invalid-argument'
  | 'not-allowed'
  | 'platform'
  | 'timeout'
  | 'no-ticket'
  | 'disposed'
  | 'decrypt-failed'
  | 'watermark-mismatch'
  | 'expired'
  | 'invalid-input'
  | (string & {});

export interface ShareErrorOptions {
  /** The adapter's platform name. */
  platform?: string;
  /** The platform's own message: a WeChat `errMsg`, a DOMException name and message. */
  platformMessage?: string;
  cause?: unknown;
}

// Symbol.for: the brand survives two copies of core in one bundle, where instanceof does not.
const BRAND = Symbol.for('sharekit.ShareError');

/**
 * The one error type of sharekit. `message` starts with the code and says what to do:
 * `invalid-content: path must start with "/" (got "pages/a")`.
 */
export class ShareError extends Error {
  readonly code: ShareErrorCode;
  readonly platform: string | undefined;
  readonly platformMessage: string | undefined;

  /**
   * `detail` says what was wrong and what to do; production builds drop it (`false`): the message
   * is then the code, with the platform's own message when there is one.
   */
  constructor(code: ShareErrorCode, detail: string | false, options: ShareErrorOptions = {}) {
    const more = detail || options.platformMessage;
    // Error takes `cause` from its options, and makes it an own property whenever the key is there,
    // even as undefined: pass them on only when there is a cause.
    super(more ? `${code}: ${more}` : code, options.cause === undefined ? undefined : (options as ErrorOptions));
    this.name = 'ShareError';
    this.code = code;
    this.platform = options.platform;
    this.platformMessage = options.platformMessage;
  }
}

// The brand isShareError looks for, on the prototype: never an own field (a symbol key, so no
// spread, JSON or Object.keys sees it). Not a class member: its `unique symbol` would enter the
// declarations, and the ESM and CJS typings of one ShareError would then be two unrelated types.
(ShareError.prototype as unknown as Record<symbol, boolean>)[BRAND] = true;

/** True for a ShareError from any copy of `@sharekit/core`; narrows to one `code` when given. */
export function isShareError(value: unknown, code?: ShareErrorCode): value is ShareError {
  return (
    typeof value === 'object' &&
    value !== null &&
    (value as Record<symbol, unknown>)[BRAND] === true &&
    (code === undefined || (value as ShareError).code === code)
  );
}

/** Wraps anything thrown by a platform or app callback into a ShareError (kept as `cause`). */
export function toShareError(value: unknown, code: ShareErrorCode, platform?: string): ShareError {
  if (isShareError(value)) return value;
  const message = value instanceof Error ? value.message : String(value);
  return new ShareError(code, message, { platform, cause: value });
}
