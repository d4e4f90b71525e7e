// The Douyin mini app's globals, as much of them as the sample uses. The tt part comes from
// @sharekit/douyin (structural).
import type { DouyinLaunchOptions, DouyinShare, TtLike } from '@sharekit/douyin';

declare global {
  /** What app.js keeps in getApp().globalData. */
  interface SampleGlobalData {
    share: DouyinShare;
  }

  interface MiniProgramPage<D> {
    data: D;
    setData(patch: Partial<D>): void;
  }

  const tt: TtLike;
  function App(options: {
    globalData: SampleGlobalData;
    onLaunch?(options: DouyinLaunchOptions): void;
    onShow?(options: DouyinLaunchOptions): void;
    onError?(error: string): void;
  }): void;
  const console: { error(...data: unknown[]): void };
  function Page<D, M extends object>(options: { data: D } & M & ThisType<MiniProgramPage<D> & M>): void;
  function getApp(): { globalData: SampleGlobalData };
}
