// The model must fail adapters that break the contract; otherwise it proves nothing.
import { ShareError, type ShareAdapter, type ShareOutcome } from '@sharekit/core';
import { describe, expect, it } from 'vitest';
import { runModel } from '../src/model';
import type { AdapterHarness, ScriptedResult } from '../src/types';

const OUTCOMES: Record<ScriptedResult, ShareOutcome> = {
  shared: { status: 'shared', tickets: [] },
  cancelled: { status: 'cancelled' },
  failed: { status: 'failed', error: new ShareError('platform', 'scripted') },
  unconfirmed: { status: 'unconfirmed' },
};

/** The reason fast-check found (its own message holds the counterexample). */
const reason = (run: Promise<void>) =>
  run.then(
    () => 'passed',
    (e: Error) => String((e.cause as Error | undefined)?.message ?? e.message),
  );

/** A small app-initiated adapter; `lie` makes it misbehave in one way. */
function harness(lie?: 'outcome' | 'menu-rejects' | 'hang'): () => AdapterHarness {
  return () => {
    let next: ScriptedResult = 'shared';
    const adapter: ShareAdapter = {
      platform: 'fixture',
      initiation: ['app'],
      supports: (c) => c === 'share' || c === 'menu' || c === 'result',
      canIUse: () => false,
      showMenu: async () => {
        if (lie === 'menu-rejects') throw new ShareError('platform', 'showShareMenu:fail');
        return { menu: { visible: true, items: ['share'], tickets: false }, current: true };
      },
      hideMenu: async () => ({ menu: { visible: false, items: [], tickets: false }, current: true }),
      share: () => {
        if (lie === 'hang') return new Promise(() => {});
        // The lie: a share nobody confirmed reported as shared.
        if (lie === 'outcome' && next === 'unconfirmed') return Promise.resolve(OUTCOMES.shared);
        return Promise.resolve(OUTCOMES[next]);
      },
    };
    return {
      adapter,
      next: (r) => {
        next = r;
      },
    };
  };
}

describe('runModel', () => {
  it('passes an adapter that keeps the contract', async () => {
    await expect(runModel(harness(), { runs: 200, wait: 200, seed: 1 })).resolves.toBeUndefined();
  });

  it('fails an adapter that reports shared for a share nobody confirmed', async () => {
    expect(await reason(runModel(harness('outcome'), { runs: 200, wait: 200, seed: 1 }))).toBe('share() ended shared, scripted unconfirmed');
  });

  it('fails an adapter whose menu never works where it says it does', async () => {
    expect(await reason(runModel(harness('menu-rejects'), { runs: 200, wait: 200, seed: 1 }))).toMatch(/^showMenu\(.*\) failed platform but supports\('menu'\) is true$/);
  });

  it('fails an adapter that never answers (its sessions end unconfirmed by timeout)', async () => {
    expect(await reason(runModel(harness('hang'), { runs: 20, wait: 100, seed: 1 }))).toMatch(/^share\(\) ended unconfirmed, scripted (shared|cancelled|failed)$/);
  });
});
