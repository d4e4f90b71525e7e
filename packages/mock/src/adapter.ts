import {
  canIUse,
  checkVersion,
  isShareError,
  type HostedShare,
  type ShareContent,
  ShareError,
  type ShareHost,
  type ShareInfo,
  type ShareOutcome,
  type ShareTrigger,
} from '@sharekit/core';
import type { MockAdapter, MockAdapterOptions, MockCall, MockMethod, MockStep } from './types';

const DEFAULT_STEP: MockStep = { status: 'shared', tickets: [] };

/** The outcome a step settles with, or undefined for `hang`. Throws for `throw`. */
function outcomeOf(step: MockStep): ShareOutcome | undefined {
  if (step.status === 'hang') return undefined;
  if (step.status === 'throw') throw step.error;
  const { delay: _delay, ...outcome } = step as ShareOutcome & { delay?: number };
  return outcome;
}

/** Resolves after the step's delay (fake timers apply), or on the next microtask. */
function after<T>(step: MockStep, value: T): Promise<T> {
  const ms = 'delay' in step ? (step.delay ?? 0) : 0;
  if (ms <= 0) return Promise.resolve(value);
  const timers = globalThis as unknown as { setTimeout(f: () => void, ms: number): unknown };
  return new Promise((resolve) => timers.setTimeout(() => resolve(value), ms));
}

/**
 * A deterministic, scriptable adapter: queue what the platform does, simulate taps, read back
 * every call. `canIUse` and the menu follow WeChat's table at the configured base library version,
 * so an app can be tested against "WeChat 1.1.0" without a runtime.
 */
