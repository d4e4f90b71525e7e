import type { Outcome } from './api';
import type { Lifecycle } from './lifecycle';

/**
 * Applies a share menu change to the current page: every platform keeps one menu per page. With
 * no page there is no menu to change (simulator choice: no platform documents this case).
 */
export function changeTopMenu<Options, Entry, Menu>(
  life: Lifecycle<Options, Entry, Menu>,
  change: (menu: Menu) => Menu): Outcome {
  const page = life.top();
  if (!page) return { ok: false, detail: 'no current page' };
  page.menu = change(page.menu);
  return { ok: true };
}
