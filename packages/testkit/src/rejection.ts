import { isShareError, type ShareError } from '@sharekit/core';

/** String(value), or its tag when it has no toString (an object without a prototype). */
const describe = (value: unknown): string => {
  try {
    return String(value);
  } catch {
    return Object.prototype.toString.call(value);
  }
};

/**
 * Awaits `promise`, which must reject with a ShareError, and returns that error for the test to
 * check its code and message. The test fails when the promise fulfils or rejects with anything
 * else (a plain Error, a string): what sharekit rejects with is always a ShareError.
 *
 * ```ts
 * const error = await shareRejection(controller.showMenu({ menus: ['shareTimeline'] }));
 * expect(error.code).toBe('unsupported');
 * ```
 */
export async function shareRejection(promise: PromiseLike<unknown>): Promise<ShareError> {
  let value: unknown;
  try {
    value = await promise;
  } catch (error) {
    if (isShareError(error)) return error;
    throw new Error(`expected a ShareError rejection, got ${describe(error)}`, { cause: error });
  }
  throw new Error(`expected a ShareError rejection, but the promise fulfilled with ${describe(value)}`);
}
