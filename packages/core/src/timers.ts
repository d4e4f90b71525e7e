// Core's lib has no DOM and no Node types: name only the two functions it needs, looked up at call
// time so fake timers installed after the controller was created still apply.
type Timers = {
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
};

const timers = () => globalThis as unknown as Timers;

export function after(ms: number, fn: () => void): () => void {
  const handle = timers().setTimeout(fn, ms);
  return () => timers().clearTimeout(handle);
}
