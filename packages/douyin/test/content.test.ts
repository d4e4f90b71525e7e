import type { ShareContent } from '@sharekit/core';
import { describe, expect, it } from 'vitest';
import '../src/index';
import { world, warnings } from './harness';

describe('douyin content', () => {
  const article: ShareContent = {
    title: 'Article 42',
    text: 'Worth a read',
    path: '/pages/article/index?id=42',
    imageUrl: 'https://example.com/42.png',
    douyin: { templateId: 'tpl-42', extra: { videoTopics: ['reading'] } },
  };

  it('maps text to desc, keeps the leading / of path, and passes content.douyin (templateId, extra)', async () => {
    const { runtime } = world('3.50.0', { page: article });
    const report = await runtime.user.tapMenuShare();
    expect(report.returned).toMatchObject({
      title: 'Article 42',
      desc: 'Worth a read',
      path: '/pages/article/index?id=42',
      imageUrl: 'https://example.com/42.png',
      templateId: 'tpl-42',
      extra: { videoTopics: ['reading'] },
    });
    expect(report.returned).not.toHaveProperty('text');
    expect(report.delivered).toEqual({
      title: 'Article 42',
      desc: 'Worth a read',
      path: '/pages/article/index?id=42',
      imageUrl: 'https://example.com/42.png',
      templateId: 'tpl-42',
      extra: { videoTopics: ['reading'] },
    });
  });

  it('async content: a warning, and Douyin gets the defaults (its docs do not say it waits)', async () => {
    const { runtime, events, controller } = world('3.50.0', {
      adapter: { defaults: { title: 'Default' } },
      page: async () => ({ title: 'Late' }),
    });
    const report = await runtime.user.tapMenuShare();
    expect(report.delivered?.title).toBe('Default');
    expect(warnings(events).map((e) => e.code)).toContain('unsupported');
    expect(controller.supports('async')).toBe(false);
  });
});
