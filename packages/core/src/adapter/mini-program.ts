import type { HostedShare, ShareHost } from '../contract/adapter';
import type { ShareContent, ShareTrigger } from '../contract/content';
import type { LaunchContext } from '../contract/launch';
import type { MenuConfirmation, MenuState } from '../contract/menu';
import type { RequestOptions } from '../contract/state';
import { ShareError } from '../errors';
import { after } from '../timers';
import { type Calls, createCalls } from './calls';
import { createPageMenus, type PageMenus } from './page-menus';
import { DEV } from '../dev';

export interface MiniProgramOptions {
  /** The platform name on errors (`wx`, `alipay`). */
  platform: string;
  /** The platform object (`wx`, `my`, `tt`, `qq`, `swan`), for {@link MiniProgram.calls}. */
  api: object | undefined;
  /** That object's name in messages (`my`). Default: `platform`. */
  global?: string;
  /**
   * The page in front: the top of `getCurrentPages()`, else a key derived from `self` (the page's
   * `this` in its `onShow`), else undefined.
   */
  page(self?: unknown): object | undefined;
  /** A fresh page's menu, as the platform makes it (`undefined`: a runtime that tells no pages apart). */
  initialMenu(page: object | undefined): MenuState;
  /** The platform reports outcomes itself (then the page showing again ends nothing). */
  reportsOutcome(): boolean;
}

/**
 * What every mini program adapter needs, composed once: the controller connection (a newer
 * controller survives an older one's dispose), per-page menus, callback-style calls and timers
 * that disconnecting ends, and the page and app hooks' common part.
 */
export interface MiniProgram {
  readonly menus: PageMenus;
  /** Platform calls of the current connection: its disconnect ends them (and their timers) at once, and only those. */
  readonly calls: Calls;
  /** The connected controller's host, if any. */
  host(): ShareHost | undefined;
  /** A platform pull on the connected controller; undefined without one. Never throws. */
  pull(trigger: ShareTrigger, options?: RequestOptions): HostedShare | undefined;
  /** Something for the app to hear (a `warning`). */
  warn(error: ShareError): void;
  /** A timer that disconnecting clears; returns its cancel function. */
  timer(ms: number, fn: () => void): () => void;
  /**
   * A menu operation on the page in front: `run` calls the platform, then `apply` turns that
   * page's menu (as it is when the platform answers) into the confirmed one.
   */
  menu(run: () => Promise<unknown>, apply: (menu: MenuState) => MenuState): Promise<MenuConfirmation>;
  /** The current page's menu (for a new controller's state). */
  currentMenu(): MenuState;
  /** Page `onShow`: hand the controller this page's menu if another page was in front; end an unreported share. */
  pageShow(self: unknown, channel?: string): void;
  /** App `onLaunch`. */
  appLaunch(options: unknown): void;
  /** App `onShow`: the launch context, and the end of an unreported share. */
  appShow(options: unknown, channel?: string): void;
  /** The mini program lifecycle ended: the launch context is gone, every page is new. */
  destroy(): void;
  /** The adapter's `connect`. */
  connect(host: ShareHost): () => void;
}

// The key of "the page" when a runtime tells no pages apart (no getCurrentPages, no `this`).
const ONLY_PAGE = {};

export function createMiniProgram(options: MiniProgramOptions): MiniProgram {
  const { platform } = options;
  let host: ShareHost | undefined;
  const menus = createPageMenus((page) => options.initialMenu(page === ONLY_PAGE ? undefined : page));
  const newCalls = () => createCalls({ platform, api: options.api, ...(options.global !== undefined && { global: options.global }) });
  let calls = newCalls();
  const timers = new Set<() => void>();
  const live = () => options.page() ?? menus.current() ?? ONLY_PAGE;
  // A menu confirmed before any page was known (no getCurrentPages, no page shown yet): it is the
  // menu of the first page that shows.
  let early: MenuState | undefined;

  function timer(ms: number, fn: () => void): () => void {
    // Firing stops it too: it leaves the set (clearing a fired timer does nothing).
    const stop = () => {
      timers.delete(stop);
      cancel();
    };
    const cancel = after(ms, () => {
      stop();
      fn();
    });
    timers.add(stop);
    return stop;
  }

  const resume = (channel?: string) => {
    if (host && !options.reportsOutcome()) host.resume(channel);
  };
  // A hook must never throw into the platform: what the controller cannot take is dropped.
  const quietly = (fn: () => void) => {
    try {
      fn();
    } catch {
      // see above
    }
  };

  return {
    menus,
    get calls() {
      return calls;
    },
    host: () => host,
    pull(trigger, o) {
      try {
        return host?.request(trigger, o);
      } catch {
        return undefined;
      }
    },
    warn: (error) => quietly(() => host?.warn(error)),
    timer,
    async menu(run, apply) {
      // The page the call was made on, whatever shows when the platform answers.
      const page = live();
      await run();
      if (page !== ONLY_PAGE) return menus.confirm(page, apply(menus.get(page)));
      const first = menus.current();
      if (first) return menus.confirm(first, apply(menus.get(first)));
      early = apply(early ?? menus.get(ONLY_PAGE));
      return { menu: early, current: true };
    },
    currentMenu: () => menus.get(live()),
    pageShow(self, channel) {
      quietly(() => {
        const page = options.page(self);
        if (page && early && !menus.current()) menus.confirm(page, early);
        early = undefined;
        const menu = page && menus.show(page);
        if (menu && host) host.syncMenu(menu);
      });
      resume(channel);
    },
    appLaunch: (o) => quietly(() => host?.launch(o as LaunchContext)),
    appShow(o, channel) {
      quietly(() => host?.launch(o as LaunchContext));
      resume(channel);
    },
    destroy() {
      quietly(() => host?.destroy());
      menus.reset();
    },
    connect(next) {
      host = next;
      calls = newCalls();
      const mine = calls;
      return () => {
        // Nothing may outlive the controller: its calls and their timers end at once, even when a
        // newer controller took over (whose calls are its own).
        mine.dispose(new ShareError('disposed', DEV && 'the share controller was disposed', { platform }));
        // An older controller's dispose must not unhook a newer one.
        if (host !== next) return;
        host = undefined;
        for (const stop of [...timers]) stop();
      };
    },
  };
}

/** What the platform gets for a pull now, and the async content when it comes (or the defaults). */
export function pulledContent(hosted: HostedShare | undefined, defaults: ShareContent): { now: ShareContent; later?: Promise<ShareContent> } {
  if (hosted?.content) return { now: hosted.content };
  if (hosted?.pending) return { now: defaults, later: hosted.pending.then((c) => c, () => defaults) };
  return { now: defaults };
}
