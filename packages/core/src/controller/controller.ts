import type { HostedShare, ShareAdapter, ShareHost } from '../contract/adapter';
import type { Capability } from '../contract/capability';
import type { ShareContent, ShareTrigger } from '../contract/content';
import type { ShareController, ShareControllerOptions, ShareListener } from '../contract/controller';
import type { MenuState } from '../contract/menu';
import type { ShareOutcome } from '../contract/outcome';
import type { RequestOptions, ShareEvent, ShareInitiator, ShareState } from '../contract/state';
import { ShareError, toShareError } from '../errors';
import { initialState, menuState, transition } from '../machine';
import { failedWith, normalizeOutcome } from '../outcome';
import { isThenable } from '../thenable';
import { after, logError } from '../timers';
import { validateContent } from '../validate';
import { checkShareInfo, checkSource, checkTimeout, invalid, launchContext, callOptions, readOptions, trigger as readTrigger } from './read';
import { DEV } from '../dev';

type Composed = { content?: ShareContent; pending?: Promise<ShareContent>; error?: ShareError };
type MenuMethod = 'showMenu' | 'hideMenu' | 'updateMenu';

const CAPABILITIES: readonly Capability[] = ['share', 'button', 'menu', 'image', 'text', 'async', 'result', 'tickets', 'timeline', 'files'];

/**
 * The one object an app talks to: runs the state machine, validates content, calls the adapter.
 * Apps on every platform use the same controller; only the adapter changes.
 */
