import { isShareError, type ShareController, type ShareError } from '@sharekit/core';
import { commands, page, userEvent } from 'vitest/browser';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { createWechatH5Adapter, isWechatBrowser } from '../src';
import { asContent, closeAll, guideHost, openedGuide, readyAdapter, seriousViolations, wechatShare } from './browser';
import { callsOf, testSigner, until } from './signer';
import { createWechatH5Runtime } from '@sharekit/mock/wechat-h5';

// The guide's chunk loaded up front (as the adapter prefetches it): its module-level code runs
// before the tests, so mutation testing sees each test use it.
beforeAll(() => import('../src/guide'));

const CONTENT = { title: '分享 Article 42', text: 'Worth a read', path: '/article/42', imageUrl: '/img/42.png' };

/** Shows the guide from a real button click, as an app would. */
async function shareFromButton(controller: ShareController) {
  const trigger = document.createElement('button');
  trigger.className = 'trigger';
  trigger.textContent = 'Share';
  let outcome!: ReturnType<ShareController['share']>;
  trigger.onclick = () => {
    outcome = controller.share({ from: 'button' });
  };
  document.body.append(trigger);
  await userEvent.click(trigger);
  const root = await openedGuide();
  return { trigger, outcome, root, dialog: root.querySelector('dialog')! };
}

const stubs: Array<() => void> = [];
function stubNavigator(key: 'userAgent' | 'language', value: string) {
  Object.defineProperty(navigator, key, { configurable: true, get: () => value });
  stubs.push(() => delete (navigator as unknown as Record<string, unknown>)[key]);
}

afterEach(async () => {
  closeAll();
  // A dialog's close event comes a task later: the next test starts without a guide.
  await until(() => guideHost() === null, 'the guide to go');
  while (stubs.length) stubs.pop()!();
  for (const button of document.querySelectorAll('button.trigger')) button.remove();
  history.replaceState(null, '', '/');
});

describe("inside WeChat's browser (its user agent, the simulated JS-SDK)", () => {
  it('the page runs with WeChat’s user agent: isWechatBrowser() is true', () => {
    expect(navigator.userAgent).toMatch(/MicroMessenger\/8\.0\.50/);
    expect(isWechatBrowser()).toBe(true);
  });

  it('sets the friends and Moments cards from the content; the user shares them from the ··· menu', async () => {
    const { runtime } = await wechatShare(CONTENT);
    const link = `${location.origin}/article/42`;
    const imgUrl = `${location.origin}/img/42.png`;
    expect(runtime.cards.appMessage).toEqual({ title: CONTENT.title, desc: CONTENT.text, link, imgUrl });
    expect(runtime.share('timeline')).toEqual({ target: 'timeline', custom: true, card: { title: CONTENT.title, link, imgUrl } });
  });

  it('signs again after history.pushState (at the next content change) and after going back (popstate)', async () => {
    // WeChat knows the page's URL before any page script hears popstate: this listener is first.
    let follow: (() => void) | undefined;
    const listener = () => follow?.();
    addEventListener('popstate', listener);
    stubs.push(() => removeEventListener('popstate', listener));
    const { runtime, signer, adapter, controller } = await wechatShare(CONTENT);
    follow = () => runtime.navigate(location.href);
    const first = location.href.split('#')[0]!;
    history.pushState(null, '', '/article/7');
    runtime.navigate(location.href);
    controller.setContent({ title: 'Article 7', path: '/article/7' });
    await until(() => runtime.cards.appMessage?.title === 'Article 7', 'the card of the new page');
    expect(signer.urls).toEqual([first, `${location.origin}/article/7`]);
    history.back();
    await until(() => signer.urls.length === 3 && adapter.status === 'ready', 'the config after popstate');
    expect(signer.urls[2]).toBe(first);
    await until(() => runtime.state === 'ready' && callsOf(runtime, 'updateAppMessageShareData').length === 3, 'the card again');
    expect(runtime.cards.appMessage?.title).toBe('Article 7');
  });
});

