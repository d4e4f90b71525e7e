// `vitest` as the browser tests use it, for the engines vitest's browser mode cannot drive from
// Debian's packages (Firefox over BiDi, WebKit over WebKitWebDriver). run.mjs bundles the same
// test files with this module in place of `vitest`: the assertions are vitest's own
// (@vitest/expect on chai, @vitest/spy); only the runner is small. Results go to run.mjs.
import {
  ASYMMETRIC_MATCHERS_OBJECT,
  chai,
  customMatchers,
  getState,
  JestAsymmetricMatchers,
  JestChaiExpect,
  JestExtend,
  setState,
} from '@vitest/expect';
import { fn, spyOn } from '@vitest/spy';

chai.use(JestExtend);
chai.use(JestChaiExpect);
chai.use(JestAsymmetricMatchers);

type Hook = () => unknown;
type TestFn = () => unknown;
interface Test {
  name: string;
  fn: TestFn;
  timeout: number;
  skip?: boolean;
}
interface Suite {
  name: string;
  tests: Array<Test | Suite>;
  beforeEach: Hook[];
  afterEach: Hook[];
  beforeAll: Hook[];
  afterAll: Hook[];
}

const newSuite = (name: string): Suite => ({ name, tests: [], beforeEach: [], afterEach: [], beforeAll: [], afterAll: [] });
const rootSuite = newSuite('');
let current = rootSuite;
const DEFAULT_TIMEOUT = 5000;

// biome-ignore lint/suspicious/noExplicitAny: the shape of vitest's expect, built as vitest builds it
const expect: any = (value: unknown, message?: string) => {
  const { assertionCalls } = getState(expect);
  setState({ assertionCalls: assertionCalls + 1 }, expect);
  return chai.expect(value, message);
};
Object.assign(expect, chai.expect);
Object.assign(expect, (globalThis as Record<symbol, unknown>)[ASYMMETRIC_MATCHERS_OBJECT as unknown as symbol]);
expect.getState = () => getState(expect);
expect.setState = (state: object) => setState(state, expect);
setState({ assertionCalls: 0, isExpectingAssertions: false, expectedAssertionsNumber: null }, expect);
// biome-ignore lint/suspicious/noExplicitAny: JestExtend adds extend() to chai.expect at run time
expect.extend = (matchers: object) => (chai.expect as any).extend(expect, matchers);
expect.extend(customMatchers);

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Retries `check` until it stops throwing (vi.waitFor / expect.poll semantics, default 1 s). */
async function retry<T>(check: () => T | Promise<T>, options: number | { timeout?: number; interval?: number } = {}): Promise<T> {
  const { timeout = 1000, interval = 50 } = typeof options === 'number' ? { timeout: options } : options;
  const deadline = Date.now() + timeout;
  for (;;) {
    try {
      return await check();
    } catch (e) {
      if (Date.now() > deadline) throw e;
      await sleep(interval);
    }
  }
}

expect.poll = (read: () => unknown, options?: { timeout?: number; interval?: number }) =>
  new Proxy(
    {},
    {
      get:
        (_, matcher: string) =>
        (...args: unknown[]) =>
          retry(async () => expect(await read())[matcher](...args), options),
    },
  );

export { expect };

export const vi = {
  fn,
  spyOn,
  waitFor: retry,
};

export function describe(name: string, body: () => void): void {
  const parent = current;
  const suite = newSuite(name);
  parent.tests.push(suite);
  current = suite;
  try {
    body();
  } finally {
    current = parent;
  }
}

export function it(name: string, body: TestFn, timeout = DEFAULT_TIMEOUT): void {
  current.tests.push({ name, fn: body, timeout });
}
export const test = it;

/** `it.skipIf(condition)(name, fn)`: reported as skipped where the condition holds. */
it.skipIf = (condition: unknown) => (name: string, body: TestFn, timeout?: number) => {
  current.tests.push({ name, fn: body, timeout: timeout ?? DEFAULT_TIMEOUT, skip: Boolean(condition) });
};

/** `it.each(table)(name, fn)`: %s, %i and %j take the row's values in order, as vitest formats them. */
it.each =
  <T extends readonly unknown[]>(rows: readonly T[]) =>
  (name: string, body: (...args: T) => unknown, timeout?: number) => {
    for (const row of rows) {
      const args = (Array.isArray(row) ? row : [row]) as unknown as T;
      let i = 0;
      const title = name.replace(/%[sijdo]/g, () => {
        const value = args[i++];
        return typeof value === 'string' ? value : JSON.stringify(value);
      });
      it(title, () => body(...args), timeout);
    }
  };

export const beforeEach = (hook: Hook) => void current.beforeEach.push(hook);
export const afterEach = (hook: Hook) => void current.afterEach.push(hook);
export const beforeAll = (hook: Hook) => void current.beforeAll.push(hook);
export const afterAll = (hook: Hook) => void current.afterAll.push(hook);

export interface TestResult {
  name: string;
  state: 'pass' | 'fail' | 'skip';
  error?: string;
  ms: number;
}

function withTimeout(run: () => unknown, ms: number, what: string): Promise<unknown> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timedOut = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} timed out in ${ms} ms`)), ms);
  });
  return Promise.race([Promise.resolve().then(run), timedOut]).finally(() => clearTimeout(timer));
}

const describeError = (e: unknown) => (e instanceof Error ? `${e.name}: ${e.message}\n${e.stack ?? ''}` : String(e));

async function runSuite(suite: Suite, path: string[], parents: Suite[], report: (r: TestResult) => Promise<void>): Promise<void> {
  const chain = [...parents, suite];
  for (const hook of suite.beforeAll) await withTimeout(hook, 10_000, 'beforeAll');
  for (const entry of suite.tests) {
    if ('tests' in entry) {
      await runSuite(entry, [...path, entry.name], chain, report);
      continue;
    }
    if (entry.skip) {
      await report({ name: [...path, entry.name].join(' > '), state: 'skip', error: 'not in this engine (see the test)', ms: 0 });
      continue;
    }
    const started = performance.now();
    let error: unknown;
    try {
      for (const s of chain) for (const hook of s.beforeEach) await withTimeout(hook, 10_000, 'beforeEach');
      await withTimeout(entry.fn, entry.timeout, 'test');
    } catch (e) {
      error = e;
    }
    for (const s of [...chain].reverse()) {
      for (const hook of s.afterEach) {
        try {
          await withTimeout(hook, 10_000, 'afterEach');
        } catch (e) {
          error ??= e;
        }
      }
    }
    const name = [...path, entry.name].join(' > ');
    await report({ name, state: error === undefined ? 'pass' : 'fail', error: error === undefined ? undefined : describeError(error), ms: Math.round(performance.now() - started) });
  }
  for (const hook of suite.afterAll) await withTimeout(hook, 10_000, 'afterAll');
}

/** Runs every test the file registered, reporting each to `report`; called by the page's entry. */
export function runRegistered(report: (r: TestResult) => Promise<void>): Promise<void> {
  return runSuite(rootSuite, [], [], report);
}
