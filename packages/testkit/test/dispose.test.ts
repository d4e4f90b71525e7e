// The dispose checks must fail adapters that outlive their controller; otherwise they prove nothing.
import type { ShareAdapter, ShareOutcome } from '@sharekit/core';
import type { ShareHost } from '@sharekit/core/adapter';
import { describe, expect, it } from 'vitest';
import { checkDispose, checkNewerControllerSurvives } from '../src/dispose';
import type { AdapterHarness } from '../src/types';

const caps = ['shared'] as const;

/**
 * A small adapter over a "platform" that answers menu calls after 10 s (or never, once silenced).
 * `leak`: its disconnect forgets the pending call and its timer; `unhook`: its disconnect
 * unhooks whoever is connected, a newer controller too.
 */
function harness(fault?: 'leak' | 'unhook'): () => AdapterHarness {
  return () => {
    let host: ShareHost | undefined;
    let silent = false;
    const pending = new Set<() => void>();
    const menu = { menu: { visible: true, items: ['share'], tickets: false }, current: true };
    const slowCall = () =>
      new Promise<typeof menu>((resolve) => {
        if (silent) {
          // A hung bridge: only a 10 s guard would end it.
          const timer = setTimeout(() => resolve(menu), 10_000);
          pending.add(() => clearTimeout(timer));
          return;
        }
        resolve(menu);
      });
    const adapter: ShareAdapter = {
      platform: 'fixture',
      initiation: ['app', 'user'],
      supports: (c) => c === 'share' || c === 'menu' || c === 'result' || c === 'button',
      canIUse: () => false,
      showMenu: slowCall,
      hideMenu: slowCall,
      updateMenu: slowCall,
      share: () => Promise.resolve<ShareOutcome>({ status: 'shared' }),
      connect(next) {
        host = next;
        return () => {
          if (fault !== 'unhook' && host !== next) return;
          host = undefined;
          if (fault !== 'leak') for (const stop of pending) stop();
          pending.clear();
        };
      },
    };
    return {
      adapter,
      next: () => {},
      tap() {
        host?.request({ from: 'menu' }).settle({ status: 'shared' });
      },
      silence() {
        silent = true;
      },
      cleanup() {
        for (const stop of pending) stop();
      },
    };
  };
}

describe('checkDispose', () => {
  it('passes an adapter that ends its calls and timers on disconnect', async () => {
    await expect(checkDispose(harness(), caps)).resolves.toBeUndefined();
  });

  it('fails an adapter that leaves a timer armed after dispose', async () => {
    await expect(checkDispose(harness('leak'), caps)).rejects.toThrow(/1 timer\(s\) still armed after dispose\(\)/);
  });
});

describe('checkNewerControllerSurvives', () => {
  it('passes an adapter whose disconnect unhooks only its own controller', async () => {
    await expect(checkNewerControllerSurvives(harness(), caps, 500)).resolves.toBeUndefined();
  });

  it('fails an adapter whose old disconnect unhooks the newer controller', async () => {
    await expect(checkNewerControllerSurvives(harness('unhook'), caps, 200)).rejects.toThrow(/no longer reached the newer one/);
  });
});
