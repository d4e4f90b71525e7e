import { jsapiSignature, type WechatH5Runtime } from '@sharekit/mock/wechat-h5';
import type { JsapiSignature } from '../src';

export const TICKET = 'sharekit-test-jsapi-ticket';

/**
 * What an app's server does for sign(url), against the simulated JS-SDK's ticket: a fresh
 * nonceStr and the current time each call. `urls` records every URL it was asked to sign.
 */
export function testSigner(appId = 'wxsimulatedappid', ticket = TICKET) {
  const urls: string[] = [];
  let n = 0;
  const sign = (url: string): Promise<JsapiSignature> => {
    urls.push(url);
    const nonceStr = `nonce${++n}`;
    const timestamp = Math.floor(Date.now() / 1000);
    return Promise.resolve({ appId, timestamp, nonceStr, signature: jsapiSignature(ticket, nonceStr, timestamp, url) });
  };
  return { sign, urls };
}

/** Resolves once `check()` holds (polled), or rejects naming `what`. */
export async function until(check: () => boolean, what: string, timeout = 2000): Promise<void> {
  const deadline = Date.now() + timeout;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 2));
  }
}

/** The calls of one API the simulated JS-SDK recorded. */
export const callsOf = (runtime: WechatH5Runtime, api: string) => runtime.calls.filter((c) => c.api === api);
