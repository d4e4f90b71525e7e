// The simulated runtimes that run in the browser (@sharekit/mock/baidu, /douyin, /alipay: no Node
// needed) host the sample's article page right here, with the same App() and Page() bindings as the
// built mini programs (src/shared/article-page.ts); this page plays the user.
import type { ContentProvider, ShareAdapter } from '@sharekit/core';
import {
  type AppShare,
  type ArticleAppOptions,
  type ArticlePageData,
  type ArticlePageHooks,
  type ArticlePageThis,
  articleApp,
  articlePage,
} from '../../shared';

export const ARTICLE_ROUTE = '/pages/article/index';

/** What the playground needs of a simulated runtime. */
export interface InPageRuntime {
  App(options: Record<string, unknown>): void;
  Page(route: string, options: Record<string, unknown>): void;
  getCurrentPages(): Array<{ data: Record<string, unknown> }>;
  launch(input: { path: string }): unknown;
  destroy(): void;
}

export interface InPageOptions<A extends ShareAdapter, H extends ArticlePageHooks> {
  runtime: InPageRuntime;
  adapter: A;
  /** The platform package's App() and Page() hooks. */
  hooks: { shareApp(share: { adapter: A }): object; sharePage(share: AppShare<A>, content?: ContentProvider): H };
  articleId: string;
  /** As the platform's page file passes them. */
  extraData?(share: AppShare<A>): object;
  options?(share: AppShare<A>): Omit<ArticleAppOptions, 'controller' | 'articleId'>;
  /** After every setData of the page (the simulators render nothing; the playground does). */
  changed(): void;
  /** App.onError. */
  onError(error: string): void;
}

export interface InPagePage<A extends ShareAdapter> {
  readonly share: AppShare<A>;
  /** The page's data, what its template would render (undefined before it loads). */
  data(): ArticlePageData | undefined;
  /** The page's own share button (`shareFromPage`): the app-started share, its outcome. */
  shareFromPage(): Promise<unknown>;
  dispose(): void;
}

/** Registers the app and the article page in `runtime` and launches it on the article. */
export function hostArticlePage<A extends ShareAdapter, H extends ArticlePageHooks>(o: InPageOptions<A, H>): InPagePage<A> {
  const app = articleApp(o.adapter, o.hooks.shareApp({ adapter: o.adapter }));
  const { share } = app.globalData;
  const page = articlePage({ share: () => share, sharePage: o.hooks.sharePage, extraData: o.extraData, options: o.options });
  let disposed = false;
  o.runtime.App({ ...app, onError: o.onError });
  o.runtime.Page(ARTICLE_ROUTE, {
    ...page,
    onLoad(this: ArticlePageThis, query: Record<string, string | undefined>) {
      const setData = this.setData.bind(this);
      this.setData = (patch) => {
        setData(patch);
        if (!disposed) o.changed();
      };
      page.onLoad.call(this, query);
    },
  });
  o.runtime.launch({ path: `${ARTICLE_ROUTE}?id=${encodeURIComponent(o.articleId)}` });
  const top = () => o.runtime.getCurrentPages().at(-1);
  return {
    share,
    data: () => top()?.data as ArticlePageData | undefined,
    shareFromPage: async () => {
      const current = top();
      if (current) await page.shareFromPage.call(current);
    },
    dispose() {
      disposed = true;
      // Unloads the page (its article app stops listening), then the controller goes.
      o.runtime.destroy();
      share.controller.dispose();
    },
  };
}
