import type { ShareOutcome } from '@sharekit/core';
import { type Channel, defaultChannels, defaultLabels, type IntentData, intentUrl, type SheetLabels } from './channels';
import { copyText } from './clipboard';
import { sheetStyle } from './sheet-style';

export interface Sheet {
  /** Settles once: at a choice (copy, a link) or when the sheet closes. */
  result: Promise<ShareOutcome>;
  close(): void;
}

/**
 * The fallback share sheet: a modal <dialog> in a shadow root. User text goes in through
 * textContent and properties only, never markup. Esc, the close button and a click outside
 * close it (`closedby="any"` where supported).
 */
export function openSheet(
  win: Window,
  data: IntentData,
  channels: readonly Channel[] = defaultChannels,
  custom: Partial<SheetLabels> = {},
  timeout = 0,
): Sheet {
  const labels = { ...defaultLabels, ...custom };
  const doc = win.document;
  // The element to give focus back to, looked up through shadow roots (web component apps).
  let previous = doc.activeElement as HTMLElement | null;
  while (previous?.shadowRoot?.activeElement) previous = previous.shadowRoot.activeElement as HTMLElement;
  const host = doc.createElement('div');
  const h = <K extends keyof HTMLElementTagNameMap>(
    tag: K,
    parent: Node,
    props?: Partial<HTMLElementTagNameMap[K]>,
  ): HTMLElementTagNameMap[K] => parent.appendChild(Object.assign(doc.createElement(tag), props));
  const close = () => dialog.close();
  let settle!: (outcome: ShareOutcome) => void;
  const result = new Promise<ShareOutcome>((resolve) => {
    settle = resolve;
  });
  // What closing means now: nothing chosen is a cancel; a QR code shown, or a link handed over
  // for manual copy, is out of our sight: `unconfirmed`.
  let onClose: ShareOutcome = { status: 'cancelled' };
  const timer = timeout > 0 ? win.setTimeout(close, timeout) : 0;

  host.setAttribute('data-sharekit-sheet', '');
  const root = host.attachShadow({ mode: 'open' });
  h('style', root, { textContent: sheetStyle });
  const dialog = h('dialog', root, {
    ariaModal: 'true',
    onclose() {
      win.clearTimeout(timer);
      settle(onClose);
      host.remove();
      if (previous?.isConnected) previous.focus();
    },
  });
  dialog.setAttribute('aria-labelledby', 'h');
  dialog.setAttribute('closedby', 'any');
  h('h2', dialog, { id: 'h', textContent: labels.heading });
  h('button', dialog, { className: 'x', textContent: '×', ariaLabel: labels.close, onclick: close });
  if (data.title) h('p', dialog, { textContent: data.title });
  h('p', dialog, { className: 'u', textContent: data.url });
  if (/^(https?|blob):/.test(data.imageUrl)) h('img', dialog, { src: data.imageUrl, alt: '' });
  const list = h('ul', dialog);
  const status = h('p', dialog, { role: 'status' });
  const panel = h('div', dialog);
  const say = (text: string, outcome: ShareOutcome) => {
    status.textContent = text;
    onClose = outcome;
  };

  for (const channel of channels) {
    const name = typeof channel === 'string' ? channel : channel.name;
    // Inside WeChat's own browser, a QR code to scan with WeChat makes no sense.
    if (name === 'wechat' && /MicroMessenger/i.test(win.navigator.userAgent)) continue;
    const autofocus = !list.firstChild;
    const button = h('button', h('li', list), {
      name,
      autofocus,
      textContent: typeof channel === 'string' ? labels[channel] : channel.label,
      async onclick() {
        if (name === 'copy') {
          if (await copyText(win, data.url, dialog)) {
            button.focus();
            say(labels.copied, { status: 'shared', channel: name, tickets: [] });
            settle(onClose);
            win.setTimeout(close, 1200); // time to read the confirmation
          } else {
            // Both copy paths failed: hand the link over, selected, and stay open.
            say(labels.copyFailed, { status: 'unconfirmed', channel: name });
            panel.replaceChildren();
            const input = h('input', panel, { readOnly: true, value: data.url, ariaLabel: labels.copyFailed });
            input.select();
          }
        } else if (name === 'wechat') {
          say(labels.scan, { status: 'unconfirmed', channel: name });
          import('./qr').then(
            ({ qrSvg }) => panel.replaceChildren(qrSvg(doc, data.url, labels.scan)),
            () => say(labels.qrFailed, { status: 'cancelled' }),
          );
        } else {
          const href = typeof channel === 'string' ? intentUrl(name, data) : channel.href(data);
          if (!/^(https?|mailto):/.test(href ?? '')) return;
          win.open(href, '_blank', 'noopener');
          onClose = { status: 'unconfirmed', channel: name };
          close();
        }
      },
    });
  }

  doc.body.appendChild(host);
  dialog.showModal();
  return { result, close };
}
