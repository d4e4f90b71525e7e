import type { ShareOutcome } from '@sharekit/core';
import type { WebAdapterOptions } from './adapter';
import { defaultChannels, defaultLabels, type IntentData, intentUrl, shareImageUrl } from './channels';
import { copyText } from './clipboard';
import { channelIcons } from './icons';
import { sheetStyle } from './sheet-style';

const SVG = 'http://www.w3.org/2000/svg';

export interface Sheet {
  /** Settles once: at a choice (copy, a link) or when the sheet closes. */
  result: Promise<ShareOutcome>;
  close(): void;
}

/**
 * The fallback share sheet: a modal <dialog> in a shadow root. User text goes in through
 * textContent and properties only, never markup. Esc, the close button and a click outside
 * close it (`closedby="any"`, and a click handler where that is missing: WebKit).
 */
export function openSheet(
  win: Window,
  /** With `imageUrl` as the content gave it: only what other sites can fetch goes on. */
  content: IntentData,
  // The adapter's options, read here: the chunk that loads on demand, not the adapter, holds the defaults.
  { channels = defaultChannels, labels: custom = {}, timeout = 0 }: Pick<WebAdapterOptions, 'channels' | 'labels' | 'timeout'>,
): Sheet {
  const imageUrl = shareImageUrl(content.imageUrl, win);
  const data: IntentData = { ...content, imageUrl };
  // The sheet may also show a page-local blob: image, which no other site gets.
  const preview = imageUrl || (/^blob:/i.test(content.imageUrl) ? content.imageUrl : '');
  const labels = { ...defaultLabels, ...custom };
  const doc = win.document;
  // The element to give focus back to, looked up through shadow roots (web component apps).
  let previous = doc.activeElement as HTMLElement | null;
  // Stryker disable next-line OptionalChaining: activeElement is null only without a body, where the sheet cannot open anyway
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

  host.toggleAttribute('data-sharekit-sheet'); // a boolean attribute: present, no value
  const root = host.attachShadow({ mode: 'open' });
  h('style', root, { textContent: sheetStyle });
  const dialog = h('dialog', root, {
    ariaModal: 'true',
    onclose() {
      win.clearTimeout(timer);
      settle(onClose);
      host.remove();
      // Stryker disable next-line ConditionalExpression,OptionalChaining: Chromium gives focus back by itself; test/engines checks the browsers that do not
      if (previous?.isConnected) previous.focus();
    },
  });
  dialog.setAttribute('aria-labelledby', 'h');
  dialog.setAttribute('closedby', 'any');
  // WebKit has no closedby: a click on the backdrop reaches the dialog itself, outside its box.
  // Only there: where closedby works, a press that starts inside the dialog (to select its text)
  // and ends on the backdrop also clicks the dialog, and must not close it.
  if (!('closedBy' in dialog)) {
    dialog.addEventListener('click', (e) => {
      const box = dialog.getBoundingClientRect();
      // Stryker disable next-line EqualityOperator: > and >= (< and <=) differ only for a click exactly on the dialog's edge
      const inside = e.clientX >= box.left && e.clientX <= box.right && e.clientY >= box.top && e.clientY <= box.bottom;
      if (e.target === dialog && !inside) close();
    });
  }
  h('h2', dialog, { id: 'h', textContent: labels.heading });
  h('button', dialog, { className: 'x', textContent: '×', ariaLabel: labels.close, onclick: close });
  if (data.title) h('p', dialog, { textContent: data.title });
  h('p', dialog, { className: 'u', textContent: data.url });
  if (preview) h('img', dialog, { src: preview, alt: '' });
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
            say(labels.copied, { status: 'shared', channel: name });
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
          // Closing counts as `unconfirmed` only once a QR code is shown; until then, or when it
          // fails, closing means what it meant before WeChat was picked.
          const qrFailed = () => {
            status.textContent = labels.qrFailed;
          };
          // A phone cannot scan its own screen: there the link to paste and the saved code lead.
          const phone = win.matchMedia('(pointer: coarse)').matches;
          status.textContent = phone ? labels.scanPhone : labels.scan;
          import('./qr').then(({ qrSvg, qrPngUrl }) => {
            try {
              const svg = qrSvg(doc, data.url, labels.scan);
              const actions = doc.createElement('div');
              actions.className = 'a';
              panel.replaceChildren(svg, actions);
              const copy = h('button', actions, {
                textContent: labels.wechatCopy,
                async onclick() {
                  status.textContent = (await copyText(win, data.url, dialog)) ? labels.wechatCopied : labels.copyFailed;
                },
              });
              h('a', actions, { href: qrPngUrl(data.url), download: 'wechat-qr.png', textContent: labels.saveQr });
              onClose = { status: 'unconfirmed', channel: name };
              // The code is below the channels: bring it into view, and focus with it.
              svg.scrollIntoView({ block: 'nearest' });
              copy.focus({ preventScroll: true });
            } catch {
              // lean-qr throws past a version 40 code's capacity (2953 bytes); URLs may be 8192.
              qrFailed();
            }
          }, qrFailed);
        } else {
          let href: string | undefined;
          try {
            href = typeof channel === 'string' ? intentUrl(name, data) : channel.href(data);
          } catch (e) {
            // The app's channel is broken: tell the developer, keep the sheet and its session
            // for the other channels (nothing was shared, so there is no outcome to report).
            console.error(`sharekit: the href() of channel "${name}" threw`, e);
          }
          // Stryker disable next-line StringLiteral: no href is no link, like an empty one
          if (!/^(https?|mailto):/.test(href ?? '')) {
            status.textContent = labels.linkFailed;
            return;
          }
          win.open(href, '_blank', 'noopener');
          onClose = { status: 'unconfirmed', channel: name };
          close();
        }
      },
    });
    // The channel's mark before its label: decoration only, the label names the button.
    const icon = channelIcons[name];
    if (icon && typeof channel === 'string') {
      const svg = button.insertBefore(doc.createElementNS(SVG, 'svg'), button.firstChild);
      svg.setAttribute('viewBox', '0 0 24 24');
      svg.setAttribute('aria-hidden', 'true');
      svg.setAttribute('class', 'i');
      svg.appendChild(doc.createElementNS(SVG, 'path')).setAttribute('d', icon);
    }
  }

  doc.body.appendChild(host);
  dialog.showModal();
  return { result, close };
}
