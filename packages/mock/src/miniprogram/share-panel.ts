import type { SimContext } from './context';
import type { Lifecycle, PageRecord } from './lifecycle';

/** Why a tap did nothing, for the reasons every platform shares. */
export type PanelBlock = 'not-running' | 'busy';

/** What the panel records about the handler it asked. */
export interface HandlerReport {
  returned?: unknown;
  handlerError?: unknown;
}

/**
 * The platform's share panel over the current page: one at a time; while it is open the page is
 * hidden (onHide), and it shows again (onShow) when the panel closes if it is still in front.
 */
export interface SharePanel<Menu> {
  /** The foreground page, or why there is none to tap on. */
  tappable(): PageRecord<Menu> | PanelBlock;
  /**
   * Asks the page's handler for content synchronously (a throw is reported to App.onError and the
   * platform's defaults apply), then opens the panel over the page.
   */
  open(page: PageRecord<Menu>, handler: Function, report: HandlerReport, ...args: unknown[]): unknown;
  /** Closes the panel; the page shows again if the lifecycle it opened in is still the one in front. */
  close(page: PageRecord<Menu>, generation: number): void;
  /** Marks the panel closed without showing the page (result callbacks run before onShow). */
  release(): void;
}

export function createSharePanel<Options, Entry, Menu>(
  ctx: SimContext,
  life: Lifecycle<Options, Entry, Menu>,
): SharePanel<Menu> {
  let open = false;
  return {
    tappable() {
      const page = life.top();
      if (!page || life.status() !== 'foreground') return 'not-running';
      return open ? 'busy' : page;
    },
    open(page, handler, report, ...args) {
      let returned: unknown;
      try {
        returned = handler.apply(page.instance, args);
      } catch (error) {
        report.handlerError = error;
        ctx.reportError(error);
      }
      report.returned = returned;
      open = true;
      life.hidePage(page);
      return returned;
    },
    close(page, generation) {
      open = false;
      if (generation === ctx.generation && life.status() === 'foreground' && life.top() === page) life.showPage(page);
    },
    release() {
      open = false;
    },
  };
}

/** Marks a tap report as not opened, with the reason. */
export function notOpened<R extends { opened: boolean; reason?: string }>(report: R, reason: NonNullable<R['reason']>): R {
  report.opened = false;
  report.reason = reason;
  return report;
}
