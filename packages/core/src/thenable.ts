/** A promise, or anything a promise would adopt (a `then` method): a provider's async content, Taro's promise APIs. */
export const isThenable = (value: unknown): value is PromiseLike<unknown> => typeof (value as { then?: unknown } | null | undefined)?.then === 'function';
