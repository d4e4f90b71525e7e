import { createShareController, type ShareContent, type ShareController } from '@sharekit/core';
import type { ShareSession } from '@sharekit/core/adapter';
import { commands, page, server, userEvent } from 'vitest/browser';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { WebAdapterOptions } from '../src';
import {
  channelButton,
  channelNames,
  clipboardText,
  closeAll,
  closeSheets,
  openedSheet,
  removeShare,
  resetClipboard,
  restoreStubs,
  seriousViolations,
  sheetHost,
  stubOpen,
  stubProperty,
  webShare,
} from './browser';

const URL_ = 'https://example.com/article/42?lang=zh';
const defaultChannelNames = ['copy', 'wechat', 'x', 'facebook', 'linkedin', 'whatsapp', 'telegram', 'weibo', 'qq', 'qzone', 'email'] as const;
const CONTENT: ShareContent = { title: '分享 Article', text: 'Worth reading', url: URL_ };
let controller: ShareController | undefined;

function setup(options: WebAdapterOptions = {}, content: ShareContent = CONTENT) {
  controller = webShare(options, content).controller;
  return controller;
}

/** Opens the sheet from a real button click, as an app would. */
async function shareFromButton(ctrl: ShareController) {
  const trigger = document.createElement('button');
  trigger.className = 'trigger';
  trigger.textContent = 'Share';
  let outcome!: ReturnType<ShareController['share']>;
  trigger.onclick = () => {
    outcome = ctrl.share({ from: 'button' });
  };
  document.body.append(trigger);
  await userEvent.click(trigger);
  const root = await openedSheet();
  return { trigger, outcome, root, dialog: root.querySelector('dialog')! };
}

// The sheet chunk loads before any test, so its module-level code (labels, intent URLs, icons,
// style) runs outside every test: Stryker then tests those mutants with every test, not only
// with the one test that happened to load the chunk first (in browser mode a file loads it once).
beforeAll(() => import('../src/sheet'));

beforeEach(() => removeShare());

afterEach(async () => {
  closeAll();
  restoreStubs();
  for (const button of document.querySelectorAll('button.trigger')) button.remove();
  document.documentElement.style.cssText = '';
});

describe('fallback sheet and the session', () => {
  it('closes when the controller ends the session: its timeout, then dispose', async () => {
    controller = webShare({}, CONTENT, { presentTimeout: 300 }).controller;
    const { outcome, dialog } = await shareFromButton(controller);
    await expect(outcome).resolves.toEqual({ status: 'unconfirmed' });
    await vi.waitFor(() => expect(dialog.open).toBe(false));
    const again = await shareFromButton(controller);
    controller.dispose();
    await expect(again.outcome).resolves.toMatchObject({ status: 'failed', error: { code: 'disposed' } });
    await vi.waitFor(() => expect(again.dialog.open).toBe(false));
  });
});