describe('the guide', () => {
  it('opens as a modal dialog named by its heading and described by its text; focus on its button', async () => {
    const { controller } = await wechatShare(CONTENT);
    const { root, dialog } = await shareFromButton(controller);
    expect(dialog.matches(':modal')).toBe(true);
    // What a screen reader announces: role, name and description, from the accessibility tree.
    const guide = page.getByRole('dialog', { name: 'Share this page' });
    await expect.element(guide).toBeVisible();
    await expect.element(guide).toHaveAccessibleDescription('Tap ··· at the top right, then choose “Send to Chat” or “Share to Moments”.');
    expect(root.activeElement).toBe(root.querySelector('button'));
    expect(root.querySelector('svg')?.getAttribute('aria-hidden')).toBe('true');
    // It points at WeChat's ··· button: the top right of the screen.
    const box = dialog.getBoundingClientRect();
    expect(box.top).toBeLessThan(60);
    expect(window.innerWidth - box.right).toBeLessThan(40);
  });

  it('has no serious or critical accessibility violation (axe-core)', async () => {
    const { controller } = await wechatShare(CONTENT);
    await shareFromButton(controller);
    expect(await seriousViolations(guideHost()!)).toEqual([]);
  });

  it('keyboard: Tab stays on the button (modal), Enter closes; the share ends unconfirmed, focus back on the trigger', async () => {
    const { controller } = await wechatShare(CONTENT);
    const { root, trigger, outcome } = await shareFromButton(controller);
    await userEvent.keyboard('{Tab}');
    expect(guideHost()).not.toBeNull();
    await userEvent.keyboard('{Shift>}{Tab}{/Shift}');
    // Focus never leaves the modal guide for the page behind it.
    expect(document.activeElement).not.toBe(trigger);
    root.querySelector('button')!.focus();
    await userEvent.keyboard('{Enter}');
    expect(await outcome).toEqual({ status: 'unconfirmed' });
    expect(guideHost()).toBeNull();
    expect(document.activeElement).toBe(trigger);
  });

  it('Esc closes it: unconfirmed, never shared (WeChat says nothing about the menu)', async () => {
    const { controller } = await wechatShare(CONTENT);
    const { outcome } = await shareFromButton(controller);
    await userEvent.keyboard('{Escape}');
    expect(await outcome).toEqual({ status: 'unconfirmed' });
    expect(controller.getState().session.phase).toBe('idle');
  });

  it('a click outside closes it; a click inside does not', async () => {
    const { controller } = await wechatShare(CONTENT);
    const { outcome, dialog, root } = await shareFromButton(controller);
    await userEvent.click(root.querySelector('p')!);
    expect(dialog.open).toBe(true);
    await commands.clickAt(2, 100);
    expect(await outcome).toEqual({ status: 'unconfirmed' });
  });

  it('share() sets the card it was asked for before the guide shows', async () => {
    const { controller, runtime } = await wechatShare(CONTENT);
    controller.setContent(({ from }) => ({ title: `from ${from}`, path: '/article/42' }));
    expect(runtime.cards.appMessage?.title).toBe('from menu');
    const { outcome } = await shareFromButton(controller);
    expect(runtime.cards.appMessage?.title).toBe('from button');
    expect(asContent(runtime.share().card)?.title).toBe('from button');
    await userEvent.keyboard('{Escape}');
    await outcome;
  });

  it('closes when the controller ends the session: its timeout, then dispose', async () => {
    const { controller } = await wechatShare(CONTENT, {}, { presentTimeout: 300 });
    const { outcome, dialog } = await shareFromButton(controller);
    await expect(outcome).resolves.toEqual({ status: 'unconfirmed' });
    await vi.waitFor(() => expect(dialog.open).toBe(false));
    const again = await shareFromButton(controller);
    controller.dispose();
    await expect(again.outcome).resolves.toMatchObject({ status: 'failed', error: { code: 'disposed' } });
    await vi.waitFor(() => expect(again.dialog.open).toBe(false));
  });

  it('closes by itself after `timeout` ms', async () => {
    const { controller } = await wechatShare(CONTENT, { timeout: 400 });
    const { outcome } = await shareFromButton(controller);
    expect(await outcome).toEqual({ status: 'unconfirmed' });
    expect(guideHost()).toBeNull();
  });

  it('speaks Chinese where the browser does; labels translate it', async () => {
    stubNavigator('language', 'zh-CN');
    const zh = await wechatShare(CONTENT);
    const { root } = await shareFromButton(zh.controller);
    expect(root.querySelector('h2')?.textContent).toBe('分享此页面');
    expect(root.querySelector('button')?.textContent).toBe('知道了');
    await userEvent.keyboard('{Escape}');
    const custom = await wechatShare(CONTENT, { labels: { close: 'OK' } });
    const again = await shareFromButton(custom.controller);
    expect(again.root.querySelector('button')?.textContent).toBe('OK');
    expect(again.root.querySelector('h2')?.textContent).toBe('分享此页面');
  });

  it('closeGuide() before the guide has loaded keeps it shut', async () => {
    const { adapter, controller } = await wechatShare(CONTENT);
    const outcome = controller.share();
    adapter.closeGuide();
    expect(await outcome).toEqual({ status: 'unconfirmed' });
    await new Promise((r) => setTimeout(r, 50));
    expect(guideHost()).toBeNull();
  });

  it('shows a title with markup as text and runs nothing', async () => {
    const { controller } = await wechatShare(CONTENT, { labels: { heading: '<img src=x onerror="window.__pwned=1">' } });
    const { root } = await shareFromButton(controller);
    expect(root.querySelector('h2')?.textContent).toBe('<img src=x onerror="window.__pwned=1">');
    expect(root.querySelector('img')).toBeNull();
    expect((window as { __pwned?: number }).__pwned).toBeUndefined();
  });
});

