// The mini program's globals, as much of them as the sample uses. The wx part comes from
// @sharekit/wx (structural), plus wx.request, which the sample uses to reach its server.
import type { WxLaunchOptions, WxLike, WxShare } from '@sharekit/wx';

declare global {
  interface WxRequestResult {
    statusCode: number;
    data: unknown;
    errMsg: string;
  }

  interface SampleWx extends WxLike {
    request?(options: {
      url: string;
      method?: 'GET' | 'POST';
      data?: unknown;
      header?: Record<string, string>;
      success?(result: WxRequestResult): void;
      fail?(result: { errMsg: string }): void;
    }): unknown;
  }

  /** What app.js keeps in getApp().globalData. */
  interface SampleGlobalData {
    share: WxShare;
  }

  interface MiniProgramPage<D> {
    data: D;
    setData(patch: Partial<D>): void;
  }

  const wx: SampleWx;
  function App(options: {
    globalData: SampleGlobalData;
    onLaunch?(options: WxLaunchOptions): void;
    onShow?(options: WxLaunchOptions): void;
    onError?(error: string): void;
  }): void;
  const console: { error(...data: unknown[]): void };
  function Page<D, M extends object>(options: { data: D } & M & ThisType<MiniProgramPage<D> & M>): void;
  function getApp(): { globalData: SampleGlobalData };
  /** Replaced at build time: where the sample's server answers (POST /api/group-id). */
  const SAMPLE_API_BASE: string;
}
