import { randomUUID } from 'node:crypto';
import { ShareError } from '@sharekit/core';
import { createWxRuntime, type WxShareCard, type WxShareReport } from '@sharekit/mock/wx';
import { type HostedMiniProgram, hostMiniProgram, type MiniProgramBundle, type SampleRequest } from './miniprogram-host';
import type { WxAction, WxSnapshot } from './snapshot';

export interface WxSessionOptions {
  appId: string;
  sessionKey: string;
  bundle: () => MiniProgramBundle;
  request: SampleRequest;
  /** Sessions kept at most; the least recently used goes first. Default 20. */
  maxSessions?: number;
  /** A session unused this long is dropped. Default 30 minutes. */
  idleMs?: number;
}

interface Session {
  id: string;
  host: HostedMiniProgram;
  cards: WxShareCard[];
  user: { id: number; text: string }[];
  lastUsed: number;
  /** Actions run one at a time, as a user's taps do. */
  queue: Promise<unknown>;
}

const invalid = (detail: string) => new ShareError('invalid-input', detail);

function cardLabel(card: WxShareCard): string {
  return card.chat === 'group' ? `group ${card.openGId}` : 'one-to-one chat';
}

function describeReport(report: WxShareReport): string {
  const what = report.via === 'menu' ? 'the share menu item' : 'the share button';
  if (!report.opened) return `tapped ${what}: nothing happened (${report.reason})`;
  const choice = { group: 'picked a group chat', single: 'picked a one-to-one chat', cancel: 'cancelled', fail: 'it failed' }[
    report.chat ?? 'cancel'
  ];
  const parts = [`tapped ${what}: onShareAppMessage(${JSON.stringify(report.argument ?? {})}), ${choice}`];
  if (report.promise !== 'none') parts.push(`async content: ${report.promise}`);
  if (report.delivered) {
    const { title, path, imageUrl } = report.delivered;
    parts.push(`card "${title}" ${path} ${imageUrl ? `with image ${imageUrl}` : 'with a screenshot'} sent to ${report.cards.map(cardLabel).join(', ')}`);
  }
  parts.push(
    report.errMsg === undefined
      ? 'WeChat reports no result (base library 2.3.0+ or below 1.1.0)'
      : `WeChat reported ${report.errMsg}${report.shareTickets?.length ? ` with ${report.shareTickets.length} share ticket(s)` : ''}`,
  );
  return parts.join('; ');
}

