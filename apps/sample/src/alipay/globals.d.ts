// The Alipay mini program's globals, as much of them as the sample uses (structural: the official
// @mini-types/alipay `my` fits MyLike).
import type { AlipayLaunchOptions, AlipayShare, MyLike } from '@sharekit/alipay';

declare global {
  /** What app.js keeps in getApp().globalData. */
  interface SampleGlobalData {
    share: AlipayShare;
  }

  interface MiniProgramPage<D> {
    data: D;
    setData(patch: Partial<D>): void;
  }

  const my: MyLike;
  function App(options: {
    globalData: SampleGlobalData;
    onLaunch?(options: AlipayLaunchOptions): void;
    onShow?(options: AlipayLaunchOptions): void;
    onShareAppMessage?(options?: object): unknown;
    onError?(error: string): void;
  }): void;
  const console: { error(...data: unknown[]): void };
  function Page<D, M extends object>(options: { data: D } & M & ThisType<MiniProgramPage<D> & M>): void;
  function getApp(): { globalData: SampleGlobalData };
}
