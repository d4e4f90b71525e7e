import { type Capability, isShareError, type MenuState, type ShareContent, ShareError, type ShareInfo, type ShareOutcome, type ShareTrigger } from '@sharekit/core';
import type { HostedShare, MenuConfirmation, ShareHost } from '@sharekit/core/adapter';
import type { MockAdapter, MockAdapterOptions, MockCall, MockMenuOptions, MockMethod, MockStep, MockTap } from './types';

declare function setTimeout(fn: () => void, ms: number): unknown;

const DEFAULT_STEP: MockStep = { status: 'shared' };
const CAPABILITIES: readonly Capability[] = ['share', 'button', 'menu', 'image', 'text', 'async', 'result', 'tickets', 'timeline', 'files'];

/** The outcome a step settles with, or undefined for `hang`. Throws for `throw`. */
function outcomeOf(step: MockStep, result: boolean): ShareOutcome | undefined {
  if (step.status === 'hang') return undefined;
  if (step.status === 'throw') throw step.error;
  const { delay: _delay, ...outcome } = step as ShareOutcome & { delay?: number };
  // A platform without results says nothing of what the user did.
  if (!result && (outcome.status === 'shared' || outcome.status === 'cancelled')) {
    return outcome.channel === undefined ? { status: 'unconfirmed' } : { status: 'unconfirmed', channel: outcome.channel };
  }
  return outcome;
}

/** Resolves after the step's delay (fake timers apply), or on the next microtask. */
function after<T>(step: MockStep, value: T): Promise<T> {
  const ms = 'delay' in step ? (step.delay ?? 0) : 0;
  if (ms <= 0) return Promise.resolve(value);
  return new Promise((resolve) => setTimeout(() => resolve(value), ms));
}

const orphan: HostedShare = { id: 0, content: undefined, pending: undefined, error: undefined, settle() {} };

/**
 * A deterministic, scriptable adapter for any platform shape: say how shares start and what
 * `supports()` answers, queue what the platform does, simulate taps and pulls, read back every
 * call. The adapter behaves as its answers say, so app logic can be tested against "a platform
 * without menus" or "one that reports no results" without a runtime.
 */