describe('outside WeChat', () => {
  it('in a plain browser: nothing signed or configured, share() unsupported and no guide', async () => {
    stubNavigator('userAgent', 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36');
    expect(isWechatBrowser()).toBe(false);
    const runtime = createWechatH5Runtime({ bridge: false });
    const signer = testSigner();
    const adapter = createWechatH5Adapter({ sdk: runtime.wx, sign: signer.sign });
    const { createShareController } = await import('@sharekit/core');
    const controller = createShareController({ adapter, content: CONTENT });
    const outcome = await controller.share();
    expect(outcome.status === 'failed' && isShareError(outcome.error, 'unsupported')).toBe(true);
    expect((outcome as { error: ShareError }).error.message).toMatch(/cannot start a share/);
    expect(guideHost()).toBeNull();
    expect(signer.urls).toEqual([]);
    expect(runtime.calls).toEqual([]);
    controller.dispose();
  });

  it('the README’s start-up choice picks @sharekit/web outside WeChat and this adapter inside', async () => {
    const { adapter } = await readyAdapter();
    expect(adapter.platform).toBe('wechat-h5');
    expect(isWechatBrowser()).toBe(true);
    stubNavigator('userAgent', 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) Safari/604.1');
    expect(isWechatBrowser()).toBe(false);
  });
});

describe('the guide, in detail', () => {
  // What WebKit delivers for a click on the backdrop: a click on the dialog, outside its box.
  const click = (dialog: HTMLDialogElement, x: number, y: number) => dialog.dispatchEvent(new MouseEvent('click', { clientX: x, clientY: y }));

  it('where closedby works, a click the dialog gets outside its box (a press that began inside it) leaves it open', async () => {
    expect('closedBy' in HTMLDialogElement.prototype).toBe(true);
    const { controller } = await wechatShare(CONTENT);
    const { dialog } = await shareFromButton(controller);
    click(dialog, 2, 100);
    await new Promise((r) => setTimeout(r, 50));
    expect(dialog.open).toBe(true);
  });

  it('without closedby (WebKit, WeChat on iOS), a click on the backdrop on any side closes it; one inside does not', async () => {
    // Where the engine has closedby (Chromium), hide it, as WebKit lacks it.
    const closedBy = Object.getOwnPropertyDescriptor(HTMLDialogElement.prototype, 'closedBy');
    delete (HTMLDialogElement.prototype as { closedBy?: unknown }).closedBy;
    if (closedBy) stubs.push(() => Object.defineProperty(HTMLDialogElement.prototype, 'closedBy', closedBy));
    for (const side of ['left', 'right', 'above', 'below'] as const) {
      const { controller } = await wechatShare(CONTENT);
      const { outcome, dialog } = await shareFromButton(controller);
      const box = dialog.getBoundingClientRect();
      // Its padding is the dialog.
      click(dialog, box.left + 8, box.top + 20);
      click(dialog, box.right - 8, box.bottom - 8);
      await new Promise((r) => setTimeout(r, 50));
      expect(dialog.open, side).toBe(true);
      const middle = { x: (box.left + box.right) / 2, y: (box.top + box.bottom) / 2 };
      const outside = { left: [box.left - 1, middle.y], right: [box.right + 1, middle.y], above: [middle.x, box.top - 1], below: [middle.x, box.bottom + 1] }[side];
      click(dialog, outside[0]!, outside[1]!);
      expect(await outcome, side).toEqual({ status: 'unconfirmed' });
      closeAll();
    }
  });

  it('a click on its arrow (outside the dialog’s box, but not the backdrop) keeps it open', async () => {
    const { controller } = await wechatShare(CONTENT);
    const { root, dialog } = await shareFromButton(controller);
    const arrow = root.querySelector('svg')!.getBoundingClientRect();
    expect(arrow.bottom).toBeLessThanOrEqual(dialog.getBoundingClientRect().top + 1);
    root.querySelector('path')!.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true, clientX: arrow.left + arrow.width / 2, clientY: arrow.bottom - 2 }));
    await new Promise((r) => setTimeout(r, 50));
    expect(dialog.open).toBe(true);
  });

  it('adapter.share() called without a controller session shows the guide all the same', async () => {
    const { adapter } = await readyAdapter();
    const outcome = adapter.share(CONTENT);
    await openedGuide();
    await userEvent.keyboard('{Escape}');
    expect(await outcome).toEqual({ status: 'unconfirmed' });
  });

  it('is a modal dialog for assistive technology, in a host marked by a bare attribute', async () => {
    const { controller } = await wechatShare(CONTENT);
    const { dialog } = await shareFromButton(controller);
    expect(dialog.getAttribute('aria-modal')).toBe('true');
    expect(guideHost()!.getAttribute('data-sharekit-guide')).toBe('');
  });

  it('its arrow is an SVG triangle that scales with the page’s rem', async () => {
    document.documentElement.style.fontSize = '32px';
    try {
      const { controller } = await wechatShare(CONTENT);
      const { root } = await shareFromButton(controller);
      const svg = root.querySelector('svg')!;
      expect(svg).toBeInstanceOf(SVGSVGElement);
      const path = svg.querySelector('path')!;
      expect(path).toBeInstanceOf(SVGPathElement);
      // 1.5rem by 1rem at 32px: the 24 × 16 triangle fills it.
      const [outer, inner] = [svg.getBoundingClientRect(), path.getBoundingClientRect()];
      for (const box of [outer, inner]) {
        expect(box.width).toBeCloseTo(48, 1);
        expect(box.height).toBeCloseTo(32, 1);
      }
    } finally {
      document.documentElement.style.fontSize = '';
    }
  });

  it('speaks Chinese only where the language is Chinese (zh), not where zh comes later in the tag', async () => {
    stubNavigator('language', 'en-zh');
    const { controller } = await wechatShare(CONTENT);
    const { root } = await shareFromButton(controller);
    expect(root.querySelector('h2')?.textContent).toBe('Share this page');
  });

  it('gives focus back to a share button inside a web component', async () => {
    const { controller } = await wechatShare(CONTENT);
    const component = document.createElement('div');
    component.className = 'trigger';
    // A focusable host, as many components are: focus goes back to the button inside, not to it.
    component.tabIndex = -1;
    const inner = component.attachShadow({ mode: 'open' }).appendChild(document.createElement('button'));
    inner.textContent = 'Share';
    inner.onclick = () => void controller.share({ from: 'button' });
    document.body.append(component);
    stubs.push(() => component.remove());
    inner.focus();
    inner.click();
    await openedGuide();
    await userEvent.keyboard('{Escape}');
    await expect.poll(guideHost).toBeNull();
    expect(component.shadowRoot!.activeElement).toBe(inner);
  });
});
