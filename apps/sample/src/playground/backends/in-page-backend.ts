// What every in-page simulator (Alipay's, Baidu's, Douyin's) runs the same way: the hosted page, the
// user's log, the platform's open share panel and the busy flag while the runtime answers, the
// frame around the page (bar, matrix, logs) and Esc. A platform's module says only what differs:
// its runtime, its panel's choices, how the runtime answers a choice, and what it shows.
import type { ShareAdapter } from '@sharekit/core';
import type { ArticlePageData, ArticlePageHooks } from '../../shared';
import type { BackendModule, PlaygroundUi, RunningBackend } from '../backend';
import { type Child, h, replace } from '../dom';
import { articleView, navBar, noButton, renderEmpty, renderLog, renderMatrix, sharePanel, userHeading } from '../view';
import { hostArticlePage, type InPageOptions, type InPagePage } from './in-page';

/** What a platform's `answer` and `render` work with. `V`: where a panel opens from besides the ··· menu. */
export interface InPageUser<A extends ShareAdapter, V extends string> {
  readonly page: InPagePage<A>;
  /** The runtime is answering the user: the share controls are disabled. */
  readonly busy: boolean;
  /** A line of the user's log (the platform and the user). */
  note(text: string): void;
  /** The click that opens the platform's panel from `via`. */
  open(via: 'menu' | V): () => void;
}

export interface InPageSpec<A extends ShareAdapter, H extends ArticlePageHooks, V extends string, C extends string>
  extends Omit<InPageOptions<A, H>, 'onError'> {
  /** The version simulated, `''` where the runtime is a backend of its own. */
  version: string;
  /** `Alipay 2.9.0`: the phone's title (`Article · …`) and the matrix's heading. */
  where: string;
  /** The ··· capsule (it opens the panel from the menu). */
  capsule: { label: string; title?: string };
  panel: {
    label: string;
    heading(via: 'menu' | V): string;
    choices: ReadonlyArray<InPageChoice<C>>;
  };
  /** What Esc picks in an open panel (the platform's back gesture). */
  dismiss: C;
  /** The user picked `choose` in the panel opened from `via`: the runtime answers; note what it did. */
  answer(user: InPageUser<A, V>, via: 'menu' | V, choose: C): Promise<void>;
  /** The platform's own parts: the page's share buttons, what the user panel says and the user can tap. */
  render(user: InPageUser<A, V>, data: ArticlePageData): { buttons: Child; about: string; actions: Child[] };
}

/** One of the panel's choices: what the user picks. */
export interface InPageChoice<C extends string> {
  choose: C;
  testid: string;
  text: string;
}

/** What a platform sets up at a version: its runtime and adapter, and what differs in what it shows. */
export type InPageSetup<A extends ShareAdapter, H extends ArticlePageHooks, V extends string, C extends string> = Omit<
  InPageSpec<A, H, V, C>,
  'articleId' | 'changed' | 'version'
>;

/** A backend whose simulated runtime runs in this page; its version defaults to the newest (`''` where it offers none). */
export function inPageBackend<A extends ShareAdapter, H extends ArticlePageHooks, V extends string, C extends string>(module: {
  id: string;
  label: string;
  versions: readonly string[];
  setup(version: string): InPageSetup<A, H, V, C>;
}): BackendModule {
  return {
    id: module.id,
    label: module.label,
    versions: module.versions,
    start: ({ version = module.versions.at(-1) ?? '', articleId, changed }) => startInPage({ ...module.setup(version), version, articleId, changed }),
  };
}

function startInPage<A extends ShareAdapter, H extends ArticlePageHooks, V extends string, C extends string>(
  spec: InPageSpec<A, H, V, C>,
): RunningBackend {
  const userLog: string[] = [];
  let picker: 'menu' | V | null = null;
  let busy = false;
  const note = (text: string) => {
    userLog.push(text);
    spec.changed();
  };
  const page = hostArticlePage({ ...spec, onError: (e) => note(`the mini program threw: ${e.split('\n')[0]}`) });
  const user: InPageUser<A, V> = {
    page,
    get busy() {
      return busy;
    },
    note,
    open: (via) => () => {
      picker = via;
      spec.changed();
    },
  };

  async function answer(choose: C): Promise<void> {
    const via = picker;
    if (!via || busy) return;
    picker = null;
    busy = true;
    spec.changed();
    try {
      await spec.answer(user, via, choose);
    } finally {
      busy = false;
      spec.changed();
    }
  }

  function render(ui: PlaygroundUi): void {
    navBar(ui, `Article · ${spec.where}`, { ...spec.capsule, disabled: busy, open: user.open('menu') });
    const data = page.data();
    if (!data) {
      renderEmpty(ui, 'No page.');
      return;
    }
    const own = spec.render(user, data);
    replace(ui.screen, articleView(data, own.buttons));
    const via = picker;
    replace(
      ui.overlay,
      via &&
        sharePanel(
          spec.panel.label,
          spec.panel.heading(via),
          spec.panel.choices.map((c) => ({ testid: c.testid, text: c.text, pick: () => void answer(c.choose) })),
        ),
    );
    replace(ui.userPanel, userHeading(), h('p', { class: 'meta' }, own.about), h('div', { class: 'actions' }, ...own.actions));
    renderMatrix(ui, data, spec.where);
    renderLog(ui, data.log, userLog.map((text) => ({ text })));
  }

  return {
    get ready() {
      return !busy;
    },
    version: spec.version,
    error: null,
    render,
    escape() {
      if (!picker) return false;
      void answer(spec.dismiss);
      return true;
    },
    dispose: () => page.dispose(),
  };
}

/** What {@link shareButton} and {@link tapMenuOrButton} need of the user (any platform with a `button` via). */
type ButtonUser = Pick<InPageUser<ShareAdapter, 'button'>, 'busy' | 'open'>;

/** The page's share button (`<button open-type="share">`), or why there is none. */
export function shareButton(user: ButtonUser, data: ArticlePageData, none: string): HTMLElement {
  return data.canShareButton
    ? h('button', { class: 'share', testid: 'share-button', disabled: user.busy, on: { click: user.open('button') } }, 'Share this article')
    : noButton(none);
}

/** The user panel's taps on the ··· menu's 分享 and on the share button. */
export function tapMenuOrButton(user: ButtonUser, data: ArticlePageData): Child[] {
  return [
    h('button', { testid: 'tap-menu', disabled: user.busy, on: { click: user.open('menu') } }, 'Tap ··· › 分享'),
    h('button', { testid: 'tap-button', disabled: user.busy || !data.canShareButton, on: { click: user.open('button') } }, 'Tap the share button'),
  ];
}
