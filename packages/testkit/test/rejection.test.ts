import { ShareError } from '@sharekit/core';
import { describe, expect, it } from 'vitest';
import { shareRejection } from '../src';

describe('shareRejection', () => {
  it('returns the ShareError a promise rejects with', async () => {
    const error = new ShareError('busy', 'a share is running');
    expect(await shareRejection(Promise.reject(error))).toBe(error);
  });

  it('fails when the promise fulfils, naming the value', async () => {
    await expect(shareRejection(Promise.resolve('done'))).rejects.toThrow('expected a ShareError rejection, but the promise fulfilled with done');
  });

  it('fails when the promise rejects with something else, keeping it as the cause', async () => {
    const plain = new TypeError('x is not a function');
    const failure = await shareRejection(Promise.reject(plain)).then(
      () => undefined,
      (e: Error) => e,
    );
    expect(failure?.message).toBe('expected a ShareError rejection, got TypeError: x is not a function');
    expect(failure?.cause).toBe(plain);
  });
});
