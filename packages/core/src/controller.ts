import type {
  ContentSource,
  HideMenuOptions,
  HostedShare,
  LaunchContext,
  ShareContent,
  ShareController,
  ShareControllerOptions,
  ShareEvent,
  ShareFrom,
  ShareHost,
  ShareInfo,
  ShareInitiator,
  ShareListener,
  ShareMenuName,
  ShareOutcome,
  ShareState,
  ShareTrigger,
  ShowMenuOptions,
  UpdateMenuOptions,
} from './contract';
import { ShareError, toShareError } from './errors';
import { initialState, transition } from './machine';
import { failedWith, normalizeOutcome } from './outcome';
import { after, logError } from './timers';
import { validateContent } from './validate';

type Composed = { content?: ShareContent; pending?: Promise<ShareContent>; error?: ShareError };

const FROM: readonly ShareFrom[] = ['menu', 'button', 'api'];
const MENUS: readonly ShareMenuName[] = ['shareAppMessage', 'shareTimeline'];

const invalid = (detail: string) => new ShareError('invalid-argument', detail);

const isThenable = (value: unknown): value is PromiseLike<unknown> =>
  typeof value === 'object' && value !== null && typeof (value as { then?: unknown }).then === 'function';

function checkSource(source: unknown): ContentSource {
  if (typeof source === 'function' || (typeof source === 'object' && source !== null && !Array.isArray(source))) {
    return source as ContentSource;
  }
  throw invalid(`content must be share content or a provider function (got ${source === null ? 'null' : typeof source})`);
}

function menuOptions<T extends object>(options: unknown, name: string): T {
  return read(`${name} options`, () => checkMenuOptions<T>(options, name));
}

function checkMenuOptions<T extends object>(options: unknown, name: string): T {
  if (options === undefined) return {} as T;
  if (typeof options !== 'object' || options === null) throw invalid(`${name} options must be an object`);
  const o = options as Record<string, unknown>;
  if (o.withShareTicket !== undefined && typeof o.withShareTicket !== 'boolean') {
    throw invalid(`${name}: withShareTicket must be a boolean (got ${typeof o.withShareTicket})`);
  }
  if (
    o.menus !== undefined &&
    (!Array.isArray(o.menus) || o.menus.some((m) => !MENUS.includes(m as ShareMenuName)))
  ) {
    throw invalid(`${name}: menus must be a list of ${MENUS.join(' / ')}`);
  }
  // A copy: the state must not change when the caller mutates its options object later.
  return (Array.isArray(o.menus) ? { ...o, menus: [...o.menus] } : { ...o }) as T;
}

function launchContext(context: unknown): LaunchContext {
  const c = (typeof context === 'object' && context !== null ? context : {}) as Record<string, unknown>;
  const query: Record<string, string> = {};
  if (typeof c.query === 'object' && c.query !== null) {
    for (const [k, v] of Object.entries(c.query)) if (typeof v === 'string') query[k] = v;
  }
  // Only well-typed fields: a platform's odd launch options must not reach the app as truth.
  return {
    ...(typeof c.scene === 'number' && { scene: c.scene }),
    ...(typeof c.shareTicket === 'string' && c.shareTicket !== '' && { shareTicket: c.shareTicket }),
    ...(typeof c.path === 'string' && { path: c.path }),
    ...(c.query !== undefined && { query }),
  };
}

/**
 * Calls the app's onListenerError. Its own throw (`(e) => { throw e }` is common in tests) is
 * logged, never propagated: it would escape from share() or leave a session half-dispatched.
 */
const containedHandler = (handler: (error: unknown) => void) => (error: unknown) => {
  try {
    handler(error);
  } catch (thrown) {
    logError(thrown);
  }
};

/** Share info as the platform must hand it over; anything else is a platform fault. */
function checkShareInfo(info: unknown, platform: string): ShareInfo {
  const i = info as Partial<ShareInfo> | null | undefined;
  if (!i || typeof i.encryptedData !== 'string' || !i.encryptedData || typeof i.iv !== 'string' || !i.iv) {
    throw new ShareError('platform', `the ${platform} adapter gave share info without encryptedData and iv; try again`, { platform });
  }
  return i as ShareInfo;
}

/** Reads untrusted input: a getter or proxy that throws becomes a ShareError `invalid-argument`. */
function read<T>(what: string, fn: () => T): T {
  try {
    return fn();
  } catch (error) {
    if (error instanceof ShareError) throw error;
    throw new ShareError('invalid-argument', `${what} could not be read (a getter threw); pass plain data`, { cause: error });
  }
}

