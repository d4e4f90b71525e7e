import {
  type ContentProvider,
  isShareError,
  type MenuState,
  type ShareContent,
  type ShareController,
  type ShareInfo,
  type ShareOutcome,
  type ShareState,
  type ShareTrigger,
} from '@sharekit/core';
import { type Article, articlePath, findArticle } from './articles';
import { describeEvent, describeOutcome } from './describe';
import { type ArticleFeatures, articleFeatures, type CompatibilityRow, compatibilityMatrix } from './features';

export interface ArticleAppOptions {
  /** The controller of the platform the page runs on (wx, web, mock). */
  controller: ShareController;
  articleId: string;
  /**
   * Turns encrypted share info into the group id: a call to your server, which decrypts it with
   * `@sharekit/server` (the session key never leaves the server). Without it, the page only
   * shows that a ticket arrived and its share info was read.
   */
  resolveGroupId?: (info: ShareInfo) => Promise<string>;
  /** The async content path (WeChat 2.12.0+): where the card's title comes from. Default: the article's. */
  loadTitle?: (article: Article, trigger: ShareTrigger) => Promise<string>;
  /**
   * Where the card image lives on this platform. Default: as it is (a mini program package path
   * like `/images/article-42.png`); the web makes it absolute so the share sheet can show it.
   */
  assetUrl?: (path: string) => string;
  /**
   * The platform's menu options that ask for share tickets (`@sharekit/wx`: `{ withShareTicket: true }`).
   * Platform code passes them; the shared logic only asks `supports('tickets')`.
   */
  ticketMenu?: object;
  /** How many log lines to keep. Default 100. */
  logLimit?: number;
}

/** The group a share card was opened from. */
export type GroupView =
  | { status: 'none' }
  /** A launch ticket arrived; its share info is being read. */
  | { status: 'ticket' }
  /** The share info was read, but nothing can decrypt it here (no `resolveGroupId`). */
  | { status: 'info'; source: ShareInfo['source'] }
  | { status: 'resolved'; groupId: string }
  | { status: 'failed'; error: string };

export interface LogEntry {
  id: number;
  /** `event`: a state-machine event; `outcome`: a session settled; `app`: the page did something. */
  kind: 'event' | 'outcome' | 'app';
  text: string;
}

/** Everything a view renders; a new object on every change. */
export interface ArticleView {
  platform: string;
  article: Article;
  /** The card's path. */
  path: string;
  features: ArticleFeatures;
  /** Every supports() answer the page relies on, asked once when the page was created. */
  compatibility: readonly CompatibilityRow[];
  contentMode: 'sync' | 'async';
  menu: MenuState;
  session: ShareState['session']['phase'];
  lastOutcome: { status: ShareOutcome['status']; text: string; tickets: number } | null;
  launch: { scene?: number; ticket: boolean } | null;
  group: GroupView;
  /** The last thing that went wrong outside a share session (a menu call, say). */
  error: string | null;
  log: readonly LogEntry[];
}

export interface ArticleApp {
  /** The content provider the controller uses (already set on it). */
  readonly content: ContentProvider;
  getView(): ArticleView;
  /** Called with the new view after every change; returns the unsubscribe function. */
  subscribe(listener: (view: ArticleView) => void): () => void;
  /** Shows the share menu (with tickets where the platform has them) and reads a launch ticket. */
  start(): Promise<void>;
  /** App-initiated share (the web's share button). WeChat's button shares by itself. */
  share(from?: 'button' | 'api'): Promise<ShareOutcome>;
  /** Reads the group of the launch ticket again. */
  lookupGroup(): Promise<void>;
  /** Stops listening; the controller belongs to the caller and stays. */
  dispose(): void;
}

const message = (e: unknown) => (isShareError(e) || e instanceof Error ? e.message : String(e));

/**
 * The article page, framework-free: a view model and its actions over a share controller. Every
 * platform decision comes from `supports()`; nothing here names wx, window or a DOM.
 */
