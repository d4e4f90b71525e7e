import { type ShareOutcome, ShareError } from '@sharekit/core';
import { DEV } from './dev';
import type { AlipayShareResult, MyFailure } from './types';

/**
 * `success({ channelName, shareResult })` ([A1] lines 314–319): `shared` only when Alipay says
 * `shareResult: true`. `shareResult` false is Alipay's word that nothing was shared, with no reason
 * given: `cancelled` (a failure would come through `fail`). Channel names are not documented; the
 * one Alipay gives is passed on as it is.
 */
export function successOutcome(result: unknown): ShareOutcome {
  const { channelName, shareResult } = (typeof result === 'object' && result !== null ? result : {}) as AlipayShareResult;
  // The controller keeps a channel only when it is a string.
  const channel = channelName ? { channel: channelName } : {};
  return shareResult === true ? { status: 'shared', ...channel } : { status: 'cancelled', ...channel };
}

/**
 * `fail(res)`: Alipay documents neither its payload nor a cancel code for sharing, so every fail
 * is `failed`, with Alipay's `error` / `errorMessage` kept.
 */
export function failOutcome(name: string, result: unknown): ShareOutcome {
  return { status: 'failed', error: myFailure(name, result) };
}

/** An Alipay `fail` (`{ error, errorMessage }`) as a ShareError `platform`. */
export function myFailure(name: string, result: unknown): ShareError {
  const { error, errorMessage } = (typeof result === 'object' && result !== null ? result : {}) as MyFailure;
  const message = typeof errorMessage === 'string' ? errorMessage : `${name}:fail`;
  return new ShareError('platform', DEV && `my.${name} failed: ${message}`, {
    platform: 'alipay',
    platformMessage: message,
    ...(typeof error === 'number' && { cause: { error } }),
  });
}
