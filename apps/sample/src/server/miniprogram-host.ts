import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { compileFunction } from 'node:vm';
import type { ArticlePageData } from '../shared';

/** How the hosted mini program's `wx.request` reaches the server: an HTTP client or an in-process call. */
export type SampleRequest = (url: string, body: unknown) => Promise<{ statusCode: number; data: unknown }>;

type ModuleFunction = (...globals: unknown[]) => void;

/** How a platform names its files and its API: WeChat's `wx` and `.wxml` with `wx:if`, QQ's `qq` and `.qml` with `qq:if`. */
export interface MiniProgramDialect {
  /** The API global (`wx`, `qq`) and the prefix of template directives. */
  api: 'wx' | 'qq';
  /** The page template's extension. */
  template: 'wxml' | 'qml';
}

export const WECHAT: MiniProgramDialect = { api: 'wx', template: 'wxml' };
export const QQ: MiniProgramDialect = { api: 'qq', template: 'qml' };

// What the platform gives every app and page file, as parameters of the compiled module function.
const globals = (dialect: MiniProgramDialect) => [dialect.api, 'App', 'Page', 'getApp', 'getCurrentPages', 'require', 'module', 'exports'];

/** The built mini program (dist/miniprogram), compiled once, run in any number of runtimes. */
export interface MiniProgramBundle {
  readonly dir: string;
  readonly dialect: MiniProgramDialect;
  /** Routes from app.json, WeChat style (`pages/article/index`). */
  readonly pages: readonly string[];
  readonly app: ModuleFunction;
  readonly pageModules: ReadonlyMap<string, ModuleFunction>;
  /** Each page's template source (WXML, QML). */
  readonly wxml: ReadonlyMap<string, string>;
}

function compile(dir: string, file: string, dialect: MiniProgramDialect): ModuleFunction {
  return compileFunction(readFileSync(join(dir, file), 'utf8'), globals(dialect), { filename: join(dir, file) }) as ModuleFunction;
}

/** Reads and compiles app.js and every page of app.json in `dir` (the output of the build). */
export function loadMiniProgramBundle(dir: string, dialect: MiniProgramDialect = WECHAT): MiniProgramBundle {
  const appJson = JSON.parse(readFileSync(join(dir, 'app.json'), 'utf8')) as { pages?: unknown };
  const pages = Array.isArray(appJson.pages) ? appJson.pages.filter((p): p is string => typeof p === 'string') : [];
  if (pages.length === 0) throw new Error(`${dir}/app.json lists no pages`);
  return {
    dir,
    dialect,
    pages,
    app: compile(dir, 'app.js', dialect),
    pageModules: new Map(pages.map((route) => [route, compile(dir, `${route}.js`, dialect)])),
    wxml: new Map(pages.map((route) => [route, readFileSync(join(dir, `${route}.${dialect.template}`), 'utf8')])),
  };
}

/** What hosting needs of a simulated runtime (`@sharekit/mock/wx`'s, `/qq`'s). */
export interface HostRuntime {
  readonly wx?: object;
  readonly qq?: object;
  App(options: never): void;
  Page(route: string, options: never): void;
  getApp(): unknown;
  getCurrentPages(): Array<{ route: string; data: Record<string, unknown> }>;
}

/** A built mini program running in one simulated runtime. */
export interface HostedMiniProgram<R extends HostRuntime = HostRuntime> {
  readonly runtime: R;
  /** The page in the foreground. */
  page(): ReturnType<R['getCurrentPages']>[number] | undefined;
  /** Its data (what its WXML renders). */
  data(): ArticlePageData | undefined;
  /**
   * Would WeChat render the page's `<button open-type="share">`? Evaluates the button's `wx:if`
   * in the page's WXML against the page's data (false when there is no such button).
   */
  shareButtonRendered(): boolean;
  /** Resolves once the app is idle: no request in flight and nothing left on the queues. */
  whenQuiet(): Promise<void>;
}

const SHARE_BUTTON = /<button\b[^>]*\bopen-type="share"[^>]*>/;

/** The data key of a `wx:if="{{key}}"` (or `{{!key}}`, `qq:if` on QQ) on the share button; null: always rendered. */
export function shareButtonCondition(wxml: string, dialect: MiniProgramDialect = WECHAT): { key: string; negated: boolean } | null {
  const tag = SHARE_BUTTON.exec(wxml)?.[0];
  if (tag === undefined) throw new Error('the page has no <button open-type="share">');
  const condition = new RegExp(`\\b${dialect.api}:if="\\{\\{\\s*(!?)\\s*([A-Za-z_$][\\w$]*)\\s*\\}\\}"`).exec(tag);
  return condition ? { key: condition[2]!, negated: condition[1] === '!' } : null;
}

const turn = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * Runs the built app.js and page files in `runtime`, the way WeChat does: `wx`, `App`, `Page`,
 * `getApp` and `getCurrentPages` as globals. Adds `wx.request` (which the simulator lacks) on top
 * of the runtime's `wx`, going through `request`.
 */
export function hostMiniProgram<R extends HostRuntime>(runtime: R, bundle: MiniProgramBundle, request?: SampleRequest): HostedMiniProgram<R> {
  const pending = new Set<Promise<unknown>>();
  const api = runtime[bundle.dialect.api];
  if (!api) throw new Error(`the runtime has no ${bundle.dialect.api}: the bundle is for another platform`);
  const wx = Object.create(api) as Record<string, unknown>;
  if (request) {
    wx.request = (options: {
      url: string;
      data?: unknown;
      success?: (r: { statusCode: number; data: unknown; errMsg: string }) => void;
      fail?: (r: { errMsg: string }) => void;
    }) => {
      const call = request(options.url, options.data).then(
        ({ statusCode, data }) => options.success?.({ statusCode, data, errMsg: 'request:ok' }),
        (error: unknown) => options.fail?.({ errMsg: `request:fail ${error instanceof Error ? error.message : String(error)}` }),
      );
      pending.add(call);
      void call.finally(() => pending.delete(call));
    };
  }
  const noRequire = (name: string) => {
    throw new Error(`require(${JSON.stringify(name)}): the sample's mini program files are self-contained bundles`);
  };
  const run = (fn: ModuleFunction, page: (options: object) => void) => {
    const module = { exports: {} };
    fn(wx, runtime.App.bind(runtime), page, runtime.getApp.bind(runtime), runtime.getCurrentPages.bind(runtime), noRequire, module, module.exports);
  };
  const noPage = () => {
    throw new Error('Page() is for page files, not app.js');
  };
  run(bundle.app, noPage);
  for (const [route, fn] of bundle.pageModules) run(fn, (options) => runtime.Page(route, options as never));

  const page = () => runtime.getCurrentPages().at(-1) as ReturnType<R['getCurrentPages']>[number] | undefined;
  return {
    runtime,
    page,
    data: () => page()?.data as ArticlePageData | undefined,
    shareButtonRendered() {
      const current = page();
      if (!current) return false;
      const wxml = bundle.wxml.get(current.route);
      if (wxml === undefined || !SHARE_BUTTON.test(wxml)) return false;
      const condition = shareButtonCondition(wxml, bundle.dialect);
      if (!condition) return true;
      return Boolean(current.data[condition.key]) !== condition.negated;
    },
    async whenQuiet() {
      // A few idle turns in a row: promise chains (getShareInfo, setData) settle in between.
      for (let idle = 0, turns = 0; idle < 3 && turns < 200; turns++) {
        await turn();
        if (pending.size > 0) {
          idle = 0;
          await Promise.allSettled([...pending]);
        } else idle++;
      }
    },
  };
}
