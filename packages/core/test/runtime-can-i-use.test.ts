import { describe, expect, it } from 'vitest';
import { pageFinder, runtimeCanIUse, staticCanIUse } from '../src/adapter/index';
import { isShareError } from '../src/index';

const table = { showShareMenu: { since: '1.1.0' }, onShareAppMessage: { since: '1.0.0' }, 'showShareMenu.object.menus': { since: '2.0.0' } };
const options = { table, tableOnly: ['onShareAppMessage'] };

describe('runtimeCanIUse', () => {
  it('needs both the version and the function on the platform object', () => {
    const api = { showShareMenu() {} };
    expect(runtimeCanIUse(options, api, '1.1.0', 'showShareMenu')).toBe(true);
    expect(runtimeCanIUse(options, api, '1.0.9', 'showShareMenu')).toBe(false);
    expect(runtimeCanIUse(options, {}, '9.0.0', 'showShareMenu')).toBe(false);
    expect(runtimeCanIUse(options, api, '1.9.0', 'showShareMenu.object.menus')).toBe(false);
  });

  it("asks the platform's own canIUse only from the version the table gives it", () => {
    const api = { canIUse: () => true };
    const withOwn = { table: { ...table, canIUse: { since: '1.35.0' } }, tableOnly: [] };
    expect(runtimeCanIUse(withOwn, api, '1.34.9', 'getLocation')).toBe(false);
    expect(runtimeCanIUse(withOwn, api, '1.35.0', 'getLocation')).toBe(true);
    // A table that does not list canIUse leaves the answer to the platform object.
    expect(runtimeCanIUse(options, api, '0.1.0', 'getLocation')).toBe(true);
  });

  it('answers table-only schemas from the table alone', () => {
    expect(runtimeCanIUse(options, undefined, '1.0.0', 'onShareAppMessage')).toBe(true);
  });

  it("asks the platform's own canIUse outside the table, and never throws", () => {
    const api = {
      canIUse(this: { yes: string }, schema: string) {
        if (schema === 'boom') throw new Error('boom');
        return schema === this.yes;
      },
      yes: 'getLocation',
    };
    expect(runtimeCanIUse(options, api, '1.0.0', 'getLocation')).toBe(true);
    expect(runtimeCanIUse(options, api, '1.0.0', 'other')).toBe(false);
    expect(runtimeCanIUse(options, api, '1.0.0', 'boom')).toBe(false);
    expect(runtimeCanIUse(options, api, 'x', 'showShareMenu')).toBe(false);
    expect(runtimeCanIUse(options, api, '1.0.0', 42 as unknown as string)).toBe(false);
  });
});

describe('staticCanIUse', () => {
  it('reads the table at a version; a missing version is invalid-version', () => {
    const canIUse = staticCanIUse(table);
    expect(canIUse('showShareMenu', { version: '1.1.0' })).toBe(true);
    expect(canIUse('nope', { version: '9.0.0' })).toBe(false);
    const hostile = Object.defineProperty({}, 'version', {
      get() {
        throw new Error('no');
      },
    }) as { version: string };
    expect(() => canIUse('showShareMenu', hostile)).toThrow(expect.objectContaining({ code: 'invalid-version' }));
    try {
      canIUse('showShareMenu', hostile);
    } catch (e) {
      expect(isShareError(e)).toBe(true);
    }
  });
});

describe('pageFinder', () => {
  it('takes the top of getCurrentPages, else one key per route', () => {
    const a = {};
    const b = {};
    expect(pageFinder(() => [a, b])()).toBe(b);
    const byRoute = pageFinder(undefined);
    const first = { route: 'pages/a' };
    expect(byRoute(first)).toBe(first);
    expect(byRoute({ route: 'pages/a' })).toBe(first);
    expect(byRoute({})).toBeUndefined();
    expect(pageFinder(() => [])({ route: 'pages/b' })).toEqual({ route: 'pages/b' });
  });

  it("finds the global getCurrentPages when given none, and uses no pages when given null", () => {
    const top = {};
    const global = globalThis as { getCurrentPages?: () => unknown[] };
    global.getCurrentPages = () => [top];
    try {
      expect(pageFinder(undefined)()).toBe(top);
      const self = { route: 'pages/a' };
      expect(pageFinder(null)(self)).toBe(self);
    } finally {
      delete global.getCurrentPages;
    }
  });
});
