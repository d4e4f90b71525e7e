// canIUse and supports() from feature detection, against small fake windows: which share paths
// each browser shape has.
import type { Capability } from '@sharekit/core';
import { describe, expect, it } from 'vitest';
import { createWebAdapter } from '../src';

interface Shape {
  share?: boolean;
  canShareFiles?: boolean | 'throws';
  dialog?: boolean;
  clipboard?: boolean;
}

function fakeWindow({ share = false, canShareFiles, dialog = false, clipboard = false }: Shape): Window {
  const navigator: Record<string, unknown> = {};
  if (share) navigator.share = () => Promise.resolve();
  if (canShareFiles !== undefined) {
    // Like Chromium: a file is judged by its name's extension and its MIME type, both on a list.
    navigator.canShare = (data: { files?: Array<{ name: string; type?: string }> }) => {
      if (canShareFiles === 'throws') throw new Error('no');
      return canShareFiles && Array.isArray(data.files) && data.files.length === 1 && data.files.every((f) => /\.txt$/.test(f.name) && f.type === 'text/plain');
    };
  }
  if (clipboard) navigator.clipboard = { writeText: () => Promise.resolve() };
  return {
    location: new URL('https://example.com/'),
    navigator,
    File: class {
      readonly type: string;
      constructor(
        readonly parts: unknown[],
        readonly name: string,
        options?: { type?: string },
      ) {
        this.type = options?.type ?? '';
      }
    },
    ...(dialog && { HTMLDialogElement: function HTMLDialogElement() {} }),
  } as unknown as Window;
}

const adapterFor = (shape: Shape, fallback?: boolean) =>
  createWebAdapter({ window: fakeWindow(shape), prefetch: false, ...(fallback === false && { fallback: false }) });
const answers = (shape: Shape, fallback?: boolean) => {
  const adapter = adapterFor(shape, fallback);
  return (schema: string) => adapter.canIUse(schema);
};
const supports = (shape: Shape, fallback?: boolean) => {
  const adapter = adapterFor(shape, fallback);
  return (capability: Capability) => adapter.supports(capability);
};

// v2: the web answers its own web.* schemas only; the portable questions go through supports().
const SHARE: Capability[] = ['share', 'button', 'text', 'result'];
const NEVER: Capability[] = ['menu', 'tickets', 'timeline'];

describe('web canIUse and supports', () => {
  it('native share only: share, web.share; no sheet, no images, no async content', () => {
    const can = answers({ share: true }, false);
    const has = supports({ share: true }, false);
    expect(can('web.share')).toBe(true);
    for (const c of SHARE) expect(has(c), c).toBe(true);
    for (const schema of ['web.sheet', 'web.share.files', 'web.clipboard']) expect(can(schema), schema).toBe(false);
    for (const c of ['image', 'async', 'files', ...NEVER] as Capability[]) expect(has(c), c).toBe(false);
  });

  it('the sheet only: share, the sheet, images and async content; no native share', () => {
    const can = answers({ dialog: true });
    const has = supports({ dialog: true });
    expect(can('web.sheet')).toBe(true);
    for (const c of [...SHARE, 'image', 'async'] as Capability[]) expect(has(c), c).toBe(true);
    for (const schema of ['web.share', 'web.share.files']) expect(can(schema), schema).toBe(false);
  });

  it('native share and the sheet: native share sheets show no image', () => {
    const has = supports({ share: true, dialog: true });
    expect(has('image')).toBe(false);
    expect(has('async')).toBe(true);
  });

  it('neither: nothing', () => {
    const has = supports({});
    for (const c of [...SHARE, 'image', 'async', 'files', ...NEVER] as Capability[]) expect(has(c), c).toBe(false);
  });

  it('a sheet switched off by fallback: false is not offered', () => {
    expect(answers({ dialog: true }, false)('web.sheet')).toBe(false);
    expect(supports({ dialog: true }, false)('share')).toBe(false);
  });

  it('files only where native share takes a file', () => {
    expect(answers({ share: true, canShareFiles: true })('web.share.files')).toBe(true);
    expect(supports({ share: true, canShareFiles: true })('files')).toBe(true);
    expect(answers({ share: true, canShareFiles: false })('web.share.files')).toBe(false);
    expect(answers({ share: true, canShareFiles: 'throws' })('web.share.files')).toBe(false);
    expect(supports({ share: true, canShareFiles: 'throws' })('files')).toBe(false);
    expect(answers({ share: false, canShareFiles: true })('web.share.files')).toBe(false);
  });

  it('the clipboard where writeText exists', () => {
    expect(answers({ clipboard: true })('web.clipboard')).toBe(true);
    expect(answers({})('web.clipboard')).toBe(false);
  });

  it('unknown, hostile and WeChat schemas are false; unknown capabilities too', () => {
    const can = answers({ share: true, dialog: true, clipboard: true });
    for (const schema of ['', 'web', 'web.share.', '__proto__', 'toString', 'getShareInfo', 'onShareTimeline', 'button.open-type.share', 'showShareMenu']) {
      expect(can(schema), schema).toBe(false);
    }
    expect(supports({ share: true, dialog: true })('constructor' as Capability)).toBe(false);
  });
});
