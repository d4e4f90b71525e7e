/** Does this browser take files in navigator.share? Probed with a tiny text file. */
function canShareFiles(nav: Navigator, win: Window): boolean {
  try {
    return typeof nav.canShare === 'function' && nav.canShare({ files: [new (win as Window & typeof globalThis).File([''], 'a.txt', { type: 'text/plain' })] });
  } catch {
    return false;
  }
}

/**
 * The web's answers, from feature detection, under WeChat's schema names plus `web.*` ones.
 * `sheet`: the fallback sheet can open. Unknown schemas (and "__proto__" and the like) are false.
 */
export function webCanIUse(schema: string, win: Window | undefined, sheet: boolean): boolean {
  const nav = win?.navigator;
  const native = typeof nav?.share === 'function';
  switch (schema) {
    // The menu is app state on the web: the app binds its own share button to getState().menu.
    case 'showShareMenu':
    case 'hideShareMenu':
    case 'updateShareMenu':
    case 'showShareMenu.object.menus':
    case 'hideShareMenu.object.menus':
    case 'canIUse':
      return true;
    case 'onShareAppMessage':
    case 'onShareAppMessage.object.from':
    case 'onShareAppMessage.object.target':
    case 'onShareAppMessage.return.title':
    case 'onShareAppMessage.return.path':
    case 'onShareAppMessage.return.promise':
    case 'button.open-type.share':
      return native || sheet;
    // Native share sheets ignore images; the fallback sheet shows them.
    case 'onShareAppMessage.return.imageUrl':
    case 'web.sheet':
      return sheet;
    case 'web.share':
      return native;
    case 'web.share.files':
      return native && canShareFiles(nav!, win!);
    case 'web.clipboard':
      return typeof nav?.clipboard?.writeText === 'function';
  }
  return false;
}
