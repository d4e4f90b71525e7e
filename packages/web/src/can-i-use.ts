/**
 * Does this browser take files in navigator.share? Probed with a tiny text file; a browser without
 * canShare (Safari 12-13), or whose canShare throws, does not.
 */
function canShareFiles(nav: Navigator, win: Window): boolean {
  try {
    const probe = new (win as Window & typeof globalThis).File(
      // Stryker disable next-line ArrayDeclaration,StringLiteral: canShare judges a file by its name and type, not its content
      [''],
      'a.txt',
      { type: 'text/plain' },
    );
    return nav.canShare({ files: [probe] });
  } catch {
    return false;
  }
}

/** What this browser can do, by feature detection. */
export interface WebFeatures {
  /** navigator.share exists. */
  native: boolean;
  /** The fallback sheet can open. */
  sheet: boolean;
  nav: Navigator | undefined;
  win: Window | undefined;
}

export function webFeatures(win: Window | undefined, sheet: boolean): WebFeatures {
  const nav = win?.navigator;
  return { native: typeof nav?.share === 'function', sheet, nav, win };
}

/**
 * The web's own `canIUse` schemas, by feature detection: `web.share` (navigator.share),
 * `web.share.files`, `web.sheet` (the fallback sheet), `web.clipboard`. Anything else is false.
 */
export function webCanIUse(schema: string, f: WebFeatures): boolean {
  switch (schema) {
    case 'web.sheet':
      return f.sheet;
    case 'web.share':
      return f.native;
    case 'web.share.files':
      return f.native && canShareFiles(f.nav!, f.win!);
    case 'web.clipboard':
      return typeof f.nav?.clipboard?.writeText === 'function';
  }
  return false;
}

/**
 * The portable answers. A share starts from the app's own button (`share`, `button`) where
 * navigator.share or the sheet can take it; images reach only the sheet (native share sheets
 * ignore them); async content works through the sheet (navigator.share needs the click's
 * activation, which an await loses); both report a result (shared, or cancelled). No menus,
 * tickets nor timeline on the web.
 */
export function webSupports(capability: string, f: WebFeatures): boolean {
  const any = f.native || f.sheet;
  switch (capability) {
    case 'share':
    case 'button':
    case 'text':
    case 'result':
      return any;
    case 'image':
      return f.sheet && !f.native;
    case 'async':
      return f.sheet;
    case 'files':
      return f.native && canShareFiles(f.nav!, f.win!);
  }
  return false;
}
