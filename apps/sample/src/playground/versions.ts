import { isBaiduBackend } from './baidu';

/** The base library versions the playground simulates; `latest` is the simulator's newest. */
export const wxVersions = ['1.0.0', '1.1.0', '1.2.0', '1.2.4', '1.5.0', '2.3.0', '2.12.0', 'latest'] as const;

/** Douyin's base library versions the playground simulates (in the browser: @sharekit/mock/douyin). */
export const douyinVersions = ['1.0.0', '1.5.0', '2.28.0', '2.47.0', '2.91.0', '3.50.0'] as const;

export type Backend =
  | { kind: 'web' }
  | { kind: 'wechat-h5' }
  | { kind: 'wx'; version: string }
  | { kind: 'baidu'; runtime: string }
  | { kind: 'douyin'; version: string };

/** The versions a backend offers (none for the browsers and Baidu, whose runtimes are backends of their own). */
export const versionsOf = (kind: string): readonly string[] => (kind === 'wx' ? wxVersions : kind === 'douyin' ? douyinVersions : []);

/** `?backend=wx&version=2.3.0&article=7`: the state a link opens. */
export function readLocation(search: string): { backend: Backend; articleId: string } {
  const params = new URLSearchParams(search);
  const version = params.get('version') ?? 'latest';
  const named = params.get('backend') ?? '';
  const backend: Backend = isBaiduBackend(named)
    ? { kind: 'baidu', runtime: named }
    : named === 'wx' && (wxVersions as readonly string[]).includes(version)
      ? { kind: 'wx', version }
      : named === 'wechat-h5'
        ? { kind: 'wechat-h5' }
        : named === 'douyin'
          ? { kind: 'douyin', version: (douyinVersions as readonly string[]).includes(version) ? version : douyinVersions.at(-1)! }
          : { kind: 'web' };
  const article = params.get('article');
  return { backend, articleId: article && /^[\w-]{1,32}$/.test(article) ? article : '42' };
}