export function createMockAdapter(options: MockAdapterOptions | null = {}): MockAdapter {
  options ??= {};
  const platform = options.platform ?? 'mock';
  const initiation = [...(options.initiation ?? (['user', 'app'] as const))];
  const has = (i: string) => initiation.includes(i as never);
  const answers: Record<Capability, boolean> = {
    share: has('app'),
    button: true,
    menu: true,
    image: true,
    text: true,
    async: true,
    result: true,
    tickets: true,
    timeline: false,
    files: false,
    ...options.supports,
  };
  const can = (c: Capability) => answers[c] === true;
  // Stryker disable next-line ArrowFunction: canIUse() compares with true, so a default answering undefined is false too
  const ask = options.canIUse ?? (() => false);
  const fallback = options.fallback ?? DEFAULT_STEP;
  const supersede = options.supersede !== false;
  const steps: MockStep[] = [];
  const failures = new Map<MockMethod, unknown>();
  const calls: MockCall[] = [];
  const tickets = new Map<string, string>();
  let host: ShareHost | undefined;
  let ticketCount = 0;
  let presetContent: ShareContent | undefined;
  let delivered: ShareContent | undefined;
  /** What reaches the card: the fields this platform has. */
  const card = (content: ShareContent): ShareContent => {
    const { imageUrl, text, ...rest } = content;
    delivered = { ...rest, ...(can('image') && imageUrl !== undefined && { imageUrl }), ...(can('text') && text !== undefined && { text }) };
    return delivered;
  };
  // One page: the menu shows by default, as a mini program's does.
  let menu: MenuState = { visible: true, items: ['share'], tickets: false };

  // Not a platform fault: the test that created the mock switched this off; say which option.
  const switchedOff = (what: string, option: string) =>
    new ShareError('unsupported', `${what} is off in this mock: createMockAdapter(${option}); check supports() first`, { platform });

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

  async function menuCall(method: MockMethod, o: MockMenuOptions | undefined, apply: (o: MockMenuOptions) => MenuState): Promise<MenuConfirmation> {
    enter(method, [o]);
    const opts = o ?? {};
    if (opts.items !== undefined && (!Array.isArray(opts.items) || opts.items.some((i) => typeof i !== 'string'))) {
      throw new ShareError('invalid-argument', `${method}: items must be a list of strings`, { platform });
    }
    if (opts.tickets !== undefined && typeof opts.tickets !== 'boolean') {
      throw new ShareError('invalid-argument', `${method}: tickets must be a boolean`, { platform });
    }
    if (opts.tickets && !can('tickets')) throw switchedOff(`${method}({ tickets: true })`, '{ supports: { tickets: false } }');
    menu = apply(opts);
    return { menu, current: true };
  }
  const items = (list: readonly string[]) => ({ visible: list.length > 0, items: [...list] });

  /** A platform pull: the controller's hosted share, and what the platform shares, settled as scripted. */
  function pullFrom(trigger: ShareTrigger, join: boolean): MockTap {
    if (!host) return { hosted: orphan, content: Promise.resolve({}) };
    const hosted = host.request(trigger, join ? { join: true } : { supersede });
    // Refused (busy, disposed): the platform shares its defaults and nobody hears of it.
    if (isShareError(hosted.error, 'busy') || isShareError(hosted.error, 'disposed')) return { hosted, content: Promise.resolve({}) };
    // What the platform shares: the content, or its defaults ({}) when the provider failed.
    // Without `async` the platform cannot wait: it shares its defaults.
    const later = hosted.pending && can('async') ? hosted.pending.then((c) => c, () => ({})) : undefined;
    const content: Promise<ShareContent> = (later ?? Promise.resolve(hosted.content ?? {})).then(card);
    // A joined pull belongs to the app session: its outcome comes from share().
    if (hosted.joined) return { hosted, content };
    const step = nextStep();
    void content.then(() => {
      let outcome: ShareOutcome | undefined;
      try {
        outcome = outcomeOf(step, can('result'));
      } catch (error) {
        outcome = { status: 'failed', error: new ShareError('platform', String(error), { platform, cause: error }) };
      }
      if (outcome) void after(step, outcome).then(hosted.settle);
    });
    return { hosted, content };
  }

  const adapter: MockAdapter = {
    platform,
    initiation,
    initialMenu: menu,
    calls,
    get connected() {
      return host !== undefined;
    },
    get presetContent() {
      return presetContent;
    },
    get delivered() {
      return delivered;
    },
    supports(capability) {
      calls.push({ method: 'supports', args: [capability] });
      return CAPABILITIES.includes(capability) && can(capability);
    },
    canIUse(schema) {
      calls.push({ method: 'canIUse', args: [schema] });
      try {
        return ask(schema) === true;
      } catch {
        return false;
      }
    },
    async getShareInfo(ticket, o): Promise<ShareInfo> {
      // Like WeChat's getShareInfo, the mock reads a group only from a ticket.
      if (ticket === undefined) {
        throw new ShareError('no-ticket', 'the app was not opened from a share card with a ticket; check getState().launch first', { platform });
      }
      enter('getShareInfo', [ticket, o]);
      const openGId = tickets.get(ticket);
      if (openGId === undefined) {
        throw new ShareError('platform', 'the share ticket is unknown or expired', { platform, platformMessage: 'getShareInfo:fail invalid shareTicket' });
      }
      // Not encrypted: the mock stands in for the platform, not for its cryptography
      // (`@sharekit/mock/wx` encrypts for real).
      return { source: 'getShareInfo', encryptedData: `mock:${encodeURIComponent(JSON.stringify({ openGId }))}`, iv: 'mock' };
    },
    share(content, trigger) {
      // Synchronous up to the platform call, like a real one inside a click handler.
      try {
        enter('share', [content, trigger]);
        card(content);
        const step = nextStep();
        const outcome = outcomeOf(step, can('result'));
        return outcome ? after(step, outcome) : new Promise<ShareOutcome>(() => {});
      } catch (error) {
        return Promise.reject(error);
      }
    },
    showMenu: (o) =>
      menuCall('showMenu', o, (x) => ({ ...items([...new Set([...menu.items, ...(x.items ?? ['share'])])]), tickets: x.tickets ?? false })),
    hideMenu: (o) => menuCall('hideMenu', o, (x) => ({ ...menu, ...items(x.items ? menu.items.filter((i) => !x.items!.includes(i)) : []) })),
    updateMenu: (o) => menuCall('updateMenu', o, (x) => (x.tickets === undefined ? menu : { ...menu, tickets: x.tickets })),
    preset(content) {
      calls.push({ method: 'preset', args: [content] });
      presetContent = content;
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
      if (!has('user')) throw switchedOff('a user-initiated share', "{ initiation } without 'user'");
      if (from === 'button' && !can('button')) throw switchedOff('a share button', '{ supports: { button: false } }');
      return pullFrom({ ...o, from }, false);
    },
    pull(o = {}) {
      calls.push({ method: 'pull', args: [o] });
      return pullFrom({ ...o, from: 'api' }, true);
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
  // What the platform lacks is missing, as on a real one.
  if (!has('app')) delete adapter.share;
  if (!can('menu')) {
    delete adapter.showMenu;
    delete adapter.hideMenu;
    delete adapter.updateMenu;
  }
  if (!can('tickets')) delete (adapter as Partial<MockAdapter>).getShareInfo;
  if (!has('preset')) delete (adapter as Partial<MockAdapter>).preset;
  return adapter;
}
