// The QQ mini program's globals, as much of them as the sample uses. The qq part comes from
// @sharekit/qq (structural).
import type { QQLaunchOptions, QQLike, QQShare } from '@sharekit/qq';

declare global {
  /** What app.js keeps in getApp().globalData. */
  interface SampleGlobalData {
    share: QQShare;
  }

  interface MiniProgramPage<D> {
    data: D;
    setData(patch: Partial<D>): void;
  }

  const qq: QQLike;
  function App(options: {
    globalData: SampleGlobalData;
    onLaunch?(options: QQLaunchOptions): void;
    onShow?(options: QQLaunchOptions): void;
    onError?(error: string): void;
  }): void;
  const console: { error(...data: unknown[]): void };
  function Page<D, M extends object>(options: { data: D } & M & ThisType<MiniProgramPage<D> & M>): void;
  function getApp(): { globalData: SampleGlobalData };
}