describe('fallback sheet', () => {
  it('opens as a labelled modal dialog in a shadow root, focus inside, channels in the order asked', async () => {
    const { root, dialog } = await shareFromButton(setup({ channels: ['email', 'copy', 'x'] }));
    expect(dialog.open).toBe(true);
    expect(dialog.matches(':modal')).toBe(true);
    expect(dialog.getAttribute('aria-modal')).toBe('true');
    const heading = root.getElementById(dialog.getAttribute('aria-labelledby')!);
    expect(heading?.textContent).toBe('Share');
    expect(channelNames(root)).toEqual(['email', 'copy', 'x']);
    expect(document.activeElement).toBe(sheetHost());
    expect(root.activeElement).toBe(channelButton(root, 'email'));
    expect(root.querySelector('button.x')?.getAttribute('aria-label')).toBe('Close');
    expect(root.querySelector('button.x')?.textContent).toBe('×');
    // No global CSS: the page's stylesheets gain nothing.
    expect([...document.styleSheets].some((s) => [...s.cssRules].some((r) => r.cssText.includes('sharekit')))).toBe(false);
  });

  it('has no serious or critical accessibility violation (axe-core), light and with the QR code', async () => {
    const { root } = await shareFromButton(setup());
    expect(await seriousViolations(sheetHost()!)).toEqual([]);
    await userEvent.click(channelButton(root, 'wechat'));
    await vi.waitFor(() => {
      if (!root.querySelector('svg[role=img]')) throw new Error('no QR code yet');
    });
    expect(await seriousViolations(sheetHost()!)).toEqual([]);
  });

  it('shows each built-in channel with its icon (decoration: the label names the button)', async () => {
    const ctrl = setup({ channels: [...defaultChannelNames, { name: 'mastodon', label: 'Mastodon', href: () => 'https://example.com/' }] });
    const { root } = await shareFromButton(ctrl);
    for (const name of defaultChannelNames) {
      const icon = channelButton(root, name).querySelector('svg');
      // LinkedIn asked simple-icons to drop its mark: no icon there.
      if (name === 'linkedin') expect(icon).toBeNull();
      else {
        expect(icon?.getAttribute('aria-hidden'), name).toBe('true');
        expect(icon!.querySelector('path')!.getAttribute('d'), name).toMatch(/^M/);
        const box = icon!.getBoundingClientRect();
        expect(box.width, name).toBeGreaterThan(10);
        expect(box.width, name).toBeLessThan(30);
        // The 24x24 mark is scaled into its box, not cropped by it.
        const mark = icon!.querySelector('path')!.getBoundingClientRect();
        expect(mark.right, name).toBeLessThanOrEqual(box.right + 0.5);
        expect(mark.bottom, name).toBeLessThanOrEqual(box.bottom + 0.5);
      }
    }
    expect(channelButton(root, 'mastodon').querySelector('svg')).toBeNull();
  });

  it('Esc cancels, removes the sheet and gives focus back to the share button', async () => {
    const { trigger, outcome } = await shareFromButton(setup());
    await userEvent.keyboard('{Escape}');
    expect(await outcome).toEqual({ status: 'cancelled' });
    expect(sheetHost()).toBeNull();
    expect(document.activeElement).toBe(trigger);
    expect(controller!.getState().session.phase).toBe('idle');
  });

  // Chromium restores dialog focus natively; the adapter does it too, for browsers that do not.
  it('gives focus back to a share button inside a web component', async () => {
    const ctrl = setup();
    const component = document.createElement('div');
    component.className = 'trigger';
    // A focusable host, as many components are: focus goes back to the button inside, not to it.
    component.tabIndex = -1;
    const inner = component.attachShadow({ mode: 'open' }).appendChild(document.createElement('button'));
    inner.textContent = 'Share';
    inner.onclick = () => void ctrl.share({ from: 'button' });
    document.body.append(component);
    inner.focus();
    inner.click();
    await openedSheet();
    await userEvent.keyboard('{Escape}');
    await expect.poll(sheetHost).toBeNull();
    expect(component.shadowRoot!.activeElement).toBe(inner);
    component.remove();
  });

  it('the close button cancels', async () => {
    const { root, outcome } = await shareFromButton(setup());
    await userEvent.click(root.querySelector<HTMLButtonElement>('button.x')!);
    expect(await outcome).toEqual({ status: 'cancelled' });
  });

  it('a click on the backdrop (outside the dialog) cancels', async () => {
    const { outcome, root, dialog } = await shareFromButton(setup());
    // A click inside the dialog's padding does not close it.
    const box = dialog.getBoundingClientRect();
    await commands.clickAt(box.left + 8, box.top + 20);
    expect(dialog.open).toBe(true);
    await commands.clickAt(2, 100);
    expect(await outcome).toEqual({ status: 'cancelled' });
    expect(root.host.isConnected).toBe(false);
  });

  // Skipped in the engines without closedby (WebKit, Firefox ESR): the next test is theirs.
  it.skipIf(!('closedBy' in HTMLDialogElement.prototype))('where closedby works, a click the dialog gets outside its box (a press that began inside it) leaves it open', async () => {
    const { dialog } = await shareFromButton(setup());
    dialog.dispatchEvent(new MouseEvent('click', { clientX: 2, clientY: 100 }));
    await new Promise((r) => setTimeout(r, 50));
    expect(dialog.open).toBe(true);
  });

  it('without closedby (WebKit), a click on the backdrop on any side cancels; one inside the dialog does not', async () => {
    // What WebKit delivers for a click on the backdrop: a click on the dialog, outside its box.
    const click = (dialog: HTMLDialogElement, x: number, y: number) => dialog.dispatchEvent(new MouseEvent('click', { clientX: x, clientY: y }));
    // Where the engine has closedby (Chromium), hide it, as WebKit lacks it.
    const closedBy = Object.getOwnPropertyDescriptor(HTMLDialogElement.prototype, 'closedBy');
    delete (HTMLDialogElement.prototype as { closedBy?: unknown }).closedBy;
    try {
      for (const side of ['left', 'right', 'above', 'below'] as const) {
        const { outcome, dialog } = await shareFromButton(setup());
        const box = dialog.getBoundingClientRect();
        // Its padding is the dialog.
        click(dialog, box.left + 8, box.top + 20);
        click(dialog, box.right - 8, box.bottom - 8);
        await new Promise((r) => setTimeout(r, 50));
        expect(dialog.open, side).toBe(true);
        const middle = { x: (box.left + box.right) / 2, y: (box.top + box.bottom) / 2 };
        const outside = { left: [box.left - 1, middle.y], right: [box.right + 1, middle.y], above: [middle.x, box.top - 1], below: [middle.x, box.bottom + 1] }[side];
        click(dialog, outside[0]!, outside[1]!);
        expect(await outcome, side).toEqual({ status: 'cancelled' });
        controller!.dispose();
      }
    } finally {
      if (closedBy) Object.defineProperty(HTMLDialogElement.prototype, 'closedBy', closedBy);
    }
  });

  it('closes by itself after `timeout` ms', async () => {
    // Long enough for openedSheet() to see it open on a loaded machine, short for the test.
    const { outcome } = await shareFromButton(setup({ timeout: 400 }));
    expect(await outcome).toEqual({ status: 'cancelled' });
    expect(sheetHost()).toBeNull();
  });

  it('copy link writes the URL to the clipboard, confirms it, and ends shared/copy', async () => {
    await resetClipboard();
    const { root, outcome, dialog } = await shareFromButton(setup());
    await userEvent.click(channelButton(root, 'copy'));
    expect(await outcome).toEqual({ status: 'shared', channel: 'copy' });
    // The session has ended, but the confirmation stays readable until the sheet closes itself.
    expect(dialog.open).toBe(true);
    expect(await clipboardText()).toBe(URL_);
    expect(root.querySelector('[role=status]')?.textContent).toBe('Link copied');
    await expect.poll(sheetHost, { timeout: 3000 }).toBeNull();
  });

  it('copy falls back to execCommand when the Clipboard API refuses', async () => {
    const writeText = vi.fn(() => Promise.reject(new DOMException('denied', 'NotAllowedError')));
    await resetClipboard();
    stubProperty(navigator.clipboard, 'writeText', writeText);
    const { root, outcome } = await shareFromButton(setup());
    // The link is copied from a field in the dialog (outside, the page is inert): one nobody
    // sees, read-only (no on-screen keyboard), with the link selected.
    const execCommand = document.execCommand.bind(document);
    let field: { readOnly: boolean; opacity: string; position: string; selected: string } | undefined;
    stubProperty(document, 'execCommand', (command: string) => {
      const area = root.querySelector('dialog textarea') as HTMLTextAreaElement;
      const style = getComputedStyle(area);
      field = { readOnly: area.readOnly, opacity: style.opacity, position: style.position, selected: area.value.slice(area.selectionStart, area.selectionEnd) };
      return execCommand(command);
    });
    await userEvent.click(channelButton(root, 'copy'));
    expect(await outcome).toEqual({ status: 'shared', channel: 'copy' });
    expect(writeText).toHaveBeenCalledWith(URL_);
    expect(field).toEqual({ readOnly: true, opacity: '0', position: 'fixed', selected: URL_ });
    expect(root.querySelector('textarea')).toBeNull();
    restoreStubs();
    expect(await clipboardText()).toBe(URL_);
  });

  it.each([
    ['returns false', () => false],
    [
      'throws',
      () => {
        throw new DOMException('denied', 'SecurityError');
      },
    ],
  ])('when both copy paths fail (execCommand %s), shows the URL selected and stays open; closing is unconfirmed', async (_, execCommand) => {
    stubProperty(navigator.clipboard, 'writeText', () => Promise.reject(new Error('no')));
    stubProperty(document, 'execCommand', execCommand);
    const { root, outcome, dialog } = await shareFromButton(setup());
    await userEvent.click(channelButton(root, 'copy'));
    const input = await vi.waitFor(() => root.querySelector('input')!);
    expect(input.value).toBe(URL_);
    // Said above it, and its accessible name.
    expect(root.querySelector('[role=status]')?.textContent).toBe('Copy this link:');
    expect(input.ariaLabel).toBe('Copy this link:');
    expect(input.readOnly).toBe(true);
    expect([input.selectionStart, input.selectionEnd]).toEqual([0, URL_.length]);
    expect(root.activeElement).toBe(input);
    expect(dialog.open).toBe(true);
    expect(controller!.getState().session.phase).toBe('presenting');
    await userEvent.keyboard('{Escape}');
    expect(await outcome).toEqual({ status: 'unconfirmed', channel: 'copy' });
  });

  it('a link channel opens a new tab with noopener and ends unconfirmed with its name', async () => {
    const open = stubOpen();
    const { root, outcome } = await shareFromButton(setup());
    await userEvent.click(channelButton(root, 'telegram'));
    expect(await outcome).toEqual({ status: 'unconfirmed', channel: 'telegram' });
    expect(open).toHaveBeenCalledTimes(1);
    expect(open.mock.calls[0]!.slice(1)).toEqual(['_blank', 'noopener']);
    expect(sheetHost()).toBeNull();
  });

  it('custom channels open their links; anything but http(s) or mailto: is not opened', async () => {
    const open = stubOpen();
    const ctrl = setup({
      channels: [
        { name: 'evil', label: 'Evil', href: () => 'javascript:alert(1)' },
        { name: 'mastodon', label: 'Mastodon', href: (d) => `https://mastodon.social/share?text=${encodeURIComponent(d.url)}` },
        { name: 'email', label: 'Email the team', href: () => 'mailto:team@example.com' },
      ],
    });
    const { root, outcome } = await shareFromButton(ctrl);
    expect(channelButton(root, 'mastodon').textContent).toBe('Mastodon');
    // A custom channel named like a built-in one is the app's: its label only, no built-in icon.
    expect(channelButton(root, 'email').textContent).toBe('Email the team');
    expect(channelButton(root, 'email').querySelector('svg')).toBeNull();
    await userEvent.click(channelButton(root, 'evil'));
    expect(open).not.toHaveBeenCalled();
    expect(root.querySelector('[role=status]')?.textContent).toBe('This link could not be opened');
    await userEvent.click(channelButton(root, 'mastodon'));
    expect(await outcome).toEqual({ status: 'unconfirmed', channel: 'mastodon' });
    expect(open.mock.calls[0]![0]).toBe(`https://mastodon.social/share?text=${encodeURIComponent(URL_)}`);
  });

  it('opens http: links too, and only what starts with http(s): or mailto:', async () => {
    const open = stubOpen();
    const ctrl = setup({
      channels: [
        { name: 'sneaky', label: 'Sneaky', href: () => "javascript:alert('https://example.com/')" },
        { name: 'intranet', label: 'Intranet', href: () => 'http://intranet.example/share' },
      ],
    });
    const { root, outcome } = await shareFromButton(ctrl);
    await userEvent.click(channelButton(root, 'sneaky'));
    expect(open).not.toHaveBeenCalled();
    await userEvent.click(channelButton(root, 'intranet'));
    expect(await outcome).toEqual({ status: 'unconfirmed', channel: 'intranet' });
    expect(open).toHaveBeenCalledWith('http://intranet.example/share', '_blank', 'noopener');
  });

  it('a custom channel whose href throws says so, stays open and settles nothing', async () => {
    const open = stubOpen();
    const ctrl = setup({
      channels: [
        {
          name: 'broken',
          label: 'Broken',
          href: () => {
            throw new Error('bug in the app');
          },
        },
        'telegram',
      ],
      labels: { linkFailed: '无法打开此链接' },
    });
    const consoleError = vi.spyOn(console, 'error').mockImplementation(() => {});
    const { root, outcome, dialog } = await shareFromButton(ctrl);
    await userEvent.click(channelButton(root, 'broken'));
    await vi.waitFor(() => expect(root.querySelector('[role=status]')?.textContent).toBe('无法打开此链接'));
    // The developer hears about the bug; the user gets a message, not a dead button.
    expect(consoleError).toHaveBeenCalledWith(expect.stringContaining('"broken"'), expect.objectContaining({ message: 'bug in the app' }));
    consoleError.mockRestore();
    expect(open).not.toHaveBeenCalled();
    expect(dialog.open).toBe(true);
    expect(ctrl.getState().session.phase).toBe('presenting');
    // Still usable: another channel works and gives the real outcome.
    await userEvent.click(channelButton(root, 'telegram'));
    expect(await outcome).toEqual({ status: 'unconfirmed', channel: 'telegram' });
    expect(open).toHaveBeenCalledTimes(1);
  });

  it('a session that already ended when the sheet would open keeps it shut', async () => {
    const { adapter } = webShare({}, CONTENT);
    // ShareSession.onEnd calls a listener at once when the session has already ended.
    const ended: ShareSession = { id: 1, onEnd: (listener) => listener() };
    const outcome = await adapter.share(CONTENT, { from: 'api' }, ended);
    expect(outcome).toEqual({ status: 'cancelled' });
    await new Promise((r) => setTimeout(r, 50));
    expect(sheetHost()).toBeNull();
  });

  it('opens from adapter.share() without a session (no controller) and settles at closeSheet()', async () => {
    const { adapter } = webShare({}, CONTENT);
    const outcome = adapter.share(CONTENT);
    await openedSheet();
    adapter.closeSheet();
    expect(await outcome).toEqual({ status: 'cancelled' });
  });

  it('two controllers over one adapter: a second share before the sheet shows cancels the first and keeps its own sheet', async () => {
    const { adapter, controller: first } = webShare({}, CONTENT);
    const second = createShareController({ adapter, content: { ...CONTENT, title: 'Second' } });
    const firstOutcome = first.share();
    const secondOutcome = second.share();
    expect(await firstOutcome).toEqual({ status: 'cancelled' });
    const root = await openedSheet();
    // The first session ended after the second sheet opened: that sheet is not the first's to close.
    await new Promise((r) => setTimeout(r, 50));
    expect(root.querySelector('dialog')!.open).toBe(true);
    expect(root.querySelector('p')!.textContent).toBe('Second');
    adapter.closeSheet();
    expect(await secondOutcome).toEqual({ status: 'cancelled' });
    second.dispose();
  });

  it('shows no empty title line for content without a title (and a page without one)', async () => {
    stubProperty(document, 'title', '');
    const { root } = await shareFromButton(setup({}, { url: URL_ }));
    const lines = [...root.querySelectorAll('p:not([role])')];
    expect(lines.map((p) => p.textContent)).toEqual([URL_]);
    // The link under the title, muted.
    expect(Number(getComputedStyle(lines[0]!).opacity)).toBeLessThan(1);
  });

  it('labels translate the sheet', async () => {
    const { root } = await shareFromButton(setup({ labels: { heading: '分享到', copy: '复制链接' } }));
    expect(root.querySelector('h2')?.textContent).toBe('分享到');
    expect(channelButton(root, 'copy').textContent).toBe('复制链接');
  });

  it('closeSheet() before the sheet has loaded keeps it shut', async () => {
    const outcome = setup().share();
    closeSheets();
    expect(await outcome).toEqual({ status: 'cancelled' });
    await new Promise((r) => setTimeout(r, 50));
    expect(sheetHost()).toBeNull();
  });

  it('closeSheet() ends an open sheet as cancelled', async () => {
    const { outcome } = await shareFromButton(setup());
    closeSheets();
    expect(await outcome).toEqual({ status: 'cancelled' });
  });
});

