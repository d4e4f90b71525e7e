// canIUse from feature detection, against small fake windows: which share paths each browser
// shape has, under WeChat's schema names and the web.* ones.
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
    navigator.canShare = (data: { files?: unknown[] }) => {
      if (canShareFiles === 'throws') throw new Error('no');
      return canShareFiles && Array.isArray(data.files) && data.files.length === 1;
    };
  }
  if (clipboard) navigator.clipboard = { writeText: () => Promise.resolve() };
  return {
    location: new URL('https://example.com/'),
    navigator,
    File: class {
      constructor(
        readonly parts: unknown[],
        readonly name: string,
      ) {}
    },
    ...(dialog && { HTMLDialogElement: function HTMLDialogElement() {} }),
  } as unknown as Window;
}

const answers = (shape: Shape, fallback?: boolean) => {
  const adapter = createWebAdapter({ window: fakeWindow(shape), ...(fallback === false && { fallback: false }) });
  return (schema: string) => adapter.canIUse(schema);
};

const SHARE_PATHS = [
  'onShareAppMessage',
  'onShareAppMessage.object.from',
  'onShareAppMessage.object.target',
  'onShareAppMessage.return.title',
  'onShareAppMessage.return.path',
  'onShareAppMessage.return.promise',
  'button.open-type.share',
];
const MENU = ['showShareMenu', 'hideShareMenu', 'updateShareMenu', 'showShareMenu.object.menus', 'hideShareMenu.object.menus', 'canIUse'];

describe('web canIUse', () => {
  it('native share only: share paths and web.share, no sheet, no images', () => {
    const can = answers({ share: true }, false);
    for (const schema of [...SHARE_PATHS, ...MENU, 'web.share']) expect(can(schema), schema).toBe(true);
    for (const schema of ['web.sheet', 'onShareAppMessage.return.imageUrl', 'web.share.files', 'web.clipboard']) expect(can(schema), schema).toBe(false);
  });

  it('the sheet only: share paths, the sheet and images, no native share', () => {
    const can = answers({ dialog: true });
    for (const schema of [...SHARE_PATHS, 'web.sheet', 'onShareAppMessage.return.imageUrl']) expect(can(schema), schema).toBe(true);
    for (const schema of ['web.share', 'web.share.files']) expect(can(schema), schema).toBe(false);
  });

  it('neither: no share path, the menu state still works', () => {
    const can = answers({});
    for (const schema of SHARE_PATHS) expect(can(schema), schema).toBe(false);
    for (const schema of MENU) expect(can(schema), schema).toBe(true);
  });

  it('a sheet switched off by fallback: false is not offered', () => {
    expect(answers({ dialog: true }, false)('web.sheet')).toBe(false);
  });

  it('files only where native share takes a file', () => {
    expect(answers({ share: true, canShareFiles: true })('web.share.files')).toBe(true);
    expect(answers({ share: true, canShareFiles: false })('web.share.files')).toBe(false);
    expect(answers({ share: true, canShareFiles: 'throws' })('web.share.files')).toBe(false);
    expect(answers({ share: false, canShareFiles: true })('web.share.files')).toBe(false);
  });

  it('the clipboard where writeText exists', () => {
    expect(answers({ clipboard: true })('web.clipboard')).toBe(true);
    expect(answers({})('web.clipboard')).toBe(false);
  });

  it('unknown and hostile schemas are false', () => {
    const can = answers({ share: true, dialog: true, clipboard: true });
    for (const schema of ['', 'web', 'web.share.', '__proto__', 'toString', 'getShareInfo', 'onShareTimeline']) expect(can(schema), schema).toBe(false);
  });
});
