import type { ShareInfo } from '@sharekit/core';

/**
 * Asks the sample's server for the group id behind encrypted share info (POST /api/group-id):
 * the server holds the session key and decrypts with @sharekit/server. Undefined where this
 * runtime has no `wx.request`: the page then only shows that a ticket arrived.
 */
export function serverGroupId(api: SampleWx, base: string): ((info: ShareInfo) => Promise<string>) | undefined {
  const request = api.request;
  if (typeof request !== 'function') return undefined;
  return (info) =>
    new Promise((resolve, reject) => {
      request.call(api, {
        url: `${base}/api/group-id`,
        method: 'POST',
        header: { 'content-type': 'application/json' },
        data: { encryptedData: info.encryptedData, iv: info.iv, source: info.source },
        success({ statusCode, data }) {
          const body = (typeof data === 'object' && data !== null ? data : {}) as {
            openGId?: unknown;
            error?: { code?: unknown };
          };
          if (statusCode === 200 && typeof body.openGId === 'string') resolve(body.openGId);
          else {
            const code = typeof body.error?.code === 'string' ? ` (${body.error.code})` : '';
            reject(new Error(`the server answered ${statusCode}${code}`));
          }
        },
        fail({ errMsg }) {
          reject(new Error(errMsg));
        },
      });
    });
}
