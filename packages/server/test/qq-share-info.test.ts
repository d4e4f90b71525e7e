// QQ's open data uses WeChat's scheme (AES-128-CBC, PKCS#7, key = base64-decoded session_key, iv
// from the API, a watermark with appid and timestamp: https://q.qq.com/wiki/develop/game/frame/open-ability/signature.html),
// so decryptShareInfo reads qq.getShareInfo data as it is, with a QQ AppID (a number as a string).
import { createQQRuntime } from '@sharekit/mock/qq';
import { describe, expect, it } from 'vitest';
import { decryptShareInfo } from '../src/index';

function shareInfo() {
  const runtime = createQQRuntime({ appId: '1110012345' });
  runtime.App({});
  runtime.Page('/pages/index', {});
  runtime.launch();
  const qq = runtime.qq as unknown as { getShareInfo(o: object): void };
  return new Promise<{ runtime: typeof runtime; data: { encryptedData: string; iv: string } }>((resolve, reject) =>
    qq.getShareInfo({ shareTicket: runtime.issueTicket('qqGroup42'), success: (data: { encryptedData: string; iv: string }) => resolve({ runtime, data }), fail: reject }),
  );
}

describe('QQ share info', () => {
  it('decrypts qq.getShareInfo data to the group id, watermark checked against the QQ AppID', async () => {
    const { runtime, data } = await shareInfo();
    const info = decryptShareInfo({ appId: '1110012345', sessionKey: runtime.sessionKey, encryptedData: data.encryptedData, iv: data.iv, maxAgeSeconds: 60 });
    expect(info).toEqual({ openGId: 'qqGroup42', watermark: { appid: '1110012345', timestamp: expect.any(Number) } });
  });

  it("refuses another app's QQ data", async () => {
    const { runtime, data } = await shareInfo();
    expect(() => decryptShareInfo({ appId: '1110099999', sessionKey: runtime.sessionKey, ...data })).toThrow(expect.objectContaining({ code: 'watermark-mismatch' }));
  });
});
