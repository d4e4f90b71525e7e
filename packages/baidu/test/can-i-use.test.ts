import { isShareError } from '@sharekit/core';
import { createBaiduRuntime } from '@sharekit/mock/baidu';
import { describe, expect, it } from 'vitest';
import { baiduFeatures, canIUse, createBaiduAdapter } from '../src/index';

describe('canIUse', () => {
  it('answers from the table at a version, without a runtime', () => {
    expect(canIUse('openShare', { version: '3.140.1' })).toBe(true);
    expect(canIUse('onShareAppMessage.return.content', { version: '1.13.43' })).toBe(true);
    expect(canIUse('showShareMenu', { version: '3.140.1' })).toBe(false);
    expect(Object.keys(baiduFeatures)).not.toContain('showShareMenu');
    // Every documented row, from the first base library (Baidu's docs give no minimum).
    const documented = ['onShareAppMessage.object.target', 'onShareAppMessage.object.webViewUrl', 'onShareAppMessage.return.title', 'onShareAppMessage.return.path'];
    const openShare = ['title', 'content', 'imageUrl', 'path', 'success', 'fail', 'complete'].map((field) => `openShare.object.${field}`);
    for (const schema of [...documented, ...openShare, 'getSystemInfoSync.return.SDKVersion', 'getSystemInfoSync.return.platform']) {
      expect(canIUse(schema, { version: '1.0.0' }), schema).toBe(true);
    }
    expect(() => canIUse('openShare', { version: 'x' })).toThrow(expect.toSatisfy((e) => isShareError(e, 'invalid-version')));
  });

  it('in a runtime, an API schema also needs the function on swan; other schemas go to swan.canIUse', () => {
    const without = createBaiduAdapter({ swan: createBaiduRuntime({ openShare: false }).swan });
    expect(without.canIUse('openShare')).toBe(false);
    expect(without.canIUse('onShareAppMessage')).toBe(true);
    const runtime = createBaiduRuntime();
    const adapter = createBaiduAdapter({ swan: runtime.swan });
    expect(adapter.canIUse('openShare')).toBe(true);
    expect(adapter.canIUse('getSystemInfoSync')).toBe(true);
    expect(runtime.calls.some((c) => c.api === 'canIUse' && c.args[0] === 'getSystemInfoSync')).toBe(true);
  });

  it('reads the version and the system once, and falls back to 1.0.0 / unknown', () => {
    const runtime = createBaiduRuntime({ SDKVersion: '1.13.43', platform: 'android' });
    const adapter = createBaiduAdapter({ swan: runtime.swan });
    expect([adapter.version, adapter.os]).toEqual(['1.13.43', 'android']);
    const broken = createBaiduAdapter({
      swan: {
        getSystemInfoSync() {
          throw new Error('202');
        },
      },
    });
    expect([broken.version, broken.os]).toEqual(['1.0.0', 'unknown']);
  });

  it('answers each capability from its row', () => {
    const adapter = createBaiduAdapter({ swan: createBaiduRuntime().swan });
    const answers = ['share', 'button', 'image', 'text', 'result', 'menu', 'async', 'tickets'].map((c) => adapter.supports(c as never));
    expect(answers).toEqual([true, true, true, true, true, false, false, false]);
  });

  it('with no swan at all, there is no app-started share and nothing throws', () => {
    const adapter = createBaiduAdapter({ swan: null });
    expect(adapter.supports('share')).toBe(false);
    expect(adapter.initiation).toEqual(['user']);
    expect(adapter.page.onShareAppMessage()).toEqual({});
  });
});
