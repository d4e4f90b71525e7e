import type { Capability } from '@sharekit/core';
import { createWxRuntime } from '@sharekit/mock/wx';
import { describe, expect, it } from 'vitest';
import { createWxAdapter, type WxLike } from '../src/index';

const CAPABILITIES: Capability[] = ['share', 'button', 'menu', 'image', 'text', 'async', 'result', 'tickets', 'timeline', 'files'];

interface Row {
  version: string;
  /** APIs this runtime lacks (a trimmed or faked `wx`). */
  without?: Array<keyof WxLike>;
  yes: Capability[];
}

// wx-share-facts.md: the button 1.2.0, the menu and tickets 1.1.0, imageUrl 1.5.0, result callbacks
// 1.1.0 to 2.2.x, Moments 2.11.3, the promise field 2.12.0; never an app-started share, a
// description or files. Tickets need the menu option and a way to read the group.
const ROWS: Row[] = [
  { version: '1.0.0', yes: [] },
  { version: '1.1.0', yes: ['menu', 'result', 'tickets'] },
  { version: '1.2.0', yes: ['button', 'menu', 'result', 'tickets'] },
  { version: '1.5.0', yes: ['button', 'menu', 'image', 'result', 'tickets'] },
  { version: '2.2.3', yes: ['button', 'menu', 'image', 'result', 'tickets'] },
  { version: '2.3.0', yes: ['button', 'menu', 'image', 'tickets'] },
  { version: '2.11.2', yes: ['button', 'menu', 'image', 'tickets'] },
  { version: '2.11.3', yes: ['button', 'menu', 'image', 'tickets', 'timeline'] },
  { version: '2.12.0', yes: ['button', 'menu', 'image', 'async', 'tickets', 'timeline'] },
  { version: '3.4.0', yes: ['button', 'menu', 'image', 'async', 'tickets', 'timeline'] },
  // getGroupEnterInfo (2.10.4+) alone still reads groups; before it, getShareInfo is the only way.
  { version: '3.4.0', without: ['getShareInfo'], yes: ['button', 'menu', 'image', 'async', 'tickets', 'timeline'] },
  { version: '2.10.3', without: ['getShareInfo'], yes: ['button', 'menu', 'image'] },
  // No showShareMenu: no menu to ask tickets of, and no Moments item to show.
  { version: '3.4.0', without: ['showShareMenu'], yes: ['button', 'image', 'async'] },
];

describe('supports() per base library version', () => {
  it.each(ROWS)('$version without $without: $yes', ({ version, without = [], yes }) => {
    const wx: Record<string, unknown> = { ...createWxRuntime({ SDKVersion: version }).wx };
    for (const api of without) delete wx[api];
    const adapter = createWxAdapter({ wx: wx as WxLike, getCurrentPages: null });
    expect(CAPABILITIES.filter((c) => adapter.supports(c))).toEqual(yes);
    expect(adapter.supports('unknown' as Capability)).toBe(false);
  });
});
