/**
 * Simulator machinery shared by every mini program runtime (WeChat, Alipay, Douyin, QQ, Baidu).
 * A platform's runtime composes these parts and adds only what is its own: its version tables,
 * its API object's functions, its menu reducers, what its share handler receives and returns,
 * its launch options and scenes. Never copy a platform's simulator; compose these.
 *
 * - `createVersionGate(version, shareSurface, generalApis)`: `has(schema)` / `atLeast(v)` for one
 *   base library version, over the platform's own FeatureTable (`since <= v < until`).
 * - `createSimContext(gate, app)`: the shared state: `calls`, `events`, `errors` (the records tests
 *   assert on), `generation` (bumped by destroy), `inTap`, `reportError` (records, then App.onError
 *   with a string, else an unhandled rejection). `clearRecords(ctx)`, `asTap(ctx, fn)`.
 * - `createLifecycle<Options, Entry, Menu>(ctx, { platform, maxPages, initialMenu, copyOptions })`:
 *   App/Page registration, the page stack and the hooks (onLaunch, onShow, onHide, onLoad, onReady,
 *   onUnload). The platform computes its launch options and calls `coldStart(route, query, options,
 *   entry)`, `resume(options, entry)` (from the background), `hotOpen(...)` (a card opened while
 *   running), and `resolve(url)` to find a page; `hide`, `destroy`, `navigateTo`, `redirectTo`,
 *   `navigateBack`, `reLaunch`; `top()` is the page whose `menu: Menu` the platform's menu APIs change.
 * - `changeTopMenu(life, change)`: applies a pure menu reducer to the current page (an `Outcome`).
 * - `createApiBuilder(ctx, { latency, result, returnsPromise })`: `defineSync(name, body)` /
 *   `defineAsync(name, body => Outcome)` add a function only where `gate.has(name)`, record each
 *   call, and answer through callbacks or a Promise in the platform's result shape.
 * - `createSharePanel(ctx, life)`: one panel at a time over the foreground page: `tappable()`,
 *   `open(page, handler, report, ...args)` (asks the handler synchronously, hides the page),
 *   `close(page, generation)` (shows it again), `release()`; `notOpened(report, reason)`.
 * - `schedule`, `sleep`, `raceTimeout`: timers looked up at call time (fake timers apply); 0 ms is a
 *   microtask. `parseUrl`, `normalizeRoute`, `stringifyQuery`, `pagePath`, `isObject`, `isThenable`.
 * - `optionReader(factory)`: validation of runtime options as ShareErrors naming the option.
 * - `installGlobals(target, values)`: defines globals (`my`, `App`, ...) and returns a restore function.
 */
export { type ApiBuilder, type ApiSpec, createApiBuilder, type Outcome, withoutCallbacks } from './api';
export {
  asTap,
  clearRecords,
  createSimContext,
  type SimCall,
  type SimContext,
  type SimLifecycleEvent,
  type SimStatus,
} from './context';
export { installGlobals } from './globals';
export {
  createLifecycle,
  type Lifecycle,
  type LifecycleSpec,
  type PageRecord,
  type SimAppInstance,
  type SimPageInstance,
  type SimPageOptions,
  type SimQuery,
} from './lifecycle';
export { changeTopMenu } from './menu';
export { type OptionReader, optionReader } from './options';
export { createSharePanel, type HandlerReport, notOpened, type PanelBlock, type SharePanel } from './share-panel';
export { type RaceResult, raceTimeout, schedule, sleep } from './timers';
export { isObject, isThenable, normalizeRoute, pagePath, parseUrl, stringifyQuery } from './url';
export { createVersionGate, type VersionGate } from './version-gate';
