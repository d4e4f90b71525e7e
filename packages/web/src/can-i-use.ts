import { canShare } from './native';

/**
 * The web's own `canIUse` schemas, by feature detection: `web.share` (navigator.share),
 * `web.share.files`, `web.sheet` (the fallback sheet, which `sheet` says can open),
 * `web.clipboard`. Anything else is false.
 */
export function webCanIUse(schema: string, win: Window | undefined, sheet: boolean): boolean {
  const nav = win?.navigator;
  const native = typeof nav?.share === 'function';
  switch (schema) {
    case 'web.sheet':
      return sheet;
    case 'web.share':
      return native;
    // Probed with a tiny text file: does this browser take files in navigator.share?
    case 'web.share.files':
      try {
        // Stryker disable next-line ArrayDeclaration,StringLiteral: canShare judges a file by its name and type, not its content
        return native && canShare(nav!, { files: [new (win as Window & typeof globalThis).File([''], 'a.txt', { type: 'text/plain' })] });
      } catch {
        return false;
      }
    case 'web.clipboard':
      return typeof nav?.clipboard?.writeText === 'function';
  }
  return false;
}

/**
 * The portable answers, from the web's own schemas. A share starts from the app's own button
 * (`share`, `button`) where navigator.share or the sheet can take it; images reach only the sheet
 * (native share sheets ignore them); async content works through the sheet (navigator.share
 * needs the click's activation, which an await loses); both report a result (shared, or
 * cancelled). No menus, tickets nor timeline on the web.
 */
export function webSupports(capability: string, can: (schema: string) => boolean): boolean {
  switch (capability) {
    case 'share':
    case 'button':
    case 'text':
    case 'result':
      return can('web.share') || can('web.sheet');
    case 'image':
      return can('web.sheet') && !can('web.share');
    case 'async':
      return can('web.sheet');
    case 'files':
      return can('web.share.files');
  }
  return false;
}
