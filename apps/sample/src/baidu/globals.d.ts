// The smart program's globals, as much of them as the sample uses; `swan` comes from
// @sharekit/baidu (structural). Kept apart from the WeChat target's globals (tsconfig.baidu.json).
import type { BaiduLaunchOptions, BaiduLike, BaiduShare } from '@sharekit/baidu';

declare global {
  /** What app.js keeps in getApp().globalData. */
  interface SampleGlobalData {
    share: BaiduShare;
  }

  interface MiniProgramPage<D> {
    data: D;
    setData(patch: Partial<D>): void;
  }

  const swan: BaiduLike;
  function App(options: {
    globalData: SampleGlobalData;
    onLaunch?(options: BaiduLaunchOptions): void;
    onShow?(options: BaiduLaunchOptions): void;
    onError?(error: string): void;
  }): void;
  const console: { error(...data: unknown[]): void };
  function Page<D, M extends object>(options: { data: D } & M & ThisType<MiniProgramPage<D> & M>): void;
  function getApp(): { globalData: SampleGlobalData };
}