describe('hostile content', () => {
  it('shows a title with markup as text and runs nothing', async () => {
    const alert = vi.fn();
    stubProperty(window, 'alert', alert);
    const title = '<img src=x onerror=alert(1)><script>alert(2)</script>';
    const { root } = await shareFromButton(setup({}, { title, text: '<b>bold</b>', url: URL_ }));
    expect([...root.querySelectorAll('p')].some((p) => p.textContent === title)).toBe(true);
    expect(root.querySelector('img, script, b')).toBeNull();
    await new Promise((r) => setTimeout(r, 50));
    expect(alert).not.toHaveBeenCalled();
  });
});

describe('intent links', () => {
  const title = '微信分享 🎉 & more';
  const text = '中文 text + emoji 😀';
  const imageUrl = 'https://example.com/cover.png';
  const enc = encodeURIComponent;
  const expected: Record<string, string> = {
    x: `https://twitter.com/intent/tweet?text=${enc(title)}&url=${enc(URL_)}`,
    facebook: `https://www.facebook.com/sharer/sharer.php?u=${enc(URL_)}`,
    linkedin: `https://www.linkedin.com/sharing/share-offsite/?url=${enc(URL_)}`,
    whatsapp: `https://api.whatsapp.com/send?text=${enc(`${title} ${URL_}`)}`,
    telegram: `https://t.me/share/url?url=${enc(URL_)}&text=${enc(title)}`,
    weibo: `https://service.weibo.com/share/share.php?url=${enc(URL_)}&title=${enc(title)}&pic=${enc(imageUrl)}`,
    qq: `https://connect.qq.com/widget/shareqq/index.html?url=${enc(URL_)}&title=${enc(title)}&desc=${enc(text)}&pics=${enc(imageUrl)}`,
    qzone: `https://sns.qzone.qq.com/cgi-bin/qzshare/cgi_qzshare_onekey?url=${enc(URL_)}&title=${enc(title)}&desc=${enc(text)}&summary=${enc(text)}`,
    email: `mailto:?subject=${enc(title)}&body=${enc(`${text}\n\n${URL_}`)}`,
  };

  it('sends Weibo and QQ only absolute http(s) image URLs (relative ones resolved on the page)', async () => {
    const open = stubOpen();
    const blob = URL.createObjectURL(new Blob(['x'], { type: 'image/png' }));
    const cases: [string, string][] = [
      ['https://cdn.example.com/cover.png', 'https://cdn.example.com/cover.png'],
      ['/img/cover.png', `${location.origin}/img/cover.png`],
      ['wxfile://tmp_0123.png', ''],
      ['cloud://env-1.7a/cover.png', ''],
      [blob, ''],
    ];
    for (const [imageUrl, pic] of cases) {
      for (const [channel, field] of [['weibo', 'pic'], ['qq', 'pics']] as const) {
        const { root, outcome } = await shareFromButton(setup({}, { title, url: URL_, imageUrl }));
        channelButton(root, channel).click();
        await outcome;
        expect(new URL(open.mock.calls.at(-1)![0] as string).searchParams.get(field), `${channel} ${imageUrl}`).toBe(pic);
        controller!.dispose();
      }
    }
    URL.revokeObjectURL(blob);
  });

  it('encodes CJK, emoji and reserved characters in every built-in intent URL', async () => {
    const open = stubOpen();
    const ctrl = setup({}, { title, text, url: URL_, imageUrl });
    for (const [channel, href] of Object.entries(expected)) {
      const { root, outcome } = await shareFromButton(ctrl);
      channelButton(root, channel).click();
      expect(await outcome).toEqual({ status: 'unconfirmed', channel });
      expect(open).toHaveBeenLastCalledWith(href, '_blank', 'noopener');
      // Decoding gives the fields back unchanged (the query of URL_ stays inside its value).
      const values = [...new URL(href.replace('mailto:', 'mailto://x')).searchParams.values()];
      expect(values.some((v) => v.includes(URL_)), channel).toBe(true);
    }
    // Mail clients show "+" literally: spaces must be %20.
    expect(open.mock.calls.at(-1)![0]).toContain('%20');
    expect(open.mock.calls.at(-1)![0]).not.toContain('+');
  });
});

