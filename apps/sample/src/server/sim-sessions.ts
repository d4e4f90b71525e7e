// Simulated mini program sessions for the playground (WeChat, QQ): each runs the built mini
// program in its own runtime on this server; a platform says how its runtime is made, how a tap
// and an opened card go, and what its menu holds. Actions of a session run one at a time.
import { randomUUID } from 'node:crypto';
import { ShareError } from '@sharekit/core';
import { type HostedMiniProgram, type HostRuntime, hostMiniProgram, type MiniProgramBundle, type SampleRequest } from './miniprogram-host';
import type { CardView, SimAction, SimSnapshot } from './snapshot';

/** The runtime calls the sessions use besides hosting. */
export interface SessionRuntime extends HostRuntime {
  readonly SDKVersion: string;
  readonly status: string;
  readonly errors: readonly unknown[];
  launch(input: { path: string }): { scene: number };
  destroy(): void;
}

/** A platform's part. `Card`: what it remembers of a shared card to open it later. */
export interface SimPlatform<R extends SessionRuntime, Card> {
  /** In messages: `WeChat`, `QQ`. */
  name: string;
  newRuntime(version: string | undefined): R;
  bundle(): MiniProgramBundle;
  request?: SampleRequest;
  /** The user taps; the cards it shared and a line for the user log. */
  tap(runtime: R, action: Extract<SimAction, { type: 'tap' }>): Promise<{ cards: Card[]; text: string }>;
  /** Opens a shared card; a line for the user log. */
  openCard(runtime: R, card: Card): string;
  cardView(card: Card): Omit<CardView, 'index'>;
  menu(runtime: R): SimSnapshot['menu'];
  /** Checks a tap's platform fields (QQ's item). */
  readTap?(o: Record<string, unknown>): Partial<Extract<SimAction, { type: 'tap' }>>;
}

export interface SimSessionOptions {
  /** Sessions kept at most; the least recently used goes first. Default 20. */
  maxSessions?: number;
  /** A session unused this long is dropped. Default 30 minutes. */
  idleMs?: number;
}

interface Session<R extends SessionRuntime, Card> {
  id: string;
  host: HostedMiniProgram<R>;
  cards: Card[];
  user: { id: number; text: string }[];
  lastUsed: number;
  queue: Promise<unknown>;
}

export const invalid = (detail: string) => new ShareError('invalid-input', detail);

