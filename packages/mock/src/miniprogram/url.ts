// Page URLs and values as every mini program runtime passes them: routes without a leading slash,
// queries of decoded strings.

/** Splits `'/pages/a/index?x=1'` into a route without leading slash and a decoded query. */
export function parseUrl(url: string): { route: string; query: Record<string, string> } {
  const at = url.indexOf('?');
  const path = at < 0 ? url : url.slice(0, at);
  const search = at < 0 ? '' : url.slice(at + 1);
  const query: Record<string, string> = {};
  for (const pair of search.split('&')) {
    if (pair === '') continue;
    const eq = pair.indexOf('=');
    const key = eq < 0 ? pair : pair.slice(0, eq);
    const value = eq < 0 ? '' : pair.slice(eq + 1);
    query[safeDecode(key)] = safeDecode(value);
  }
  return { route: normalizeRoute(path), query };
}

function safeDecode(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

/** Mini program routes carry no leading slash (`pages/article/index`). */
export function normalizeRoute(path: string): string {
  return path.replace(/^\/+/, '');
}

export function stringifyQuery(query: Record<string, string>): string {
  return Object.entries(query)
    .map(([key, value]) => `${encodeURIComponent(key)}=${encodeURIComponent(value)}`)
    .join('&');
}

/** The share path of a page: `/route?query`. */
export function pagePath(route: string, query: Record<string, string>): string {
  const search = stringifyQuery(query);
  return `/${route}${search ? `?${search}` : ''}`;
}

export const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null;

export const isThenable = (value: unknown): value is PromiseLike<unknown> =>
  (typeof value === 'object' || typeof value === 'function') &&
  value !== null &&
  typeof (value as { then?: unknown }).then === 'function';
