// Helpers for the real-browser tests: the simulated JS-SDK on this page, the guide, axe-core.
import axe from 'axe-core';
import { createShareController, type ShareContent, type ShareController, type ShareControllerOptions } from '@sharekit/core';
import { createWechatH5Runtime, type WechatH5Card, type WechatH5Runtime, type WechatH5RuntimeOptions } from '@sharekit/mock/wechat-h5';
import { createWechatH5Adapter, type WechatH5Adapter, type WechatH5AdapterOptions } from '../src';
import { TICKET, testSigner, until } from './signer';

const made: Array<{ adapter: WechatH5Adapter; controller?: ShareController }> = [];

/** The simulated JS-SDK for this page, an adapter over it, ready (wx.ready has run). */
export async function readyAdapter(options: Partial<WechatH5AdapterOptions> = {}, runtimeOptions: WechatH5RuntimeOptions = {}) {
  const runtime = createWechatH5Runtime({ ticket: TICKET, ...runtimeOptions });
  const signer = testSigner();
  const adapter = createWechatH5Adapter({ sdk: runtime.wx, sign: signer.sign, ...options });
  made.push({ adapter });
  adapter.refresh();
  await until(() => adapter.status === 'ready', 'wx.ready');
  return { runtime, signer, adapter };
}

/** A controller over a ready adapter. */
export async function wechatShare(
  content: ShareContent,
  options: Partial<WechatH5AdapterOptions> = {},
  controllerOptions: Omit<ShareControllerOptions, 'adapter' | 'content'> = {},
  runtimeOptions: WechatH5RuntimeOptions = {},
) {
  const ready = await readyAdapter(options, runtimeOptions);
  const controller = createShareController({ adapter: ready.adapter, content, ...controllerOptions });
  made.push({ adapter: ready.adapter, controller });
  return { ...ready, controller };
}

export function closeAll(): void {
  for (const { adapter, controller } of made.splice(0)) {
    adapter.closeGuide();
    controller?.dispose();
  }
}

/** A card as sharekit content (what the platform holds), for comparisons. */
export const asContent = (card: WechatH5Card | undefined): Partial<ShareContent> | undefined =>
  card && { title: card.title, url: card.link, ...(card.desc !== undefined && { text: card.desc }), ...(card.imgUrl !== undefined && { imageUrl: card.imgUrl }) };

export const guideHost = () => document.querySelector<HTMLElement>('[data-sharekit-guide]');

/** The open guide's shadow root, once its chunk has loaded and it shows. */
export async function openedGuide(timeout = 3000): Promise<ShadowRoot> {
  let root: ShadowRoot | undefined;
  await until(
    () => {
      root = guideHost()?.shadowRoot ?? undefined;
      return root?.querySelector('dialog')?.open === true;
    },
    'the guide to open',
    timeout,
  );
  return root!;
}

export type { WechatH5Runtime };

/** axe-core's serious and critical violations in `context` (shadow roots included), as readable lines. */
export async function seriousViolations(context: Element): Promise<string[]> {
  const { violations } = await axe.run(context, { resultTypes: ['violations'] });
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.help} at ${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')}`);
}

/** This window as the adapter sees it, with another user agent (the page's own stays WeChat 8.0.50's). */
export function withUserAgent(userAgent: string): Window {
  return {
    location: window.location,
    document: window.document,
    navigator: { userAgent, language: navigator.language },
    addEventListener: window.addEventListener.bind(window),
    removeEventListener: window.removeEventListener.bind(window),
    setTimeout: window.setTimeout.bind(window),
    clearTimeout: window.clearTimeout.bind(window),
  } as unknown as Window;
}