export function createSimSessions<R extends SessionRuntime, Card>(platform: SimPlatform<R, Card>, options: SimSessionOptions = {}) {
  const sessions = new Map<string, Session<R, Card>>();
  const maxSessions = options.maxSessions ?? 20;
  const idleMs = options.idleMs ?? 30 * 60_000;
  const host = (version: string | undefined) => hostMiniProgram(platform.newRuntime(version), platform.bundle(), platform.request);

  function drop(session: Session<R, Card>): void {
    sessions.delete(session.id);
    try {
      if (session.host.runtime.status !== 'destroyed' && session.host.runtime.status !== 'not-launched') session.host.runtime.destroy();
    } catch {
      // A session that fails to tear down is gone from the map all the same.
    }
  }

  function sweep(now: number): void {
    for (const session of sessions.values()) if (now - session.lastUsed > idleMs) drop(session);
    const byAge = [...sessions.values()].sort((a, b) => a.lastUsed - b.lastUsed);
    while (byAge.length >= maxSessions) drop(byAge.shift()!);
  }

  function snapshot(session: Session<R, Card>): SimSnapshot {
    const { runtime } = session.host;
    return {
      id: session.id,
      version: runtime.SDKVersion,
      status: runtime.status,
      route: session.host.page()?.route ?? null,
      menu: platform.menu(runtime),
      shareButton: session.host.shareButtonRendered(),
      page: session.host.data() ?? null,
      cards: session.cards.map((card, index) => ({ index, ...platform.cardView(card) })),
      user: [...session.user],
      errors: runtime.errors.map((e) => (e instanceof Error ? e.message : String(e))),
    };
  }

  function note(session: Session<R, Card>, text: string): void {
    session.user.push({ id: session.user.length + 1, text });
    if (session.user.length > 100) session.user.splice(0, session.user.length - 100);
  }

  async function launch(session: Session<R, Card>): Promise<void> {
    const launched = session.host.runtime.launch({ path: '/pages/article/index?id=42' });
    note(session, `opened the mini program (scene ${launched.scene})`);
    await session.host.whenQuiet();
  }

  async function act(session: Session<R, Card>, action: SimAction): Promise<void> {
    const { runtime } = session.host;
    switch (action.type) {
      case 'tap': {
        const { cards, text } = await platform.tap(runtime, action);
        session.cards.push(...cards);
        note(session, text);
        break;
      }
      case 'open-card': {
        const card = session.cards[action.card];
        if (!card) throw invalid(`no shared card #${action.card}: share to a chat first`);
        note(session, platform.openCard(runtime, card));
        break;
      }
      case 'restart':
        // A cold start runs every file again: a fresh runtime, the same version.
        if (runtime.status !== 'destroyed' && runtime.status !== 'not-launched') runtime.destroy();
        note(session, `${platform.name} destroyed the mini program: its share tickets are void`);
        session.host = host(runtime.SDKVersion);
        session.cards = [];
        await launch(session);
        break;
    }
    await session.host.whenQuiet();
  }

  function readAction(value: unknown): SimAction {
    const o = (typeof value === 'object' && value !== null ? value : {}) as Record<string, unknown>;
    switch (o.type) {
      case 'tap':
        if (o.via !== 'menu' && o.via !== 'button') throw invalid('tap: via must be "menu" or "button"');
        if (o.choose !== 'group' && o.choose !== 'single' && o.choose !== 'cancel') {
          throw invalid('tap: choose must be "group", "single" or "cancel"');
        }
        return { type: 'tap', via: o.via, choose: o.choose, ...platform.readTap?.(o) };
      case 'open-card':
        if (typeof o.card !== 'number' || !Number.isInteger(o.card)) throw invalid('open-card: card must be the index of a shared card');
        return { type: 'open-card', card: o.card };
      case 'restart':
        return { type: 'restart' };
    }
    throw invalid('action type must be "tap", "open-card" or "restart"');
  }

  return {
    /** A new simulated mini program at `version` (`latest`: the simulator's newest), launched on the article. */
    async create(version: unknown): Promise<SimSnapshot> {
      if (typeof version !== 'string') throw invalid('send { version }: a base library version like "2.3.0", or "latest"');
      const now = Date.now();
      sweep(now);
      const session: Session<R, Card> = {
        id: randomUUID(),
        host: host(version === 'latest' ? undefined : version),
        cards: [],
        user: [],
        lastUsed: now,
        queue: Promise.resolve(),
      };
      sessions.set(session.id, session);
      await launch(session);
      return snapshot(session);
    },

    /** Runs one user action, once the previous one finished; resolves once the app is idle again. */
    act(id: string, action: unknown): Promise<SimSnapshot> {
      const session = sessions.get(id);
      if (!session) return Promise.reject(new ShareError('not-found', `no such simulated ${platform.name} session (expired?): switch the backend again`));
      const checked = readAction(action);
      session.lastUsed = Date.now();
      const run = session.queue.then(() => act(session, checked));
      session.queue = run.catch(() => {});
      return run.then(() => snapshot(session));
    },

    delete(id: string): boolean {
      const session = sessions.get(id);
      if (session) drop(session);
      return session !== undefined;
    },

    close(): void {
      for (const session of [...sessions.values()]) drop(session);
    },

    get size() {
      return sessions.size;
    },
  };
}

export type SimSessions = ReturnType<typeof createSimSessions>;