export function createArticleApp(options: ArticleAppOptions): ArticleApp {
  const { controller, resolveGroupId, loadTitle } = options;
  const article = findArticle(options.articleId);
  const path = articlePath(article.id);
  const compatibility = compatibilityMatrix((capability) => controller.supports(capability));
  const features = articleFeatures(compatibility);
  const logLimit = options.logLimit ?? 100;
  const listeners = new Set<(view: ArticleView) => void>();
  let log: LogEntry[] = [];
  let logId = 0;
  let group: GroupView = { status: 'none' };
  let error: string | null = null;
  let lastOutcome: ArticleView['lastOutcome'] = null;
  // Bumped on every new lookup: an answer for an older ticket must not overwrite a newer one.
  let lookupId = 0;
  let disposed = false;

  function card(): ShareContent {
    const content: ShareContent = { title: article.title, path };
    // Where the image does not reach the card, sending it anyway would claim an image nobody sees.
    if (features.imageUrl) content.imageUrl = options.assetUrl ? options.assetUrl(article.imageUrl) : article.imageUrl;
    return content;
  }

  // Where the platform cannot wait for async content it would share its defaults: the card is
  // then synchronous. Where it can, the title may come from elsewhere.
  const content: ContentProvider = features.asyncContent
    ? async (trigger) => ({ ...card(), title: loadTitle ? await loadTitle(article, trigger) : article.title })
    : () => card();
  controller.setContent(content);

  function view(): ArticleView {
    const state = controller.getState();
    const launch = state.launch;
    return {
      platform: controller.platform,
      article,
      path,
      features,
      compatibility,
      contentMode: features.asyncContent ? 'async' : 'sync',
      menu: state.menu,
      session: state.session.phase,
      lastOutcome,
      launch: launch === null ? null : { ...(launch.scene !== undefined && { scene: launch.scene }), ticket: launch.shareTicket !== undefined },
      group,
      error,
      log,
    };
  }

  let current = view();

  function emit(): void {
    if (disposed) return;
    current = view();
    for (const listener of [...listeners]) listener(current);
  }

  function append(kind: LogEntry['kind'], text: string): void {
    log = [...log, { id: ++logId, kind, text }].slice(-logLimit);
  }

  let settled = controller.getState().settled;
  const unsubscribe = controller.subscribe((state, event) => {
    append('event', describeEvent(event, state));
    if (state.settled !== settled && state.settled) {
      settled = state.settled;
      const { id, outcome } = state.settled;
      lastOutcome = {
        status: outcome.status,
        text: describeOutcome(outcome),
        tickets: outcome.status === 'shared' ? (outcome.tickets?.length ?? 0) : 0,
      };
      append('outcome', `#${id} ${lastOutcome.text}`);
    }
    if (event.type === 'launch') void lookupGroup();
    if (event.type === 'destroy') {
      lookupId++;
      group = { status: 'none' };
    }
    emit();
  });

  async function lookupGroup(): Promise<void> {
    const id = ++lookupId;
    const ticket = controller.getState().launch?.shareTicket;
    const set = (next: GroupView) => {
      if (id !== lookupId) return;
      group = next;
      emit();
    };
    if (ticket === undefined) return set({ status: 'none' });
    append('app', 'opened from a group share card: a share ticket arrived');
    if (!features.shareInfo) return set({ status: 'failed', error: "this platform cannot read share info (supports('tickets') is false)" });
    set({ status: 'ticket' });
    try {
      const info = await controller.getShareInfo();
      if (!resolveGroupId) {
        append('app', `share info read (${info.source}); no server here to decrypt it`);
        return set({ status: 'info', source: info.source });
      }
      const groupId = await resolveGroupId(info);
      if (id === lookupId) append('app', `group id decrypted by the server: ${groupId}`);
      set({ status: 'resolved', groupId });
    } catch (e) {
      if (id === lookupId) append('app', `group lookup failed: ${message(e)}`);
      set({ status: 'failed', error: message(e) });
    }
  }

  return {
    content,
    getView: () => current,
    subscribe(listener) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
    async start() {
      if (features.menu) {
        try {
          await controller.showMenu(features.menuWithShareTicket && options.ticketMenu ? options.ticketMenu : {});
        } catch (e) {
          error = `showMenu failed: ${message(e)}`;
          append('app', error);
          emit();
        }
      }
      await lookupGroup();
    },
    share: (from = 'button') => controller.share({ from }),
    lookupGroup,
    dispose() {
      disposed = true;
      lookupId++;
      unsubscribe();
      listeners.clear();
    },
  };
}