describe('look', () => {
  it('takes --sharekit-* theme variables from the page', async () => {
    document.documentElement.style.setProperty('--sharekit-bg', 'rgb(1, 2, 3)');
    document.documentElement.style.setProperty('--sharekit-fg', 'rgb(250, 251, 252)');
    const { dialog } = await shareFromButton(setup());
    expect(getComputedStyle(dialog).backgroundColor).toBe('rgb(1, 2, 3)');
    expect(getComputedStyle(dialog).color).toBe('rgb(250, 251, 252)');
  });

  // Only Chromium's driver emulates prefers-color-scheme per page: Firefox over BiDi and
  // WebKitWebDriver have no such command (MiniBrowser takes --dark-mode for its whole life).
  it.skipIf(server.browser !== 'chromium')('follows prefers-color-scheme: dark', async () => {
    await commands.colorScheme('dark');
    try {
      const { dialog } = await shareFromButton(setup());
      expect(getComputedStyle(dialog).backgroundColor).toBe('rgb(31, 32, 35)');
    } finally {
      await commands.colorScheme('light');
    }
  });

  it('fits a 375x667 phone screen (screenshot in test-results/)', async () => {
    await page.viewport(375, 667);
    // MiniBrowser's window cannot be narrower than its toolbar: WebKit gets about 450 px.
    expect(innerWidth).toBeLessThanOrEqual(server.browser === 'webkit' ? 480 : 375);
    const canvas = document.createElement('canvas');
    canvas.width = 400;
    canvas.height = 320;
    const ctx = canvas.getContext('2d')!;
    ctx.fillStyle = '#4a7';
    ctx.fillRect(0, 0, 400, 320);
    const blob = await new Promise<Blob>((resolve) => canvas.toBlob((b) => resolve(b!)));
    const imageUrl = URL.createObjectURL(blob);
    const long = 'A rather long article title that has to wrap over several lines 很长的标题 🎉';
    const { dialog, root } = await shareFromButton(setup({}, { title: long, url: `${URL_}&utm_source=a-very-long-query-string-value`, imageUrl }));
    await vi.waitFor(() => expect(root.querySelector('img')!.complete).toBe(true));
    // The page-local image shows as the preview (decoration: alt="").
    expect(root.querySelector('img')!.naturalWidth).toBe(400);
    expect(root.querySelector('img')!.alt).toBe('');
    const box = dialog.getBoundingClientRect();
    expect(box.left).toBeGreaterThanOrEqual(0);
    expect(box.right).toBeLessThanOrEqual(innerWidth);
    expect(dialog.scrollWidth).toBeLessThanOrEqual(dialog.clientWidth);
    for (const button of root.querySelectorAll('button')) expect(button.getBoundingClientRect().height).toBeGreaterThanOrEqual(44);
    await page.screenshot({ path: '../test-results/sheet-375x667.png' });
    if (server.browser === 'chromium') {
      await commands.colorScheme('dark');
      await page.screenshot({ path: '../test-results/sheet-375x667-dark.png' });
      await commands.colorScheme('light');
    }
    URL.revokeObjectURL(imageUrl);
  });
});
