// JavaScriptCore before iOS 12.2 (WeChat's engine on those phones) has no `globalThis`: core must
// reach timers and console as plain globals, or a share request throws inside the controller and
// the session never ends.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createShareController, type ShareAdapter, type ShareState } from '../src';
import type { ShareHost } from '../src/adapter';

function userAdapter() {
  let host: ShareHost | undefined;
  const adapter: ShareAdapter = {
    platform: 'old-ios',
    initiation: ['user'],
    supports: () => false,
    canIUse: () => false,
    connect(next) {
      host = next;
      return () => {};
    },
  };
  return { adapter, host: () => host! };
}

/** Runs `body` with the `globalThis` binding gone, as on old engines. */
function withoutGlobalThis<T>(body: () => T): T {
  const global = globalThis;
  const descriptor = Object.getOwnPropertyDescriptor(global, 'globalThis')!;
  Reflect.deleteProperty(global, 'globalThis');
  try {
    return body();
  } finally {
    Object.defineProperty(global, 'globalThis', descriptor);
  }
}

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe('an engine without globalThis', () => {
  it('hands content to the platform and ends the session with the present timeout', () => {
    vi.useFakeTimers();
    const { adapter, host } = userAdapter();
    const states: ShareState[] = [];
    const hosted = withoutGlobalThis(() => {
      const controller = createShareController({ adapter, content: { title: 'card' }, presentTimeout: 1000 });
      controller.subscribe((s) => states.push(s));
      const hosted = host().request({ from: 'menu' });
      vi.advanceTimersByTime(1000);
      return hosted;
    });
    expect(hosted.error).toBeUndefined();
    expect(hosted.content).toEqual({ title: 'card' });
    expect(states.at(-1)?.settled?.outcome).toEqual({ status: 'unconfirmed' });
  });

  it('reports a throwing listener with console.error', () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const { adapter } = userAdapter();
    const boom = new Error('listener failed');
    withoutGlobalThis(() => {
      const controller = createShareController({ adapter });
      controller.subscribe(() => {
        throw boom;
      });
      controller.setContent({ title: 'x' });
      controller.dispose();
    });
    expect(error).toHaveBeenCalledWith(boom);
  });
});
