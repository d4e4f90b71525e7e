// The playground's simulated Baidu smart program: @sharekit/mock/baidu runs right here in the
// page (it needs no Node), with the article page wired as src/baidu/pages/article wires it: the
// same shared logic over @sharekit/baidu. This page plays the user: the top-right 分享, the share
// button, and the answer in Baidu's share panel.
import { createShareController, type ShareController } from '@sharekit/core';
import { type BaiduAdapter, type BaiduPageHooks, createBaiduAdapter, shareApp, sharePage } from '@sharekit/baidu';
import { type BaiduPanelChoice, type BaiduRuntime, createBaiduRuntime } from '@sharekit/mock/baidu';
import { type ArticleApp, type ArticlePageData, createArticleApp, pageData } from '../shared';

/** The Baidu runtimes the playground offers (backend ids in `?backend=`). */
export const baiduRuntimes = [
  { id: 'baidu', label: 'Simulated Baidu 3.140.1 iOS', SDKVersion: '3.140.1', platform: 'ios' },
  { id: 'baidu-android-1.13.43', label: 'Simulated Baidu 1.13.43 Android', SDKVersion: '1.13.43', platform: 'android' },
] as const;

export const isBaiduBackend = (id: string) => baiduRuntimes.some((r) => r.id === id);

/** Where a share panel was asked for: the menu, the share button (page hook), or the page's openShare button. */
export type BaiduVia = 'menu' | 'button' | 'openShare';

export interface BaiduSession {
  readonly id: string;
  readonly label: string;
  readonly runtime: BaiduRuntime;
  readonly controller: ShareController<BaiduAdapter>;
  data(): ArticlePageData;
  /** What Baidu and the user did, newest last. */
  readonly userLog: readonly string[];
  /** The user answers a panel opened from `via`. */
  answer(via: BaiduVia, choose: BaiduPanelChoice): Promise<void>;
  dispose(): void;
}

const PAGE = '/pages/article/index';

/** A fresh Baidu smart program with the article page, launched; `onChange` after every change. */
export function startBaiduSession(id: string, articleId: string, onChange: () => void): BaiduSession {
  const spec = baiduRuntimes.find((r) => r.id === id) ?? baiduRuntimes[0];
  const runtime = createBaiduRuntime({ SDKVersion: spec.SDKVersion, platform: spec.platform, appName: 'sharekit sample' });
  const adapter = createBaiduAdapter({ swan: runtime.swan, getCurrentPages: runtime.getCurrentPages, defaults: { title: 'sharekit sample' } });
  const controller = createShareController({ adapter });
  const userLog: string[] = [];
  let article: ArticleApp | undefined;
  let hooks: BaiduPageHooks | undefined;
  let disposed = false;

  runtime.App({ ...shareApp({ adapter }), onError: (e: string) => userLog.push(`the mini program threw: ${e.split('\n')[0]}`) });
  runtime.Page(PAGE, {
    onLoad(query: Record<string, string | undefined>) {
      article = createArticleApp({ controller, articleId: query.id ?? articleId });
      hooks = sharePage({ adapter, controller }, article.content);
      article.subscribe(() => !disposed && onChange());
      void article.start();
    },
    onShow() {
      hooks?.onShow();
    },
    onShareAppMessage(options?: { from?: string }) {
      return (hooks ?? sharePage({ adapter, controller })).onShareAppMessage(options);
    },
  });
  runtime.launch({ path: `${PAGE}?id=${encodeURIComponent(articleId)}` });

  const note = (text: string) => {
    userLog.push(text);
    onChange();
  };

  return {
    id: spec.id,
    label: `Baidu ${spec.SDKVersion} (${spec.platform})`,
    runtime,
    controller,
    data: () => pageData(article!.getView()),
    userLog,
    async answer(via, choose) {
      if (via === 'openShare') {
        runtime.user.answerNextOpenShare({ choose });
        note(`the page calls swan.openShare; the user picks “${choose}”`);
        await article?.share('api');
      } else {
        const report = via === 'menu' ? await runtime.user.tapMenuShare({ choose }) : await runtime.user.tapShareButton({}, { choose });
        note(report.opened ? `${via === 'menu' ? '分享 (top-right menu)' : 'share button'}: card “${report.card?.title}”, the user picks “${choose}”` : `nothing opened: ${report.reason}`);
      }
      const card = runtime.cards.at(-1);
      if (card) note(`Baidu's card: ${card.title}${card.content ? ` · ${card.content}` : ''} → ${card.path}`);
    },
    dispose() {
      disposed = true;
      article?.dispose();
      controller.dispose();
    },
  };
}
