import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { isShareError, ShareError } from '../src';
import { toShareError } from '../src/adapter';

describe('ShareError', () => {
  it('carries code, platform, platform message and cause', () => {
    const cause = new Error('inner');
    const e = new ShareError('platform', 'showShareMenu failed', { platform: 'wx', platformMessage: 'showShareMenu:fail x', cause });
    expect(e).toBeInstanceOf(Error);
    expect(e.name).toBe('ShareError');
    expect(e.message).toBe('platform: showShareMenu failed');
    expect(e).toMatchObject({ code: 'platform', platform: 'wx', platformMessage: 'showShareMenu:fail x', cause });
  });

  it('isShareError narrows by code and rejects look-alikes', () => {
    const e = new ShareError('busy', 'x');
    expect(isShareError(e)).toBe(true);
    expect(isShareError(e, 'busy')).toBe(true);
    expect(isShareError(e, 'timeout')).toBe(false);
    expect(isShareError({ name: 'ShareError', code: 'busy' })).toBe(false);
    expect(isShareError(new Error('busy'))).toBe(false);
    expect(isShareError(null)).toBe(false);
  });

  it('isShareError works across two copies of core (the CJS and ESM builds)', async () => {
    // Two module instances, as when an app bundles two versions of core.
    const require = createRequire(import.meta.url);
    const cjs = require('../dist/index.cjs') as typeof import('../src');
    const esmPath = '../dist/index.js'; // a variable: the build has no types for the test to check
    const esm = (await import(/* @vite-ignore */ esmPath)) as typeof import('../src');
    const fromCjs = new cjs.ShareError('busy', 'x');
    expect(fromCjs instanceof esm.ShareError).toBe(false);
    expect(esm.isShareError(fromCjs, 'busy')).toBe(true);
    expect(isShareError(new esm.ShareError('timeout', 'y'), 'timeout')).toBe(true);
  });

  it('has no cause property without a cause (Error would add an own undefined one)', () => {
    expect(Object.keys(Object.getOwnPropertyDescriptors(new ShareError('platform', false, { cause: undefined })))).not.toContain('cause');
    expect(Object.keys(Object.getOwnPropertyDescriptors(toShareError(undefined, 'platform')))).not.toContain('cause');
    expect(new ShareError('platform', false, { cause: 0 }).cause).toBe(0);
  });

  it('toShareError keeps ShareErrors and wraps anything else as the cause', () => {
    const keep = new ShareError('busy', 'x');
    expect(toShareError(keep, 'platform')).toBe(keep);
    const wrapped = toShareError('boom', 'platform', 'wx');
    expect(wrapped).toMatchObject({ code: 'platform', platform: 'wx', cause: 'boom', message: 'platform: boom' });
  });
});
