// The bad-input corpus: hostile or malformed input to every public function of core. Each gets a
// typed ShareError or a documented normalisation, never a TypeError from inside the library.
import { describe, expect, it } from 'vitest';
import { compareVersion, createShareController, isShareError, type ShareAdapter } from '../src';
import { canIUseAt, initialState, transition, validateContent } from '../src/adapter';

const TABLE = { showShareMenu: { since: '1.1.0' } };

const HOSTILE: unknown[] = [
  undefined,
  null,
  0,
  Number.NaN,
  -1,
  '',
  ' ',
  'x'.repeat(100_000),
  '\u0000',
  '\u202e/pages/a',
  '__proto__',
  'constructor',
  'toString',
  true,
  Symbol('s'),
  10n,
  [],
  [1, 2],
  {},
  Object.create(null),
  JSON.parse('{"__proto__":{"polluted":1}}'),
  { toString: () => { throw new Error('hostile toString'); } },
  new Proxy({}, { get: () => { throw new Error('hostile getter'); } }),
  () => {},
  new Date(0),
  Promise.resolve(),
];

// Labels for test names: String() of the hostile values may throw, which is the point of them.
const CASES = HOSTILE.map((value, i) => {
  let label: string;
  try {
    label = typeof value === 'string' ? JSON.stringify(value.slice(0, 20)) : typeof value === 'symbol' ? 'a symbol' : Object.prototype.toString.call(value);
  } catch {
    label = 'a hostile object';
  }
  return [`#${i} ${label}`, value] as const;
});

/** Runs fn; passes when it returns or throws a ShareError with one of the codes. */
function typedOrFine(fn: () => unknown, codes: string[]): void {
  try {
    fn();
  } catch (error) {
    if (!isShareError(error) || !codes.includes(error.code)) {
      throw new Error(`expected a ShareError (${codes.join(', ')}), got ${String(error)}`);
    }
  }
}

const stub = (): ShareAdapter => ({
  platform: 'stub',
  initiation: ['app'],
  supports: () => true,
  canIUse: () => true,
  showMenu: async () => ({ menu: { visible: true, items: ['share'], tickets: false }, current: true }),
  hideMenu: async () => ({ menu: { visible: false, items: [], tickets: false }, current: true }),
  updateMenu: async () => ({ menu: { visible: true, items: ['share'], tickets: true }, current: true }),
  getShareInfo: async () => ({ source: 'getShareInfo', encryptedData: 'e', iv: 'i' }),
  share: async () => ({ status: 'shared' }),
});

describe('bad-input corpus', () => {
  it.each(CASES)('validateContent(%s) -> invalid-content or a clean copy', (_, value) => {
    typedOrFine(() => validateContent(value), ['invalid-content']);
    for (const field of ['title', 'path', 'url', 'imageUrl', 'text', 'files', 'wx']) {
      typedOrFine(() => validateContent({ [field]: value }), ['invalid-content']);
    }
  });

  it.each(CASES)('compareVersion / canIUseAt with %s -> invalid-version / invalid-argument', (_, value) => {
    typedOrFine(() => compareVersion(value as string, '1.0.0'), ['invalid-version']);
    typedOrFine(() => compareVersion('1.0.0', value as string), ['invalid-version']);
    typedOrFine(() => canIUseAt(TABLE, value as string, '2.0.0'), ['invalid-argument']);
    typedOrFine(() => canIUseAt(TABLE, 'showShareMenu', value as string), ['invalid-version']);
    expect(canIUseAt(value as never, 'showShareMenu', '2.0.0')).toBe(false);
  });

  it.each(CASES)('createShareController with %s -> invalid-argument', (_, value) => {
    typedOrFine(() => createShareController(value as never), ['invalid-argument']);
    typedOrFine(() => createShareController({ adapter: value as never }), ['invalid-argument']);
    typedOrFine(() => createShareController({ adapter: stub(), content: value as never }), ['invalid-argument']);
  });

  it.each(CASES)('controller methods with %s: typed rejections, failed outcomes, never a TypeError', async (_, value) => {
    const controller = createShareController({ adapter: stub(), content: { title: 't' } });
    expect(typeof controller.canIUse(value as string)).toBe('boolean');
    expect(controller.supports(value as never)).toBe(false);
    typedOrFine(() => controller.setContent(value as never), ['invalid-argument']);
    typedOrFine(() => controller.subscribe(value as never), ['invalid-argument']);
    for (const call of [
      () => controller.showMenu(value as never),
      () => controller.hideMenu(value as never),
      () => controller.updateMenu(value as never),
      () => controller.showMenu({ items: value } as never),
      () => controller.getShareInfo(value as never),
    ]) {
      const error = await call().then(
        () => undefined,
        (e: unknown) => e,
      );
      if (error !== undefined) expect(isShareError(error), String(error)).toBe(true);
    }
    const outcome = await controller.share(value as never);
    expect(['shared', 'failed']).toContain(outcome.status);
    if (outcome.status === 'failed') expect(isShareError(outcome.error)).toBe(true);
    expect(controller.getState().session.phase).toBe('idle');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it.each(CASES)('a provider returning %s: failed invalid-content or shared with clean content', async (_, value) => {
    const controller = createShareController({ adapter: stub(), content: () => value as never });
    const outcome = await controller.share();
    if (outcome.status === 'failed') expect(outcome.error.code).toBe('invalid-content');
    else expect(outcome.status).toBe('shared');
  });

  it('an adapter whose connect throws or whose initiation is hostile gives a typed error at creation', () => {
    const connectThrows = { ...stub(), connect: () => { throw new TypeError('boom'); } };
    typedOrFine(() => createShareController({ adapter: connectThrows }), ['platform']);
    expect(() => createShareController({ adapter: connectThrows })).toThrow(/^platform: the stub adapter failed to connect: boom/);
    const hostileInitiation = Object.defineProperty(stub(), 'initiation', { get: () => { throw new Error('getter'); } });
    expect(() => createShareController({ adapter: hostileInitiation })).toThrow(expect.objectContaining({ code: 'invalid-argument' }));
  });

  it('transition ignores events it does not know without corrupting state', () => {
    const state = initialState();
    for (const value of HOSTILE) {
      const event = { type: value } as never;
      expect(() => transition(state, event)).not.toThrow();
      expect(transition(state, event)).toBe(state);
    }
  });
});
