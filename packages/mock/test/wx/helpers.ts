import { createDecipheriv } from 'node:crypto';
import { createWxRuntime, type WxPageOptions, type WxRuntime, type WxRuntimeOptions } from '../../src/wx';

export const ARTICLE = '/pages/article/index';

/** A runtime with one app, the article page registered, launched at `?id=42`. App errors are collected. */
export function launched(
  SDKVersion: string,
  page: WxPageOptions = {},
  options: WxRuntimeOptions = {},
): { runtime: WxRuntime; appErrors: string[] } {
  const runtime = createWxRuntime({ SDKVersion, appName: 'Demo App', ...options });
  const appErrors: string[] = [];
  runtime.App({ onError: (error: string) => appErrors.push(error) });
  runtime.Page(ARTICLE, page);
  runtime.launch({ path: `${ARTICLE}?id=42` });
  return { runtime, appErrors };
}

/** Independent of the simulator's own helper: AES-128-CBC, PKCS#7, key = base64(sessionKey). */
export function decrypt(sessionKey: string, encryptedData: string, iv: string): Record<string, unknown> {
  const decipher = createDecipheriv('aes-128-cbc', Buffer.from(sessionKey, 'base64'), Buffer.from(iv, 'base64'));
  const plain = Buffer.concat([decipher.update(Buffer.from(encryptedData, 'base64')), decipher.final()]);
  return JSON.parse(plain.toString('utf8')) as Record<string, unknown>;
}

type Api = (options: Record<string, unknown>) => unknown;

/** Calls a wx API in callback style (works on every version) and resolves with its result. */
export function viaCallbacks(
  api: unknown,
  options: Record<string, unknown> = {},
): Promise<{ ok: boolean; result: Record<string, unknown>; order: string[] }> {
  return new Promise((resolve) => {
    const order: string[] = [];
    let outcome: { ok: boolean; result: Record<string, unknown> } | undefined;
    (api as Api)({
      ...options,
      success(result: Record<string, unknown>) {
        order.push('success');
        outcome = { ok: true, result };
      },
      fail(result: Record<string, unknown>) {
        order.push('fail');
        outcome = { ok: false, result };
      },
      complete() {
        order.push('complete');
        if (outcome) resolve({ ...outcome, order });
      },
    });
  });
}
