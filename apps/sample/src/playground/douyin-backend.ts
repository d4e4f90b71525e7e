// The simulated Douyin backend: unlike WeChat's (which needs node:crypto and runs on the sample
// server), @sharekit/mock/douyin runs in the browser, so the page, the shared logic, the adapter
// and the simulated runtime all run here. The page is wired as the Douyin sample's page is.
import { createShareController } from '@sharekit/core';
import { createDouyinAdapter, type DouyinPageHooks, type DouyinShareAppMessageOption, shareApp, sharePage } from '@sharekit/douyin';
import { createDouyinRuntime, type DouyinChoice, type DouyinShareReport } from '@sharekit/mock/douyin';
import { type ArticleApp, type ArticlePageData, createArticleApp, pageData } from '../shared';

export type DouyinVia = 'menu' | 'quick_share' | 'screenshot' | 'button';

export interface DouyinBackend {
  readonly version: string;
  data(): ArticlePageData | undefined;
  /** The 分享 item shows in the ··· menu. */
  menuVisible(): boolean;
  /** The user shares from `via`, then does `choose`. */
  tap(via: DouyinVia, choose: DouyinChoice): Promise<void>;
  /** What Douyin and the user did, newest last. */
  readonly userLog: readonly string[];
  dispose(): void;
}

const ROUTE = '/pages/article/index';

export function createDouyinBackend(version: string, articleId: string, onChange: () => void): DouyinBackend {
  const runtime = createDouyinRuntime({ SDKVersion: version, appName: 'sharekit sample' });
  const adapter = createDouyinAdapter({ tt: runtime.tt, getCurrentPages: runtime.getCurrentPages, defaults: { title: 'sharekit sample' } });
  const controller = createShareController({ adapter });
  const share = { adapter, controller };
  const userLog: string[] = [];
  let article: ArticleApp | undefined;
  let hooks: DouyinPageHooks | undefined;
  let stop = () => {};
  runtime.App({ ...shareApp(share), onError: (e: string) => userLog.push(`The mini app threw: ${e}`) });
  runtime.Page(ROUTE, {
    onLoad(query: Record<string, string | undefined>) {
      article = createArticleApp({ controller, articleId: query.id ?? articleId, assetUrl: (path) => new URL(path, location.origin).href });
      hooks = sharePage(share, article.content);
      stop = article.subscribe(onChange);
      void article.start();
    },
    onShow() {
      hooks?.onShow();
    },
    onShareAppMessage(options?: DouyinShareAppMessageOption) {
      return (hooks ?? sharePage(share)).onShareAppMessage(options);
    },
  });
  runtime.launch({ path: `${ROUTE}?id=${encodeURIComponent(articleId)}` });

  const describe = (via: DouyinVia, choose: DouyinChoice, r: DouyinShareReport) => {
    if (!r.opened) return `${via}: nothing opened (${r.reason})`;
    const option = JSON.stringify(r.option);
    const result = r.delivered ? `shared to a friend: “${r.delivered.title}” → ${r.delivered.path}` : choose === 'fail' ? 'the publisher failed to open' : 'backed out';
    return `onShareAppMessage(${option}); Douyin called ${r.callback}; the user ${result}`;
  };

  return {
    version,
    data: () => (article ? pageData(article.getView()) : undefined),
    menuVisible: () => runtime.menu.items.includes('share'),
    async tap(via, choose) {
      const tap = { choose };
      const report =
        via === 'menu'
          ? await runtime.user.tapMenuShare(tap)
          : via === 'quick_share'
            ? await runtime.user.tapQuickShare(tap)
            : via === 'screenshot'
              ? await runtime.user.takeScreenshot(tap)
              : await runtime.user.tapShareButton({ id: 'share', dataset: { channel: 'video' } }, tap);
      userLog.push(describe(via, choose, report));
      onChange();
    },
    userLog,
    dispose() {
      stop();
      article?.dispose();
      controller.dispose();
    },
  };
}
