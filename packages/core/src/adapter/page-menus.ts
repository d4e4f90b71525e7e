import type { MenuConfirmation, MenuState } from '../contract/menu';

/**
 * Menus per page, as every mini program keeps them: each page has its own share menu, and a new
 * page starts from its platform default. Pages are objects (the page instance, or one key per route).
 */
export interface PageMenus {
  /** The page in front, as last shown. */
  current(): object | undefined;
  /** The menu of `page`: the one last confirmed there, else the page's default. */
  get(page: object): MenuState;
  /**
   * `page` shows. Returns its menu when it is another page than before (hand it to the
   * controller: `host.syncMenu`), undefined when nothing changed.
   */
  show(page: object): MenuState | undefined;
  /** The platform confirmed `menu` for `page`: store it, and say whether that page is in front. */
  confirm(page: object, menu: MenuState): MenuConfirmation;
  /** Every page is gone (the app was destroyed): the next page to show is new. */
  reset(): void;
}

/** @param initial a fresh page's menu, as the platform makes it (e.g. from the page's handlers). */
export function createPageMenus(initial: (page: object) => MenuState): PageMenus {
  let menus = new WeakMap<object, MenuState>();
  let shown: object | undefined;
  const get = (page: object) => menus.get(page) ?? initial(page);
  return {
    current: () => shown,
    get,
    show(page) {
      if (page === shown) return undefined;
      shown = page;
      return get(page);
    },
    confirm(page, menu) {
      menus.set(page, menu);
      return { menu, current: page === shown };
    },
    reset() {
      menus = new WeakMap();
      shown = undefined;
    },
  };
}
