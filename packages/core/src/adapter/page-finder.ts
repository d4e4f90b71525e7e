// Every mini program's global (WeChat, QQ, Baidu, Douyin, Alipay). Declared here only: the
// published types never name it.
declare const getCurrentPages: (() => readonly unknown[]) | undefined;

/**
 * The page in front, for `createMiniProgram({ page })`: the top of `getCurrentPages()` when the
 * runtime has it, else one key per route (the first page `this` seen there, from its `onShow`),
 * else undefined. Every mini program keeps a share menu per page; this tells them apart.
 * `given` is an adapter's `getCurrentPages` option: undefined takes the global one (read now),
 * null means none.
 */
export function pageFinder(given: (() => readonly unknown[]) | null | undefined): (self?: unknown) => object | undefined {
  const pagesOf = given === undefined ? (typeof getCurrentPages === 'function' ? getCurrentPages : undefined) : (given ?? undefined);
  const routes = new Map<string, object>();
  return (self) => {
    const pages = pagesOf?.();
    const top = pages?.[pages.length - 1];
    if (typeof top === 'object' && top !== null) return top;
    const route = (self as { route?: unknown } | undefined)?.route;
    if (typeof route !== 'string') return undefined;
    return routes.get(route) ?? routes.set(route, self as object).get(route);
  };
}
