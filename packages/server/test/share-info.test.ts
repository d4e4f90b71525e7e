import { describe, expect, it } from 'vitest';
import { decryptGroupEnterInfo, decryptShareInfo, type GroupEnterInfo } from '../src';
import { APP_ID, flipByte, NOT_OPEN_DATA, nowSeconds, optionsFor, shareErrorOf, stamped } from './helpers';

const OPEN_GID = 'tG0xg5ABCDEFGHIJKLMNOPQRSTUVWXY';

describe('decryptShareInfo', () => {
  it('returns openGId and the watermark, nothing else', () => {
    const payload = stamped({ openGId: OPEN_GID, extra: 'dropped' });
    expect(decryptShareInfo(optionsFor(payload))).toEqual({ openGId: OPEN_GID, watermark: payload.watermark });
  });

  it('accepts the lower-case opengid too', () => {
    expect(decryptShareInfo(optionsFor(stamped({ opengid: OPEN_GID }))).openGId).toBe(OPEN_GID);
  });

  it.each([
    ['missing', {}],
    ['empty', { openGId: '' }],
    ['null', { openGId: null }],
  ])('rejects a %s openGId with decrypt-failed', (_name, data) => {
    const error = shareErrorOf(() => decryptShareInfo(optionsFor(stamped(data))), 'decrypt-failed');
    expect(error.message).toBe(NOT_OPEN_DATA);
  });

  it('rejects an openGId that is not a string', () => {
    const error = shareErrorOf(() => decryptShareInfo(optionsFor(stamped({ openGId: 7 }))), 'decrypt-failed');
    expect(error.message).toBe(NOT_OPEN_DATA);
  });

  it('applies every decryptOpenData check first', () => {
    shareErrorOf(() => decryptShareInfo(optionsFor(stamped({ openGId: OPEN_GID }, { appid: 'wxOther' }))), 'watermark-mismatch');
    shareErrorOf(
      () => decryptShareInfo(optionsFor(stamped({ openGId: OPEN_GID }, { timestamp: nowSeconds() - 3600 }), { maxAgeSeconds: 60 })),
      'expired',
    );
    shareErrorOf(() => decryptShareInfo({ ...optionsFor(stamped({ openGId: OPEN_GID })), iv: 'short' }), 'invalid-input');
  });
});

describe('decryptGroupEnterInfo', () => {
  it('normalises a group chat: opengid, group_openid, chat_type', () => {
    const payload = stamped({ opengid: OPEN_GID, open_single_roomid: '', group_openid: 'oUser', chat_type: 3 });
    expect(decryptGroupEnterInfo(optionsFor(payload))).toEqual({
      openGId: OPEN_GID,
      groupOpenId: 'oUser',
      chatType: 3,
      watermark: payload.watermark,
    });
  });

  it('normalises a one-to-one chat: open_single_roomid instead of opengid', () => {
    const payload = stamped({ opengid: '', open_single_roomid: 'sRoom', group_openid: 'oUser', chat_type: 1 });
    const info: GroupEnterInfo = decryptGroupEnterInfo(optionsFor(payload));
    expect(info).toEqual({ openSingleRoomId: 'sRoom', groupOpenId: 'oUser', chatType: 1, watermark: payload.watermark });
    expect('openGId' in info).toBe(false);
  });

  it('accepts the documented minimal form { opengid } and the camel-case openGId', () => {
    expect(decryptGroupEnterInfo(optionsFor(stamped({ opengid: OPEN_GID })))).toEqual({
      openGId: OPEN_GID,
      watermark: expect.objectContaining({ appid: APP_ID }),
    });
    expect(decryptGroupEnterInfo(optionsFor(stamped({ openGId: OPEN_GID }))).openGId).toBe(OPEN_GID);
  });

  it('rejects data with neither opengid nor open_single_roomid', () => {
    const error = shareErrorOf(
      () => decryptGroupEnterInfo(optionsFor(stamped({ opengid: '', group_openid: 'oUser', chat_type: 3 }))),
      'decrypt-failed',
    );
    expect(error.message).toBe(NOT_OPEN_DATA);
  });

  it.each([
    ['opengid', { opengid: 12 }],
    ['open_single_roomid', { opengid: OPEN_GID, open_single_roomid: {} }],
    ['group_openid', { opengid: OPEN_GID, group_openid: ['x'] }],
  ])('rejects a %s that is not a string', (_field, data) => {
    const error = shareErrorOf(() => decryptGroupEnterInfo(optionsFor(stamped(data))), 'decrypt-failed');
    expect(error.message).toBe(NOT_OPEN_DATA);
  });

  it('rejects a chat_type that is not an integer', () => {
    shareErrorOf(() => decryptGroupEnterInfo(optionsFor(stamped({ opengid: OPEN_GID, chat_type: '3' }))), 'decrypt-failed');
    shareErrorOf(() => decryptGroupEnterInfo(optionsFor(stamped({ opengid: OPEN_GID, chat_type: 1.5 }))), 'decrypt-failed');
  });

  it('fails closed on tampered data', () => {
    const options = optionsFor(stamped({ opengid: OPEN_GID, group_openid: 'oUser', chat_type: 3 }));
    shareErrorOf(
      () => decryptGroupEnterInfo({ ...options, encryptedData: flipByte(options.encryptedData, 20, 0x01) }),
      'decrypt-failed',
    );
  });
});