export function createMockAdapter(options: MockAdapterOptions | null = {}): MockAdapter {
  options ??= {};
  // A malformed version is a ShareError now, not a false later.
  const version = checkVersion(options.version ?? '3.4.0', 'createMockAdapter({ version })');
  const platform = options.platform ?? 'mock';
  const initiation = { app: options.initiation?.app ?? true, user: options.initiation?.user ?? true };
  const fallback = options.fallback ?? DEFAULT_STEP;
  const steps: MockStep[] = [];
  const failures = new Map<MockMethod, unknown>();
  const calls: MockCall[] = [];
  const tickets = new Map<string, string>();
  let host: ShareHost | undefined;
  let ticketCount = 0;

  const has = (schema: string) => canIUse(schema, { version });
  const unsupported = (what: string) =>
    new ShareError('unsupported', `${what} needs a newer base library than ${version}; check canIUse first`, { platform });
  // Not a version matter: the test that created the mock switched this kind of share off.
  const switchedOff = (what: string, option: 'app' | 'user') =>
    new ShareError('unsupported', `${what} is off in this mock: createMockAdapter({ initiation: { ${option}: false } })`, { platform });

  /** Records the call and throws a scripted failure, if any. */
  function enter(method: MockMethod, args: unknown[]): void {
    calls.push({ method, args });
    if (failures.has(method)) {
      const error = failures.get(method);
      failures.delete(method);
      throw error;
    }
  }

  const nextStep = () => steps.shift() ?? fallback;

  // Like WeChat: an option only counts when it asks for something (`false` is the default).
  const asks = (value: unknown) => value !== undefined && value !== false;

  async function menuCall(method: MockMethod, schema: string, args: unknown[], optionSchemas: Record<string, boolean>) {
    enter(method, args);
    if (!has(schema)) throw unsupported(schema);
    for (const [option, used] of Object.entries(optionSchemas)) {
      if (used && !has(`${schema}.object.${option}`)) throw unsupported(`${schema}({ ${option} })`);
    }
  }

  const adapter: MockAdapter = {
    platform,
    initiation,
    calls,
    get connected() {
      return host !== undefined;
    },
    canIUse(schema) {
      calls.push({ method: 'canIUse', args: [schema] });
      if (schema === 'share') return initiation.app;
      try {
        return has(schema);
      } catch {
        return false;
      }
    },
    showMenu: (o) =>
      menuCall('showMenu', 'showShareMenu', [o], { withShareTicket: asks(o.withShareTicket), menus: asks(o.menus) }),
    hideMenu: (o) => menuCall('hideMenu', 'hideShareMenu', [o], { menus: asks(o.menus) }),
    updateMenu: (o) =>
      menuCall('updateMenu', 'updateShareMenu', [o], {
        withShareTicket: asks(o.withShareTicket),
        isUpdatableMessage: asks(o.isUpdatableMessage),
        activityId: asks(o.activityId),
        templateInfo: asks(o.templateInfo),
        toDoActivityId: asks(o.toDoActivityId),
        isPrivateMessage: asks(o.isPrivateMessage),
      }),
    async getShareInfo(ticket, o): Promise<ShareInfo> {
      // Like WeChat's getShareInfo, the mock reads a group only from a ticket.
      if (ticket === undefined) {
        throw new ShareError('no-ticket', 'the app was not opened from a share card with a ticket; check getState().launch first', { platform });
      }
      enter('getShareInfo', [ticket, o]);
      if (!has('getShareInfo')) throw unsupported('getShareInfo');
      const openGId = tickets.get(ticket);
      if (openGId === undefined) {
        throw new ShareError('platform', 'the share ticket is unknown or expired', {
          platform,
          platformMessage: 'getShareInfo:fail invalid shareTicket',
        });
      }
      // Not encrypted: the mock stands in for the platform, not for its cryptography
      // (`@sharekit/mock/wx` encrypts for real).
      return { source: 'getShareInfo', encryptedData: `mock:${encodeURIComponent(JSON.stringify({ openGId }))}`, iv: 'mock' };
    },
    share(content, trigger) {
      // Synchronous up to the platform call, like a real one inside a click handler.
      try {
        enter('share', [content, trigger]);
        if (!initiation.app) throw switchedOff('a share from the app', 'app');
        const step = nextStep();
        const outcome = outcomeOf(step);
        return outcome ? after(step, outcome) : new Promise<ShareOutcome>(() => {});
      } catch (error) {
        return Promise.reject(error);
      }
    },
    connect(h) {
      host = h;
      return () => {
        if (host === h) host = undefined;
      };
    },
    queue(...more) {
      steps.push(...more);
    },
    failNext(method, error) {
      failures.set(method, error ?? new ShareError('platform', `scripted failure of ${method}`, { platform }));
    },
    tap(from, o = {}) {
      calls.push({ method: 'tap', args: [from, o] });
      if (!initiation.user) throw switchedOff('a user-initiated share', 'user');
      if (from === 'button' && !has('button.open-type.share')) throw unsupported('a share button (button.open-type.share)');
      const trigger: ShareTrigger = { ...o, from };
      if (!host) {
        // No controller: the platform shares its own defaults and nobody hears of it.
        const orphan: HostedShare = { id: 0, content: undefined, pending: undefined, error: undefined, settle() {} };
        return { hosted: orphan, content: Promise.resolve({}) };
      }
      const hosted = host.request(trigger);
      // Refused (busy, disposed): the platform shares its defaults and nobody hears of it.
      if (isShareError(hosted.error, 'busy') || isShareError(hosted.error, 'disposed')) {
        return { hosted, content: Promise.resolve({}) };
      }
      const step = nextStep();
      // What the platform shares: the content, or its defaults ({}) when the provider failed.
      const content: Promise<ShareContent> = hosted.pending
        ? hosted.pending.then(
            (c) => c,
            () => ({}),
          )
        : Promise.resolve(hosted.content ?? {});
      void content.then(() => {
        let outcome: ShareOutcome | undefined;
        try {
          outcome = outcomeOf(step);
        } catch (error) {
          outcome = { status: 'failed', error: new ShareError('platform', String(error), { platform, cause: error }) };
        }
        if (outcome) void after(step, outcome).then(hosted.settle);
      });
      return { hosted, content };
    },
    launch: (context) => host?.launch(context),
    resume: (channel) => host?.resume(channel),
    destroy() {
      tickets.clear();
      host?.destroy();
    },
    issueTicket(openGId = `mock-group-${ticketCount + 1}`) {
      const ticket = `mock-ticket-${++ticketCount}`;
      tickets.set(ticket, openGId);
      return ticket;
    },
  };
  return adapter;
}
