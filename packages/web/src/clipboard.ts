/**
 * Copies text: the async Clipboard API, then the legacy `execCommand('copy')` (insecure contexts,
 * older browsers, a refused permission). The textarea goes into `parent`, inside the modal
 * dialog: outside it, the page is inert and nothing there can be selected.
 */
export async function copyText(win: Window, text: string, parent: Node): Promise<boolean> {
  try {
    await win.navigator.clipboard.writeText(text);
    return true;
  } catch {
    const area = win.document.createElement('textarea');
    area.value = text;
    area.readOnly = true;
    area.style.cssText = 'position:fixed;top:0;opacity:0';
    parent.appendChild(area);
    area.select();
    try {
      return win.document.execCommand('copy');
    } catch {
      return false;
    } finally {
      area.remove();
    }
  }
}
