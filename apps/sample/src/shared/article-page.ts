// The article page's App() and Page() bindings, the same on every mini program platform: each
// platform's app.ts and page file pass their adapter, their `shareApp` / `sharePage` and what truly
// differs (menu options, extra template data), and register the result with their own App() / Page().
import { type ContentProvider, createShareController, type ShareAdapter, type ShareController } from '@sharekit/core';
import { type ArticleApp, type ArticleAppOptions, createArticleApp } from './article';
import { type ArticlePageData, pageData } from './page-data';

/** The app's share (`getApp().globalData.share`): what every platform's `sharePage` takes. */
export interface AppShare<A extends ShareAdapter = ShareAdapter> {
  adapter: A;
  controller: ShareController<A>;
}

/**
 * App() options: one share controller for the whole app over `adapter`, the platform's app hooks
 * (`shareApp({ adapter })`: launch contexts, Alipay's app-wide card) and the share in `globalData`.
 */
export function articleApp<A extends ShareAdapter, H extends object>(adapter: A, appHooks: H) {
  const share: AppShare<A> = { adapter, controller: createShareController({ adapter }) };
  return {
    ...appHooks,
    globalData: { share },
    onError(error: string) {
      console.error(`sharekit sample: ${error}`);
    },
  };
}

/** What a platform's `sharePage(share, content)` returns, as far as the page uses it. */
export interface ArticlePageHooks {
  onShareAppMessage(options?: never): unknown;
  onShow(): void;
}

export interface ArticlePageSpec<S extends AppShare, H extends ArticlePageHooks> {
  /** The app's share: `() => getApp().globalData.share`. */
  share(): S;
  /** The platform's `sharePage`. */
  sharePage(share: S, content?: ContentProvider): H;
  /** The platform's own options for the page (its ticket menu, a group-id resolver, image URLs). */
  options?(share: S): Omit<ArticleAppOptions, 'controller' | 'articleId'>;
  /** Data for what the platform's template shows besides the shared page data. */
  extraData?(share: S): object;
}

/** `this` in the page's handlers, as far as the binding uses it. */
export interface ArticlePageThis {
  setData(patch: object): void;
}

const initial: Partial<ArticlePageData> = { title: '', canShareButton: false, log: [], matrix: [] };

/**
 * Page() options of the article page: `onLoad` creates the article app over the app's controller
 * and renders its view with `setData` on every change; `onShow` hands the page's content to the
 * controller again (and ends a share the platform does not report); `onShareAppMessage` is defined
 * on the page itself, since platforms show their share item only for pages that have it;
 * `shareFromPage` is the app-started share (a page button, where `supports('share')`).
 */
export function articlePage<S extends AppShare, H extends ArticlePageHooks>(spec: ArticlePageSpec<S, H>) {
  // Per page instance: the same page may be open more than once on the stack.
  const instances = new WeakMap<object, { article: ArticleApp; hooks: H; stop: () => void }>();
  return {
    data: initial,
    onLoad(this: ArticlePageThis, query: Record<string, string | undefined>) {
      const share = spec.share();
      const article = createArticleApp({ ...spec.options?.(share), controller: share.controller, articleId: query.id ?? '42' });
      const extra = spec.extraData?.(share);
      const render = () => this.setData({ ...pageData(article.getView()), ...extra });
      // With the content: each time this page shows, its content becomes the controller's again.
      const hooks = spec.sharePage(share, article.content);
      instances.set(this, { article, hooks, stop: article.subscribe(render) });
      render();
      void article.start();
    },
    onShow(this: object) {
      instances.get(this)?.hooks.onShow();
    },
    onUnload(this: object) {
      const instance = instances.get(this);
      instance?.stop();
      instance?.article.dispose();
      instances.delete(this);
    },
    onShareAppMessage(this: object, options?: Parameters<H['onShareAppMessage']>[0]): ReturnType<H['onShareAppMessage']> {
      const hooks = instances.get(this)?.hooks ?? spec.sharePage(spec.share());
      return hooks.onShareAppMessage(options as never) as ReturnType<H['onShareAppMessage']>;
    },
    /** Returns the outcome (a page's tap handler ignores it; the playground waits for it). */
    shareFromPage(this: object) {
      return instances.get(this)?.article.share('api');
    },
  };
}
