/**
 * The platform's share menu. Types only.
 */

/**
 * The share menu of one page as the platform confirmed it. Menus are per page on every mini
 * program; the controller's state holds the current page's.
 * @since 2.0.0
 */
export interface MenuState {
  /** The share item shows. */
  readonly visible: boolean;
  /** The platform's own item names (WeChat `shareAppMessage`, `shareTimeline`; QQ `qq`, `qzone`, …). */
  readonly items: readonly string[];
  /** Shares from this menu come back with tickets. */
  readonly tickets: boolean;
}

/** What an adapter's menu operation confirms. */
export interface MenuConfirmation {
  /** The menu of the page the operation was called on. */
  readonly menu: MenuState;
  /** That page is still the current one: the controller's state takes `menu`. */
  readonly current: boolean;
}
