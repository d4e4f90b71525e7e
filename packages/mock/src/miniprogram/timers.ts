// Timers are looked up on globalThis at call time, never captured at import: vi.useFakeTimers()
// installed after this module loaded must still apply.
interface TimerHost {
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

const host = () => globalThis as unknown as TimerHost;

/**
 * Runs `callback` after `ms` milliseconds; `ms <= 0` runs it on a microtask, so a runtime with
 * no latency never needs fake timers to be advanced.
 */
export function schedule(ms: number, callback: () => void): () => void {
  if (ms <= 0) {
    let cancelled = false;
    Promise.resolve().then(() => {
      if (!cancelled) callback();
    });
    return () => {
      cancelled = true;
    };
  }
  const handle = host().setTimeout(callback, ms);
  return () => host().clearTimeout(handle);
}

/** Resolves after `ms` (a microtask for `ms <= 0`). */
export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => {
    schedule(ms, resolve);
  });
}

export type RaceResult<T> = { kind: 'resolved'; value: T } | { kind: 'rejected'; error: unknown } | { kind: 'timeout' };

/** Settles with whichever comes first: the promise or the timeout. Never rejects. */
export function raceTimeout<T>(promise: PromiseLike<T>, ms: number): { result: Promise<RaceResult<T>>; cancel(): void } {
  let cancelTimer: () => void = () => {};
  const result = new Promise<RaceResult<T>>((resolve) => {
    let done = false;
    const finish = (value: RaceResult<T>) => {
      if (done) return;
      done = true;
      cancelTimer();
      resolve(value);
    };
    // A real timer even for 0 ms: a promise that is already resolved still wins the race.
    const handle = host().setTimeout(() => finish({ kind: 'timeout' }), Math.max(0, ms));
    cancelTimer = () => host().clearTimeout(handle);
    Promise.resolve(promise).then(
      (value) => finish({ kind: 'resolved', value }),
      (error: unknown) => finish({ kind: 'rejected', error }),
    );
  });
  return { result, cancel: () => cancelTimer() };
}
