import { isShareError, type ShareError } from '../src';

/** String(value), or its tag when it has no toString (an object without a prototype). */
const describe = (value: unknown): string => {
  try {
    return String(value);
  } catch {
    return Object.prototype.toString.call(value);
  }
};

/**
 * The ShareError `promise` rejects with; fails the test otherwise. The same as @sharekit/testkit's
 * `shareRejection`, which core's tests cannot import: testkit depends on core.
 */
export async function rejection(promise: PromiseLike<unknown>): Promise<ShareError> {
  let value: unknown;
  try {
    value = await promise;
  } catch (error) {
    if (isShareError(error)) return error;
    throw new Error(`expected a ShareError rejection, got ${describe(error)}`, { cause: error });
  }
  throw new Error(`expected a ShareError rejection, but the promise fulfilled with ${describe(value)}`);
}
