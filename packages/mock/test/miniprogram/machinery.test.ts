// The simulator machinery on its own, as a new platform's runtime composes it: a made-up platform
// with one share API, a per-page menu and a panel.
import { isShareError } from '@sharekit/core';
import { describe, expect, it } from 'vitest';
import {
  changeTopMenu,
  createApiBuilder,
  createLifecycle,
  createSharePanel,
  createSimContext,
  createVersionGate,
  installGlobals,
  notOpened,
  optionReader,
  withoutCallbacks,
} from '../../src/miniprogram';

interface Options {
  path: string;
  query: Record<string, string>;
}

function platform(version = '2.0.0') {
  const gate = createVersionGate(version, { hideShareMenu: { since: '1.5.0' } }, { getSystemInfoSync: '1.0.0' });
  let life: ReturnType<typeof createLifecycle<Options, string, { hidden: boolean }>> | undefined;
  const ctx = createSimContext(gate, () => life?.app());
  life = createLifecycle<Options, string, { hidden: boolean }>(ctx, {
    platform: 'Test',
    maxPages: 2,
    initialMenu: () => ({ hidden: false }),
    copyOptions: (o) => ({ ...o, query: { ...o.query } }),
  });
  const lifecycle = life;
  const { api, defineAsync, defineSync } = createApiBuilder(ctx, {
    latency: 0,
    result: (name, outcome) => (outcome.ok ? { ok: name } : { failed: outcome.detail }),
    returnsPromise: (_name, options, promise) => promise && withoutCallbacks(options),
  });
  defineSync('getSystemInfoSync', () => ({ version }));
  defineAsync('hideShareMenu', () => changeTopMenu(lifecycle, () => ({ hidden: true })));
  const launch = (path = '/pages/a/index?x=1') => {
    const { route, query } = lifecycle.resolve(path);
    return lifecycle.coldStart(route, query, { path: route, query }, 'entry');
  };
  return { ctx, life: lifecycle, api, launch, panel: createSharePanel(ctx, lifecycle) };
}

describe('the version gate', () => {
  it('answers the share table (since / until) and the general APIs; rejects a malformed version', () => {
    const gate = createVersionGate('1.5.0', { a: { since: '1.0.0', until: '1.5.0' }, b: { since: '1.5.0' } }, { c: '1.6.0' });
    expect([gate.has('a'), gate.has('b'), gate.has('c'), gate.has('toString')]).toEqual([false, true, false, false]);
    expect(() => createVersionGate('x', {}, {})).toThrow();
  });
});

describe('the lifecycle', () => {
  it('fires the hooks of a cold start, records them, and keeps the entry', () => {
    const { life, ctx, launch } = platform();
    const seen: string[] = [];
    life.registerApp({ onLaunch: () => seen.push('app.onLaunch'), onShow: () => seen.push('app.onShow') });
    life.registerPage('/pages/a/index', { onLoad: (q: unknown) => seen.push(`onLoad ${JSON.stringify(q)}`), onShow: () => seen.push('onShow') });
    expect(launch()).toEqual({ path: 'pages/a/index', query: { x: '1' } });
    expect(seen).toEqual(['app.onLaunch', 'app.onShow', 'onLoad {"x":"1"}', 'onShow']);
    expect(ctx.events.map((e) => e.hook)).toEqual(['onLaunch', 'onShow', 'onLoad', 'onShow', 'onReady']);
    expect(life.entry()).toBe('entry');
    expect(life.status()).toBe('foreground');
  });

  it('holds maxPages pages; each page has its own menu; destroy bumps the generation', () => {
    const { life, ctx, launch } = platform();
    life.registerPage('/pages/a/index', {});
    life.registerPage('/pages/b/index', {});
    launch();
    (life.top() as { menu: { hidden: boolean } }).menu = { hidden: true };
    life.navigateTo('/pages/b/index');
    expect(life.top()?.menu).toEqual({ hidden: false });
    expect(() => life.navigateTo('/pages/a/index')).toThrow(/stack is full \(2 pages\)/);
    life.navigateBack(1);
    expect(life.top()?.menu).toEqual({ hidden: true });
    life.destroy();
    expect([life.status(), ctx.generation, life.top()]).toEqual(['destroyed', 1, undefined]);
  });

  it('reports what a hook throws to App.onError as a string, and names the platform in its errors', () => {
    const { life, launch } = platform();
    const errors: string[] = [];
    life.registerApp({ onError: (e: string) => errors.push(e) });
    expect(() => life.registerApp({})).toThrow(/Test registers the app once/);
    life.registerPage('/pages/a/index', {
      onShow() {
        throw new Error('boom');
      },
    });
    launch();
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain('boom');
    let thrown: unknown;
    try {
      life.resolve('/pages/none/index');
    } catch (e) {
      thrown = e;
    }
    expect(isShareError(thrown, 'invalid-argument')).toBe(true);
  });
});

describe('the API builder and the panel', () => {
  it('defines functions from their version, records calls, answers by callback or Promise', async () => {
    const old = platform('1.0.0');
    expect(old.api.hideShareMenu).toBeUndefined();
    const { api, life, ctx, launch } = platform();
    life.registerPage('/pages/a/index', {});
    launch();
    const hide = api.hideShareMenu as (o?: object) => Promise<unknown> | undefined;
    await expect(hide()).resolves.toEqual({ ok: 'hideShareMenu' });
    expect(life.top()?.menu).toEqual({ hidden: true });
    const answer = await new Promise((resolve) => hide({ success: resolve }));
    expect(answer).toEqual({ ok: 'hideShareMenu' });
    expect(ctx.calls.map((c) => c.api)).toEqual(['hideShareMenu', 'hideShareMenu']);
  });

  it('opens one panel at a time over the foreground page, hiding it until the panel closes', () => {
    const { panel, life, launch } = platform();
    life.registerPage('/pages/a/index', { onShareAppMessage: () => ({ title: 't' }) });
    expect(panel.tappable()).toBe('not-running');
    launch();
    const page = panel.tappable();
    if (typeof page === 'string') throw new Error(page);
    const report: { opened: boolean; reason?: string; returned?: unknown } = { opened: true };
    expect(panel.open(page, page.instance.onShareAppMessage as Function, report)).toEqual({ title: 't' });
    expect(page.visible).toBe(false);
    expect(panel.tappable()).toBe('busy');
    panel.close(page, 0);
    expect(page.visible).toBe(true);
    expect(notOpened(report, 'busy')).toEqual({ opened: false, reason: 'busy', returned: { title: 't' } });
  });
});

describe('options and globals', () => {
  it('validates options as ShareErrors naming the factory and option', () => {
    const read = optionReader('createTestRuntime');
    expect(() => read.milliseconds('latency', -1, 0)).toThrow(/createTestRuntime: latency must be a non-negative number/);
    expect(read.oneOf('platform', undefined, ['ios', 'android'] as const, 'ios')).toBe('ios');
    expect(() => read.nonEmpty('appName', '', 'x')).toThrow(/appName must be a non-empty string/);
  });

  it('installs globals and restores what was there', () => {
    const target: Record<string, unknown> = { my: 'old' };
    const restore = installGlobals(target, { my: 'new', App: 'app' });
    expect([target.my, target.App]).toEqual(['new', 'app']);
    restore();
    expect(target).toEqual({ my: 'old' });
  });
});
