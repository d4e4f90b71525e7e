/**
 * The page in front, for `createMiniProgram({ page })`: the top of `getCurrentPages()` when the
 * runtime has it, else one key per route (the first page `this` seen there, from its `onShow`),
 * else undefined. Every mini program keeps a share menu per page; this tells them apart.
 */
export function pageFinder(pagesOf: (() => readonly unknown[]) | undefined): (self?: unknown) => object | undefined {
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
