// Core's lib has no DOM and no Node types: declare only what it uses. Plain globals, never
// `globalThis.x`: old engines (JavaScriptCore before iOS 12.2, in WeChat) have no `globalThis`.
// Looked up at call time, so fake timers installed after the controller was created still apply.
declare function setTimeout(fn: () => void, ms: number): unknown;
declare function clearTimeout(handle: unknown): void;
declare const console: { error(...data: unknown[]): void } | undefined;

export function after(ms: number, fn: () => void): () => void {
  const handle = setTimeout(fn, ms);
  return () => clearTimeout(handle);
}

/**
 * `console.error` when the engine has a console (a mini program always does; some sandboxes not).
 * The last resort for listener errors: it never throws itself (a test may stub the console).
 */
export function logError(error: unknown): void {
  try {
    if (typeof console === 'object' && console !== null) console.error(error);
  } catch {
    // Nowhere left to report it; the share must go on.
  }
}
