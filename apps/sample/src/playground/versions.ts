import type { BackendModule } from './backend';

/** What a link opens: a backend, one of its versions (undefined where it offers none), an article. */
export interface Selection {
  backend: BackendModule;
  version: string | undefined;
  articleId: string;
}

/** A backend's version: the one asked for where it offers it, else its newest. */
export const versionOf = (backend: BackendModule, asked: string | null | undefined): string | undefined =>
  asked && backend.versions.includes(asked) ? asked : backend.versions.at(-1);

/** `?backend=wx&version=2.3.0&article=7`: an unknown backend is the first (the browser). */
export function readLocation(search: string, backends: readonly BackendModule[]): Selection {
  const params = new URLSearchParams(search);
  const backend = backends.find((b) => b.id === params.get('backend')) ?? backends[0]!;
  const article = params.get('article');
  return {
    backend,
    version: versionOf(backend, params.get('version')),
    articleId: article && /^[\w-]{1,32}$/.test(article) ? article : '42',
  };
}