export function createShareController<A extends ShareAdapter>(options: ShareControllerOptions<A>): ShareController<A> {
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
  const error = (code: string, detail: string | false) => new ShareError(code, detail, { platform });
  const disposedError = (what: string) => error('disposed', DEV && `${what}: the share controller was disposed`);
  const unsupported = (what: string | false) => error('unsupported', DEV && `the ${platform} adapter has no ${what}; check supports() first`);
  let presetRun = 0;

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
    cancelTimer = after(session.phase === 'composing' ? composeTimeout : presentTimeout, () => dispatch({ type: 'timeout', id }));
  }

  /**
   * Calls `fn`, reporting what it throws to onListenerError. That handler's own throw (`(e) => {
   * throw e }` is common in tests) is logged, never propagated: it would escape from share() or
   * leave a session half-dispatched.
   */
  function guarded(fn: () => void): void {
    try {
      fn();
    } catch (e) {
      try {
        onListenerError(e);
      } catch (thrown) {
        logError(thrown);
      }
    }
  }

  function dispatch(event: ShareEvent): ShareState {
    const prev = state;
    state = transition(prev, event);
    if (state.session !== prev.session) armTimer();
    if (state.settled !== prev.settled && state.settled) {
      const { id, outcome } = state.settled;
      const fns = waiters.get(id) ?? [];
      waiters.delete(id);
      for (const fn of fns) guarded(() => fn(outcome));
    }
    for (const listener of [...listeners]) guarded(() => listener(state, event));
    return state;
  }

  const warn = (error: ShareError) => void dispatch({ type: 'warning', error });
  const settle = (id: number, outcome: unknown) => dispatch({ type: 'settle', id, outcome: normalizeOutcome(outcome, platform) });

  function compose(t: ShareTrigger): Composed {
    try {
      const raw = typeof source === 'function' ? source(t) : source;
      if (!isThenable(raw)) return { content: validateContent(raw) };
      const pending = Promise.resolve(raw).then(validateContent, (e) => {
        throw toShareError(e, 'invalid-content', platform);
      });
      return { pending };
    } catch (e) {
      return { error: toShareError(e, 'invalid-content', platform) };
    }
  }

  /** Hands composed content to `use` (now when synchronous), or its ShareError to `fail`. */
  function withContent(c: Composed, use: (content: ShareContent) => void, fail: (e: ShareError) => void): void {
    if (c.error) fail(c.error);
    else if (c.content) use(c.content);
    else c.pending!.then(use, fail);
  }

  /** Moves a composed session to presenting; false when it settled meanwhile (timeout, dispose). */
  function composed(id: number, content: ShareContent): boolean {
    const { session } = dispatch({ type: 'composed', id, content });
    return session.phase === 'presenting' && session.id === id;
  }

  function present(id: number, t: ShareTrigger, content: ShareContent): void {
    if (!composed(id, content)) return;
    try {
      // Called synchronously from share() when the provider is: the web's user activation lives on.
      const session = { id, onEnd: (fn: () => void) => (running(id) ? onSettle(id, () => fn()) : fn()) };
      Promise.resolve(adapter.share!(content, t, session)).then(
        (outcome) => settle(id, outcome),
        (e) => settle(id, failedWith(toShareError(e, 'platform', platform))),
      );
    } catch (e) {
      settle(id, failedWith(toShareError(e, 'platform', platform)));
    }
  }

  /** Starts a session; returns its id, or the outcome when the machine settled it at once. */
  function begin(t: ShareTrigger, initiator: ShareInitiator, o: RequestOptions = {}): { id: number; outcome?: ShareOutcome } {
    const id = state.nextId;
    const next = dispatch({ type: 'request', trigger: t, initiator, ...o });
    return next.settled?.id === id ? { id, outcome: next.settled.outcome } : { id };
  }

  function share(partial?: Partial<ShareTrigger>): Promise<ShareOutcome> {
    let t: ShareTrigger;
    try {
      t = readTrigger(partial);
    } catch (e) {
      return Promise.resolve(failedWith(e as ShareError));
    }
    const { id, outcome } = begin(t, 'app');
    if (outcome) return Promise.resolve(outcome);
    const result = new Promise<ShareOutcome>((resolve) => onSettle(id, resolve));
    if (!initiation('app') || typeof adapter.share !== 'function') {
      settle(id, failedWith(error('unsupported', DEV && `the ${platform} adapter cannot start a share from the app; the user starts it from the platform's menu or a share button (supports('share') is false)`)));
      return result;
    }
    withContent(
      compose(t),
      (content) => present(id, t, content),
      (e) => settle(id, failedWith(e)),
    );
    return result;
  }

  function request(t: ShareTrigger, o: RequestOptions = {}): HostedShare {
    const hosted = (id: number, fields: Partial<HostedShare>): HostedShare => ({
      id,
      settle: (outcome) => settle(id, outcome),
      ...fields,
    });
    const before = state;
    const { id, outcome } = begin(t, 'user', { ...(o.join === true && { join: true }), ...(o.supersede === true && { supersede: true }) });
    // Joined: the pull is the running app session's panel asking for the content it presents.
    if (state === before && before.session.phase === 'presenting') return hosted(before.session.id, { content: before.session.content, joined: true });
    if (outcome) return hosted(id, { error: outcome.status === 'failed' ? outcome.error : undefined });
    // The platform shares whatever the adapter hands it now, so the session presents at once: the
    // content, or the platform's defaults while async content is on its way or failed.
    const c = compose(t);
    composed(id, c.content ?? {});
    if (c.error) {
      warn(c.error);
      return hosted(id, { error: c.error });
    }
    if (c.content) return hosted(id, { content: c.content });
    const pending = c.pending!.then(
      (content) => {
        composed(id, content);
        return content;
      },
      (e: ShareError) => {
        warn(e);
        throw e;
      },
    );
    // Adapters that cannot use async content ignore `pending`; that must not be an unhandled rejection.
    pending.catch(() => {});
    return hosted(id, { pending });
  }

  /** Preset platforms hear every content change: the provider runs now, its content is pushed. */
  function preset(): void {
    if (!initiation('preset') || typeof adapter.preset !== 'function' || state.disposed) return;
    const run = ++presetRun;
    // False once a newer content source won, or the controller is gone.
    const live = () => run === presetRun && !state.disposed;
    const push = (content: ShareContent) => {
      if (!live()) return;
      dispatch({ type: 'preset', content });
      try {
        adapter.preset!(content);
      } catch (e) {
        warn(toShareError(e, 'platform', platform));
      }
    };
    withContent(compose({ from: 'menu' }), push, (e) => live() && warn(e));
  }

  const host: ShareHost = {
    request,
    launch: (context) => void dispatch({ type: 'launch', context: launchContext(context) }),
    resume: (channel) => void dispatch(channel === undefined ? { type: 'resume' } : { type: 'resume', channel }),
    destroy: () => void dispatch({ type: 'destroy' }),
    syncMenu(menu) {
      const next = menuState(menu);
      const now = state.menu;
      // The same menu on the page now in front: nothing for the app to hear.
      // Both come from menuState, so their JSON (same keys, same order) compares them whole.
      if (JSON.stringify(next) !== JSON.stringify(now)) {
        dispatch({ type: 'menu', op: 'page', menu: next });
      }
    },
    warn,
  };

  function menuCall(method: MenuMethod, raw: unknown): Promise<MenuState> {
    return platformCall(
      method,
      () => {
        const o = callOptions(raw, method);
        if (state.disposed) throw disposedError(method);
        const call = adapter[method];
        if (typeof call !== 'function') throw unsupported(DEV && `share menu (${method})`);
        return call.call(adapter, o);
      },
      (answer) => {
        const confirmed = answer as { menu?: unknown; current?: unknown } | undefined;
        const menu = menuState(confirmed?.menu);
        // Another page is current now: its menu stays; the caller still learns its own page's menu.
        if (confirmed?.current !== false) dispatch({ type: 'menu', op: method.slice(0, -4) as 'show' | 'hide' | 'update', menu });
        return menu;
      },
    );
  }

  let disconnect: (() => void) | undefined;
  if (typeof adapter.connect === 'function') {
    let connected: unknown;
    try {
      connected = adapter.connect(host);
    } catch (e) {
      throw new ShareError('platform', DEV && `the ${platform} adapter failed to connect: ${e instanceof Error ? e.message : String(e)}`, { platform, cause: e });
    }
    if (typeof connected === 'function') disconnect = connected as () => void;
  }
  preset();

  return {
    platform,
    getState: () => state,
    subscribe(listener) {
      if (typeof listener !== 'function') throw invalid(DEV && 'subscribe needs a function');
      if (state.disposed) return () => {};
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
    supports(capability) {
      if (!CAPABILITIES.includes(capability)) return false;
      try {
        return adapter.supports(capability) === true;
      } catch {
        return false;
      }
    },
    canIUse(schema) {
      if (typeof schema !== 'string') return false;
      try {
        return adapter.canIUse(schema) === true;
      } catch {
        return false;
      }
    },
    setContent(next) {
      source = checkSource(next);
      preset();
    },
    showMenu: (o) => menuCall('showMenu', o),
    hideMenu: (o) => menuCall('hideMenu', o),
    updateMenu: (o) => menuCall('updateMenu', o),
    share,
    getShareInfo: (o = {}) =>
      platformCall(
        'getShareInfo',
        () => {
          // The platform's own timer waits this long: beyond setTimeout's range it would fire at once.
          const { timeout: raw } = callOptions(o, 'getShareInfo') as { timeout?: unknown };
          const timeout = checkTimeout(DEV && 'getShareInfo: timeout', raw, undefined, DEV && '');
          if (state.disposed) throw disposedError('getShareInfo');
          if (typeof adapter.getShareInfo !== 'function') throw unsupported('share info');
          // Without a ticket the adapter is asked all the same: a platform that reads the launch's
          // group without one (WeChat's getGroupEnterInfo) answers, the others say `no-ticket`.
          return adapter.getShareInfo(state.launch?.shareTicket, timeout === undefined ? {} : { timeout });
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