/** Simulated WeChat sessions for the playground: each runs the built mini program in its own runtime. */
export function createWxSessions(options: WxSessionOptions) {
  const sessions = new Map<string, Session>();
  const maxSessions = options.maxSessions ?? 20;
  const idleMs = options.idleMs ?? 30 * 60_000;

  const newRuntime = (SDKVersion: string | undefined) =>
    createWxRuntime({
      ...(SDKVersion !== undefined && { SDKVersion }),
      appId: options.appId,
      sessionKey: options.sessionKey,
      appName: 'sharekit sample',
    });

  function drop(session: Session): void {
    sessions.delete(session.id);
    try {
      if (session.host.runtime.status !== 'destroyed' && session.host.runtime.status !== 'not-launched') {
        session.host.runtime.destroy();
      }
    } catch {
      // A session that fails to tear down is gone from the map all the same.
    }
  }

  function sweep(now: number): void {
    for (const session of sessions.values()) if (now - session.lastUsed > idleMs) drop(session);
    const byAge = [...sessions.values()].sort((a, b) => a.lastUsed - b.lastUsed);
    while (byAge.length >= maxSessions) drop(byAge.shift()!);
  }

  function snapshot(session: Session): WxSnapshot {
    const { host } = session;
    const { runtime } = host;
    const page = host.page();
    const menu = runtime.menu;
    return {
      id: session.id,
      version: runtime.SDKVersion,
      status: runtime.status,
      route: page?.route ?? null,
      menu: { visible: menu.visible, withShareTicket: menu.withShareTicket },
      shareButton: host.shareButtonRendered(),
      page: host.data() ?? null,
      cards: session.cards.map((card, index) => ({
        index,
        chat: card.chat,
        label: cardLabel(card),
        withShareTicket: card.withShareTicket,
        title: card.title,
      })),
      user: [...session.user],
      errors: runtime.errors.map((e) => (e instanceof Error ? e.message : String(e))),
    };
  }

  function note(session: Session, text: string): void {
    session.user.push({ id: session.user.length + 1, text });
    if (session.user.length > 100) session.user.splice(0, session.user.length - 100);
  }

  async function launch(session: Session): Promise<void> {
    const launched = session.host.runtime.launch({ path: '/pages/article/index?id=42' });
    note(session, `opened the mini program (scene ${launched.scene})`);
    await session.host.whenQuiet();
  }

  async function act(session: Session, action: WxAction): Promise<void> {
    const { runtime } = session.host;
    switch (action.type) {
      case 'tap': {
        const tap = { choose: action.choose };
        const report =
          action.via === 'menu' ? await runtime.user.tapMenuShare(tap) : await runtime.user.tapShareButton({ id: 'share' }, tap);
        session.cards.push(...report.cards);
        note(session, describeReport(report));
        break;
      }
      case 'open-card': {
        const card = session.cards[action.card];
        if (!card) throw invalid(`no shared card #${action.card}: share to a chat first`);
        const opened = runtime.openShareCard({
          path: card.path,
          chat: card.chat,
          ...(card.openGId !== undefined && { openGId: card.openGId }),
          ...(card.roomId !== undefined && { roomId: card.roomId }),
          withShareTicket: card.withShareTicket,
          title: card.title,
        });
        note(session, `opened the card in the ${cardLabel(card)}: scene ${opened.scene}${opened.shareTicket ? ', with a share ticket' : ', no share ticket'}`);
        break;
      }
      case 'restart':
        // A cold start runs every file again: a fresh runtime, the same version.
        if (runtime.status !== 'destroyed' && runtime.status !== 'not-launched') runtime.destroy();
        note(session, 'WeChat destroyed the mini program: its share tickets are void');
        session.host = hostMiniProgram(newRuntime(runtime.SDKVersion), options.bundle(), options.request);
        session.cards = [];
        await launch(session);
        break;
    }
    await session.host.whenQuiet();
  }

  return {
    /** A new simulated WeChat at `version` (`latest`: the simulator's newest), launched on the article. */
    async create(version: unknown): Promise<WxSnapshot> {
      if (typeof version !== 'string') throw invalid('send { version }: a base library version like "2.3.0", or "latest"');
      const now = Date.now();
      sweep(now);
      const runtime = newRuntime(version === 'latest' ? undefined : version);
      const session: Session = {
        id: randomUUID(),
        host: hostMiniProgram(runtime, options.bundle(), options.request),
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
    act(id: string, action: unknown): Promise<WxSnapshot> {
      const session = sessions.get(id);
      if (!session) return Promise.reject(new ShareError('not-found', 'no such simulated WeChat session (expired?): switch the backend again'));
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

export type WxSessions = ReturnType<typeof createWxSessions>;

function readAction(value: unknown): WxAction {
  const o = (typeof value === 'object' && value !== null ? value : {}) as Record<string, unknown>;
  switch (o.type) {
    case 'tap':
      if (o.via !== 'menu' && o.via !== 'button') throw invalid('tap: via must be "menu" or "button"');
      if (o.choose !== 'group' && o.choose !== 'single' && o.choose !== 'cancel') {
        throw invalid('tap: choose must be "group", "single" or "cancel"');
      }
      return { type: 'tap', via: o.via, choose: o.choose };
    case 'open-card':
      if (typeof o.card !== 'number' || !Number.isInteger(o.card)) throw invalid('open-card: card must be the index of a shared card');
      return { type: 'open-card', card: o.card };
    case 'restart':
      return { type: 'restart' };
  }
  throw invalid('action type must be "tap", "open-card" or "restart"');
}
