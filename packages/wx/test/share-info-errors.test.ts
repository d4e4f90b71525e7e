import { isShareError } from '@sharekit/core';
import { describe, expect, it } from 'vitest';
import { world } from './harness';

type Fail = (result: unknown) => void;
/** A runtime whose `api` fails with `result`, as WeChat's fail callback gives it. */
const failing = (version: string, api: 'getShareInfo' | 'getGroupEnterInfo', result: Record<string, unknown>) =>
  world(version, { wx: (wx) => ({ ...wx, [api]: (o: { fail: Fail }) => o.fail(result) }) });

// getGroupEnterInfo's codes (wx-share-facts.md): 40097 wrong scene (sharekit: no group to read,
// `no-ticket`), 65206 the user left the group (`platform`). WeChat puts the code in errCode,
// errno or err_code, as a number or a string, or only in errMsg.
describe('a failed getGroupEnterInfo in sharekit terms', () => {
  it.each([
    [{ errCode: 40097, errMsg: 'getGroupEnterInfo:fail' }, 'no-ticket'],
    [{ errno: '40097', errMsg: 'getGroupEnterInfo:fail' }, 'no-ticket'],
    [{ err_code: 40097, errMsg: 'getGroupEnterInfo:fail' }, 'no-ticket'],
    [{ errMsg: 'getGroupEnterInfo:fail 40097 wrong scene' }, 'no-ticket'],
    // A code of 0, or one that is no integer, says nothing: errMsg does.
    [{ errCode: 0, errMsg: 'getGroupEnterInfo:fail 40097' }, 'no-ticket'],
    [{ errCode: 'x', errMsg: 'getGroupEnterInfo:fail 40097' }, 'no-ticket'],
    [{ errCode: 1.5, errMsg: 'getGroupEnterInfo:fail 40097' }, 'no-ticket'],
    [{ errCode: 65206, errMsg: 'getGroupEnterInfo:fail' }, 'left'],
    [{ err_code: '65206', errMsg: 'getGroupEnterInfo:fail' }, 'left'],
    [{ errMsg: 'getGroupEnterInfo:fail 65206' }, 'left'],
    [{ errCode: 40098, errMsg: 'getGroupEnterInfo:fail 400970' }, 'platform'],
    [{ errMsg: 'getGroupEnterInfo:fail system error' }, 'platform'],
  ] as const)('%j: %s', async (result, expected) => {
    const { controller } = failing('3.4.0', 'getGroupEnterInfo', result);
    const error = await controller.getShareInfo().catch((e: unknown) => e);
    expect(isShareError(error, expected === 'no-ticket' ? 'no-ticket' : 'platform')).toBe(true);
    // WeChat's own message stays readable on every error.
    expect(error).toMatchObject({ platform: 'wx', platformMessage: result.errMsg });
    const message = (error as Error).message;
    if (expected === 'no-ticket') expect(message).toMatch(/base library 3\.4\.0 .*40097/);
    expect(/no longer in this group.*65206/.test(message)).toBe(expected === 'left');
  });

  it('a getShareInfo failure stays a platform error whatever its code', async () => {
    const { adapter } = failing('2.16.0', 'getShareInfo', { errCode: 40097, errMsg: 'getShareInfo:fail 40097' });
    const error = await adapter.getShareInfo('ticket', {}).catch((e: unknown) => e);
    expect(isShareError(error, 'platform')).toBe(true);
    expect(error).toMatchObject({ platform: 'wx', platformMessage: 'getShareInfo:fail 40097' });
  });

  it('with neither API, unsupported names the platform', async () => {
    const { adapter } = world('2.2.3', { wx: (wx) => ({ ...wx, getShareInfo: undefined }) });
    await expect(adapter.getShareInfo('ticket', {})).rejects.toMatchObject({ code: 'unsupported', platform: 'wx' });
  });
});
