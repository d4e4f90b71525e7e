// Helpers for the real-browser tests: stub the platform, find the sheet, wait for it.
import axe from 'axe-core';
import { createShareController, type ShareContent, type ShareController, type ShareControllerOptions } from '@sharekit/core';
import { vi } from 'vitest';
import { server, userEvent } from 'vitest/browser';
import { createWebAdapter, type WebAdapter, type WebAdapterOptions } from '../src';

const made: Array<{ adapter: WebAdapter; controller: ShareController }> = [];

/** A web adapter and a controller over it; `closeAll()` (in afterEach) closes and disposes them. */
export function webShare(
  options: WebAdapterOptions,
  content: ShareContent,
  controllerOptions: Omit<ShareControllerOptions, 'adapter' | 'content'> = {},
) {
  const adapter = createWebAdapter(options);
  const controller = createShareController({ adapter, content, ...controllerOptions });
  made.push({ adapter, controller });
  return { adapter, controller };
}

/** Closes every open sheet, as `adapter.closeSheet()` would. */
export function closeSheets(): void {
  for (const { adapter } of made) adapter.closeSheet();
}

export function closeAll(): void {
  for (const { adapter, controller } of made.splice(0)) {
    adapter.closeSheet();
    controller.dispose();
  }
}

type ShareStub = (data: ShareData) => Promise<void>;

const stubbed: Array<() => void> = [];

function define<T extends object>(target: T, key: string, value: unknown): void {
  const own = Object.getOwnPropertyDescriptor(target, key);
  Object.defineProperty(target, key, { configurable: true, writable: true, value });
  stubbed.push(() => {
    if (own) Object.defineProperty(target, key, own);
    else delete (target as Record<string, unknown>)[key];
  });
}

/** navigator.share (and canShare, default: accepts everything) as this browser would have them. */
export function stubShare(share: ShareStub, canShare: (data: ShareData) => boolean = () => true) {
  const shareSpy = vi.fn(share);
  const canShareSpy = vi.fn(canShare);
  define(navigator, 'share', shareSpy);
  define(navigator, 'canShare', canShareSpy);
  return { share: shareSpy, canShare: canShareSpy };
}

/** A browser without the Web Share API (desktop Firefox, Chrome on Linux). */
export function removeShare(): void {
  define(navigator, 'share', undefined);
  define(navigator, 'canShare', undefined);
}

/** Replace any property for the test (navigator.userAgent, clipboard.writeText, execCommand). */
export const stubProperty = define;

/** window.open, recorded instead of opening tabs. */
export function stubOpen() {
  const open = vi.fn((..._args: unknown[]) => null);
  define(window, 'open', open);
  return open;
}

export function restoreStubs(): void {
  while (stubbed.length) stubbed.pop()!();
}

export const rejectWith = (name: string, message = `${name} from the stub`) => () =>
  Promise.reject(name === 'TypeError' ? new TypeError(message) : new DOMException(message, name));

export const sheetHost = () => document.querySelector<HTMLElement>('[data-sharekit-sheet]');

/** The open sheet's shadow root, once the sheet chunk has loaded and it shows. */
export async function openedSheet(timeout = 3000): Promise<ShadowRoot> {
  const deadline = Date.now() + timeout;
  for (;;) {
    const root = sheetHost()?.shadowRoot;
    if (root?.querySelector('dialog')?.open) return root;
    if (Date.now() > deadline) throw new Error('the share sheet did not open');
    await new Promise((r) => setTimeout(r, 10));
  }
}

export const channelButton = (root: ShadowRoot, name: string) => {
  const button = root.querySelector<HTMLButtonElement>(`ul button[name="${name}"]`);
  if (!button) throw new Error(`no "${name}" button in the sheet`);
  return button;
};

export const channelNames = (root: ShadowRoot) =>
  [...root.querySelectorAll<HTMLButtonElement>('ul button')].map((b) => b.name);

export const loadedResources = () => performance.getEntriesByType('resource').map((e) => e.name);

/**
 * The clipboard's text. WebKit lets a page read it only through a paste the user makes, so
 * there the test pastes (Ctrl+V, a real key press) into a field; elsewhere readText().
 */
export async function clipboardText(): Promise<string> {
  if (server.browser !== 'webkit') return navigator.clipboard.readText();
  // Inside the sheet while it is open: a modal dialog makes the rest of the page inert.
  const parent = sheetHost()?.shadowRoot?.querySelector('dialog[open]') ?? document.body;
  const field = parent.appendChild(document.createElement('textarea'));
  field.focus();
  await userEvent.keyboard('{Control>}v{/Control}');
  field.remove();
  return field.value;
}

/** Empties the clipboard from a real click: WebKit and Firefox write to it only on user activation. */
export async function resetClipboard(): Promise<void> {
  const button = document.body.appendChild(document.createElement('button'));
  button.textContent = 'reset the clipboard';
  let written: Promise<void> | undefined;
  button.onclick = () => {
    written = navigator.clipboard.writeText('(cleared)');
  };
  await userEvent.click(button);
  button.remove();
  await written;
}

/** axe-core's serious and critical violations in `context` (shadow roots included), as readable lines. */
export async function seriousViolations(context: Element): Promise<string[]> {
  const { violations } = await axe.run(context, { resultTypes: ['violations'] });
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.help} at ${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')}`);
}