const MAX_TIMER = 2 ** 31 - 1; // setTimeout's limit: larger values fire at once

function checkTimeout(name: string, value: unknown, fallback: number): number {
  if (value === undefined) return fallback;
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 1 || value > MAX_TIMER) {
    throw invalid(`${name} must be a number of ms from 1 to ${MAX_TIMER} (got ${typeof value === 'number' ? value : typeof value}); a session must not hang`);
  }
  return value;
}

function readOptions(options: ShareControllerOptions) {
  const o = read('createShareController options', () => ({ ...options }));
  const adapter = o.adapter;
  if (typeof adapter !== 'object' || adapter === null || read('the adapter', () => typeof adapter.platform) !== 'string') {
    throw invalid('createShareController needs { adapter }, a ShareAdapter such as createMockAdapter()');
  }
  return {
    adapter,
    // Read once: a getter that changes its mind later cannot turn a share into a TypeError.
    initiation: read('adapter.initiation', () => ({ app: adapter.initiation?.app === true, user: adapter.initiation?.user === true })),
    content: o.content,
    presentTimeout: checkTimeout('presentTimeout', o.presentTimeout, 60_000),
    composeTimeout: checkTimeout('composeTimeout', o.composeTimeout, 10_000),
    onListenerError: typeof o.onListenerError === 'function' ? containedHandler(o.onListenerError) : logError,
  };
}

/**
 * The one object an app talks to: runs the state machine, validates content, calls the adapter.
 * Apps on every platform use the same controller; only the adapter changes.
 */
