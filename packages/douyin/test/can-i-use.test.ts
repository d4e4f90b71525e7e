import { isShareError } from '@sharekit/core';
import { describe, expect, it } from 'vitest';
import { canIUse, createDouyinAdapter, douyinFeatures } from '../src/index';
import { world } from './harness';

describe('douyin canIUse', () => {
  it("answers from Douyin's version table without a runtime", () => {
    expect(canIUse('showShareMenu', { version: '1.4.9' })).toBe(false);
    expect(canIUse('showShareMenu', { version: '1.5.0' })).toBe(true);
    expect(canIUse('showShareMenu.object.menus', { version: '2.27.9' })).toBe(false);
    expect(canIUse('showShareMenu.object.menus', { version: '2.28.0' })).toBe(true);
    expect(canIUse('onShareAppMessage.object.webviewUrl', { version: '2.47.0' })).toBe(true);
    expect(canIUse('canIUse', { version: '1.34.9' })).toBe(false);
    expect(canIUse('toString', { version: '3.0.0' })).toBe(false);
    expect(() => canIUse('showShareMenu', { version: 'x' })).toThrow(expect.toSatisfy((e) => isShareError(e, 'invalid-version')));
    expect(Object.keys(douyinFeatures)).not.toContain('shareAppMessage');
    for (const schema of ['onShareAppMessage.return.extra', 'button.data-channel', 'getSystemInfoSync.return.SDKVersion']) {
      expect(canIUse(schema, { version: '1.0.0' }), schema).toBe(true);
    }
  });

  it('asks tt.canIUse for schemas outside the table only from 1.35.0, where it exists', () => {
    const asked: string[] = [];
    const tt = (version: string) => ({
      getSystemInfoSync: () => ({ SDKVersion: version }),
      canIUse: (schema: string) => {
        asked.push(schema);
        return true;
      },
    });
    expect(createDouyinAdapter({ tt: tt('1.34.0') }).canIUse('video')).toBe(false);
    expect(asked).toEqual([]);
    expect(createDouyinAdapter({ tt: tt('1.35.0') }).canIUse('video')).toBe(true);
    expect(asked).toEqual(['video']);
  });

  it('reads the version from getSystemInfoSync().SDKVersion, and says no where an API is missing', () => {
    const { adapter } = world('2.28.0');
    expect(adapter.version).toBe('2.28.0');
    expect(adapter.canIUse('showShareMenu.object.menus')).toBe(true);
    const bare = createDouyinAdapter({ tt: { getSystemInfoSync: () => ({ SDKVersion: '3.0.0' }) } });
    expect(bare.canIUse('showShareMenu')).toBe(false);
    expect(bare.supports('menu')).toBe(false);
    expect(createDouyinAdapter({ tt: null }).version).toBe('1.0.0');
  });
});
