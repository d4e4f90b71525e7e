import type { ShareOutcome } from '@sharekit/core';
import { guideStyle } from './guide-style';
import { chineseGuideLabels, englishGuideLabels, type GuideLabels } from './labels';

export interface Guide {
  /** `unconfirmed` when the guide closes: WeChat never says whether the user shared. */
  result: Promise<ShareOutcome>;
  close(): void;
}

/**
 * The guide to WeChat's ··· menu: a modal <dialog> in a shadow root, named by its heading and
 * described by its text, with the focus on its one button. Esc, the button and a click outside
 * close it; the focus goes back where it was. Closing ends the share `unconfirmed`.
 */
export function openGuide(win: Window, custom: Partial<GuideLabels> = {}, timeout = 0): Guide {
  // Chinese where the browser speaks it (WeChat's own menu items are named in it), else English.
  const labels = { ...(/^zh\b/i.test(win.navigator.language) ? chineseGuideLabels : englishGuideLabels), ...custom };
  const doc = win.document;
  let previous = doc.activeElement as HTMLElement | null;
  while (previous?.shadowRoot?.activeElement) previous = previous.shadowRoot.activeElement as HTMLElement;
  const h = <K extends keyof HTMLElementTagNameMap>(tag: K, parent: Node, props?: Partial<HTMLElementTagNameMap[K]>): HTMLElementTagNameMap[K] =>
    parent.appendChild(Object.assign(doc.createElement(tag), props));
  let settle!: (outcome: ShareOutcome) => void;
  const result = new Promise<ShareOutcome>((resolve) => {
    settle = resolve;
  });
  const close = () => dialog.close();
  const timer = timeout > 0 ? win.setTimeout(close, timeout) : 0;

  const host = doc.createElement('div');
  host.toggleAttribute('data-sharekit-guide'); // a boolean attribute: present, no value
  const root = host.attachShadow({ mode: 'open' });
  h('style', root, { textContent: guideStyle });
  const dialog = h('dialog', root, {
    ariaModal: 'true',
    onclose() {
      win.clearTimeout(timer);
      settle({ status: 'unconfirmed' });
      host.remove();
      if (previous?.isConnected) previous.focus();
    },
  });
  dialog.setAttribute('aria-labelledby', 'h');
  dialog.setAttribute('aria-describedby', 'd');
  dialog.setAttribute('closedby', 'any');
  // WebKit (WeChat on iOS) has no closedby: a click on the backdrop reaches the dialog itself,
  // outside its box. Only there: where closedby works, a press that starts inside the dialog (to
  // select its text) and ends on the backdrop also clicks the dialog, and must not close it.
  if (!('closedBy' in dialog)) {
    dialog.addEventListener('click', (e) => {
      const box = dialog.getBoundingClientRect();
      // Stryker disable next-line EqualityOperator: > and >= (< and <=) differ only for a click exactly on the dialog's edge
      const inside = e.clientX >= box.left && e.clientX <= box.right && e.clientY >= box.top && e.clientY <= box.bottom;
      if (e.target === dialog && !inside) close();
    });
  }
  // The arrow up at WeChat's ··· button: decoration, the text says where to tap.
  const SVG = 'http://www.w3.org/2000/svg';
  const arrow = dialog.appendChild(doc.createElementNS(SVG, 'svg'));
  arrow.setAttribute('viewBox', '0 0 24 16');
  arrow.setAttribute('aria-hidden', 'true');
  arrow.appendChild(doc.createElementNS(SVG, 'path')).setAttribute('d', 'M12 0 24 16H0z');
  h('h2', dialog, { id: 'h', textContent: labels.heading });
  h('p', dialog, { id: 'd', textContent: labels.body });
  h('button', dialog, { autofocus: true, textContent: labels.close, onclick: close });
  doc.body.appendChild(host);
  dialog.showModal();
  return { result, close };
}