export function createShareController(options: ShareControllerOptions): ShareController {
  const { adapter, initiation, content, presentTimeout, composeTimeout, onListenerError } = readOptions(options);
  const { platform } = adapter;
  let source = checkSource(content ?? {});
  let state = initialState(adapter.initialMenu);
  const listeners = new Set<ShareListener>();
  // Per request id: whoever waits for its outcome (share() callers, adapters closing their UI).
  const waiters = new Map<number, Array<(outcome: ShareOutcome) => void>>();
  const onSettle = (id: number, fn: (outcome: ShareOutcome) => void) => waiters.set(id, [...(waiters.get(id) ?? []), fn]);
  const running = (id: number) => state.session.phase !== 'idle' && state.session.id === id;
  let cancelTimer: (() => void) | undefined;
  // Menu and share-info calls waiting for the platform: dispose() rejects them at once.
  const aborts = new Set<() => void>();
  const disposedError = (what: string) => new ShareError('disposed', `${what}: the share controller was disposed`, { platform });

  /**
   * A menu or share-info call: `start` checks the input and asks the platform; `finish` takes the
   * answer. The promise returned is the caller's own (no async wrapper adds ticks), and `finish`
   * runs in the step that resolves it: so a call still pending when dispose() runs rejects
   * `disposed`, however soon after the platform's answer, and never succeeds after it.
   */
  function platformCall<T>(what: string, start: () => unknown, finish: (answer: unknown) => T): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      const fail = (e: unknown) => {
        aborts.delete(abort);
        reject(toShareError(e, 'platform', platform));
      };
      const abort = () => fail(disposedError(what));
      aborts.add(abort);
      try {
        Promise.resolve(start())
          .then((answer) => {
            if (state.disposed) throw disposedError(what);
            // A listener that disposes during `finish` rejects first; resolve is then a no-op.
            const value = finish(answer);
            aborts.delete(abort);
            resolve(value);
          })
          .catch(fail);
      } catch (e) {
        fail(e);
      }
    });
  }

  function armTimer(): void {
    cancelTimer?.();
    cancelTimer = undefined;
    const { session } = state;
    if (session.phase === 'idle') return;
    const { id } = session;
    cancelTimer = after(session.phase === 'composing' ? composeTimeout : presentTimeout, () =>
      dispatch({ type: 'timeout', id }),
    );
  }

  function dispatch(event: ShareEvent): ShareState {
    const prev = state;
    state = transition(prev, event);
    if (state.session !== prev.session) armTimer();
    if (state.settled !== prev.settled && state.settled) {
      const { id, outcome } = state.settled;
      const fns = waiters.get(id) ?? [];
      waiters.delete(id);
      for (const fn of fns) {
        try {
          fn(outcome);
        } catch (error) {
          onListenerError(error);
        }
      }
    }
    for (const listener of [...listeners]) {
      try {
        listener(state, event);
      } catch (error) {
        onListenerError(error);
      }
    }
    return state;
  }

  /** Starts a session; returns its id, or the outcome when the machine settled it at once. */
  function begin(trigger: ShareTrigger, initiator: ShareInitiator): { id: number; outcome?: ShareOutcome } {
    const id = state.nextId;
    const next = dispatch({ type: 'request', trigger, initiator });
    return next.settled?.id === id ? { id, outcome: next.settled.outcome } : { id };
  }

  const settle = (id: number, outcome: unknown) =>
    dispatch({ type: 'settle', id, outcome: normalizeOutcome(outcome, platform) });

  function compose(trigger: ShareTrigger): Composed {
    try {
      const raw = typeof source === 'function' ? source(trigger) : source;
      if (!isThenable(raw)) return { content: validateContent(raw) };
      const pending = Promise.resolve(raw).then(validateContent, (e) => {
        throw toShareError(e, 'invalid-content', platform);
      });
      return { pending };
    } catch (e) {
      return { error: toShareError(e, 'invalid-content', platform) };
    }
  }

  /** Moves a composed session to presenting; false when it settled meanwhile (timeout, dispose). */
  function composed(id: number, content: ShareContent): boolean {
    const { session } = dispatch({ type: 'composed', id, content });
    return session.phase === 'presenting' && session.id === id;
  }

  function present(id: number, trigger: ShareTrigger, content: ShareContent): void {
    if (!composed(id, content)) return;
    try {
      // Called synchronously from share() when the provider is: the web's user activation lives on.
      const session = { id, onEnd: (fn: () => void) => (running(id) ? onSettle(id, () => fn()) : fn()) };
      const result = adapter.share!(content, trigger, session);
      Promise.resolve(result).then(
        (outcome) => settle(id, outcome),
        (e) => settle(id, failedWith(toShareError(e, 'platform', platform))),
      );
    } catch (e) {
      settle(id, failedWith(toShareError(e, 'platform', platform)));
    }
  }

  function share(partial?: Partial<ShareTrigger>): Promise<ShareOutcome> {
    let trigger: ShareTrigger;
    try {
      trigger = read('the trigger', () => ({ ...partial, from: partial?.from ?? 'api' }));
      if (!FROM.includes(trigger.from)) throw invalid(`trigger.from must be ${FROM.join(', ')} (got ${typeof trigger.from === 'string' ? trigger.from : typeof trigger.from})`);
    } catch (error) {
      return Promise.resolve(failedWith(error as ShareError));
    }
    const { id, outcome } = begin(trigger, 'app');
    if (outcome) return Promise.resolve(outcome);
    const result = new Promise<ShareOutcome>((resolve) => onSettle(id, resolve));
    if (!initiation.app || typeof adapter.share !== 'function') {
      settle(
        id,
        failedWith(
          new ShareError('unsupported', `the ${platform} adapter cannot start a share from the app; the user starts it from the platform's menu or share button`, { platform }),
        ),
      );
      return result;
    }
    const c = compose(trigger);
    if (c.error) settle(id, failedWith(c.error));
    else if (c.content) present(id, trigger, c.content);
    else
      c.pending!.then(
        (content) => present(id, trigger, content),
        (e: ShareError) => settle(id, failedWith(e)),
      );
    return result;
  }

  const host: ShareHost = {
    request(trigger) {
      const { id, outcome } = begin(trigger, 'user');
      const hosted = (fields: Partial<HostedShare>): HostedShare => ({
        id,
        content: undefined,
        pending: undefined,
        error: undefined,
        settle: (o) => settle(id, o),
        ...fields,
      });
      if (outcome) return hosted({ error: outcome.status === 'failed' ? outcome.error : undefined });
      // The platform shares whatever the adapter hands it now, so the session presents at once:
      // the content, or the platform's defaults while async content is on its way or failed.
      // Only the platform's result, `resume` or the present timeout ends it.
      const c = compose(trigger);
      composed(id, c.content ?? {});
      if (c.error) {
        dispatch({ type: 'warning', error: c.error });
        return hosted({ error: c.error });
      }
      if (c.content) return hosted({ content: c.content });
      const pending = c.pending!.then(
        (content) => {
          composed(id, content);
          return content;
        },
        (e: ShareError) => {
          dispatch({ type: 'warning', error: e });
          throw e;
        },
      );
      // Adapters that cannot use async content ignore `pending`; that must not be an unhandled rejection.
      pending.catch(() => {});
      return hosted({ pending });
    },
    launch: (context) => void dispatch({ type: 'launch', context: launchContext(context) }),
    resume: (channel) => void dispatch(channel === undefined ? { type: 'resume' } : { type: 'resume', channel }),
    destroy: () => void dispatch({ type: 'destroy' }),
    getMenu: () => state.menu,
    syncMenu: (menu) =>
      void dispatch({
        type: 'menu',
        op: 'sync',
        menu: { visible: menu.visible === true, withShareTicket: menu.withShareTicket === true, menus: menuOptions<{ menus?: ShareMenuName[] }>({ menus: menu.menus }, 'syncMenu').menus ?? [] },
      }),
    warn: (error) => void dispatch({ type: 'warning', error }),
  };

  function menuCall<K extends 'showMenu' | 'hideMenu' | 'updateMenu'>(
    method: K,
    o: unknown,
    event: (o: Parameters<typeof adapter[K]>[0]) => ShareEvent,
  ): Promise<void> {
    let options: Parameters<typeof adapter[K]>[0];
    return platformCall(
      method,
      () => {
        options = menuOptions(o, method);
        if (state.disposed) throw disposedError(method);
        if (typeof adapter[method] !== 'function') {
          throw new ShareError('unsupported', `the ${platform} adapter has no ${method}`, { platform });
        }
        return (adapter[method] as (o: typeof options) => Promise<void>)(options);
      },
      () => void dispatch(event(options)),
    );
  }

  let disconnect: (() => void) | undefined;
  if (typeof adapter.connect === 'function') {
    let connected: unknown;
    try {
      connected = adapter.connect(host);
    } catch (error) {
      throw new ShareError('platform', `the ${platform} adapter failed to connect: ${error instanceof Error ? error.message : String(error)}`, { platform, cause: error });
    }
    if (typeof connected === 'function') disconnect = connected as () => void;
  }

  /** The adapter's answer; false when it throws. */
  function adapterCan(schema: string): boolean {
    try {
      return adapter.canIUse(schema) === true;
    } catch {
      return false;
    }
  }

  return {
    platform,
    getState: () => state,
    subscribe(listener) {
      if (typeof listener !== 'function') throw invalid('subscribe needs a function');
      if (state.disposed) return () => {};
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
    canIUse: (schema) => typeof schema === 'string' && adapterCan(schema),
    setContent(next) {
      source = checkSource(next);
    },
    showMenu: (o?: ShowMenuOptions) => menuCall('showMenu', o, (options) => ({ type: 'menu', op: 'show', options })),
    hideMenu: (o?: HideMenuOptions) => menuCall('hideMenu', o, (options) => ({ type: 'menu', op: 'hide', options })),
    updateMenu: (o: UpdateMenuOptions) => menuCall('updateMenu', o, (options) => ({ type: 'menu', op: 'update', options })),
    share,
    getShareInfo: (options = {}) =>
      platformCall(
        'getShareInfo',
        () => {
          if (typeof options !== 'object' || options === null) throw invalid('getShareInfo options must be an object');
          const o = read('getShareInfo options', () => ({ timeout: options.timeout }));
          if (o.timeout !== undefined && !(typeof o.timeout === 'number' && o.timeout > 0)) {
            throw invalid(`getShareInfo: timeout must be a positive number of ms (got ${typeof o.timeout === 'number' ? o.timeout : typeof o.timeout})`);
          }
          if (state.disposed) throw disposedError('getShareInfo');
          const ticket = state.launch?.shareTicket;
          // Without a ticket only a platform that reads the launch's group without one can answer
          // (WeChat's getGroupEnterInfo): the adapter is asked, and says `no-ticket` itself.
          if (ticket === undefined && !adapterCan('getGroupEnterInfo')) {
            throw new ShareError('no-ticket', 'the app was not opened from a share card with a ticket; check getState().launch first', { platform });
          }
          if (typeof adapter.getShareInfo !== 'function') {
            throw new ShareError('unsupported', `the ${platform} adapter has no share info`, { platform });
          }
          return adapter.getShareInfo(ticket, o.timeout === undefined ? {} : { timeout: o.timeout });
        },
        (info) => checkShareInfo(info, platform),
      ),
    dispose() {
      if (state.disposed) return;
      dispatch({ type: 'dispose' });
      cancelTimer?.();
      listeners.clear();
      for (const abort of aborts) abort();
      try {
        disconnect?.();
      } catch {
        // The app is tearing down; a platform that fails to unhook has nothing left to affect.
      }
    },
  };
}
