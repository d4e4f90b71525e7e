// The source files of the consumer project the consumer tests install packed tarballs into. One
// share module (`shareLogic`) is used unchanged with every adapter: mock and wx (simulated runtime)
// in Node, mock and web in a browser bundle. Each entry only creates the adapter and plays the
// platform's part (a user tap in WeChat, a click in the browser).

export interface Available {
  wx: boolean;
  web: boolean;
  server: boolean;
  mockWx: boolean;
}

/** The app's share logic, written once against the controller. */
export const shareLogicSource = `import type { Capability, ShareController, ShareOutcome, ShareTrigger } from '@sharekit/core';

export interface ShareLogic {
  /** Shows the share menu, with share tickets where the platform has them. */
  setUp(): Promise<void>;
  /** A share button's click handler, for platforms where the app starts the share. */
  onShareButton(): Promise<ShareOutcome>;
  /** The next outcome of a share the user started through the platform (menu, share button). */
  nextOutcome(): Promise<ShareOutcome>;
  /** What this logic saw: capabilities, the content it gave, every outcome. */
  report(): {
    platform: string;
    supports: Record<string, boolean>;
    menu: { visible: boolean; tickets: boolean };
    produced: { from: string; title?: string; path?: string; imageUrl?: string }[];
    outcomes: { status: string; tickets?: number }[];
  };
}

const CAPABILITIES: Capability[] = ['button', 'menu', 'tickets', 'image'];

/** Portable questions only; ticketMenu is the platform's own menu option that asks for tickets. */
export function shareLogic(controller: ShareController, ticketMenu: object = {}, article = { id: 42, title: 'Article 42' }): ShareLogic {
  const outcomes: ShareOutcome[] = [];
  const produced: { from: string; title?: string; path?: string; imageUrl?: string }[] = [];
  const waiting: ((outcome: ShareOutcome) => void)[] = [];
  let last = controller.getState().settled;
  controller.subscribe((state) => {
    if (state.settled === null || state.settled === last) return;
    last = state.settled;
    outcomes.push(state.settled.outcome);
    waiting.shift()?.(state.settled.outcome);
  });
  controller.setContent((trigger: ShareTrigger) => {
    const content = {
      title: \`\${article.title} (\${trigger.from})\`,
      path: \`/pages/article/index?id=\${article.id}\`,
      // Only where the image reaches the card.
      ...(controller.supports('image') ? { imageUrl: \`/images/\${article.id}.png\` } : {}),
    };
    produced.push({ from: trigger.from, ...content });
    return content;
  });
  return {
    async setUp() {
      if (!controller.supports('menu')) return;
      await controller.showMenu(controller.supports('tickets') ? ticketMenu : {});
    },
    onShareButton: () => controller.share({ from: 'button' }),
    nextOutcome: () => new Promise((resolve) => waiting.push(resolve)),
    report() {
      const { menu } = controller.getState();
      return {
        platform: controller.platform,
        supports: Object.fromEntries(CAPABILITIES.map((c) => [c, controller.supports(c)])),
        menu: { visible: menu.visible, tickets: menu.tickets },
        produced,
        outcomes: outcomes.map((o) => (o.status === 'shared' ? { status: o.status, tickets: o.tickets?.length ?? 0 } : { status: o.status })),
      };
    },
  };
}
`;

/** The body shared by the ESM and the CJS Node entry: only their import lines differ. */
function nodeBody(has: Available): string {
  const mock = `
async function withMock() {
  // The user taps the menu (user-initiated), then the app shares from its own button.
  const adapter = createMockAdapter();
  const controller = createShareController({ adapter });
  const logic = shareLogic(controller, { tickets: true });
  await logic.setUp();
  adapter.queue({ status: 'shared', channel: 'group', tickets: ['mock-ticket'] }, { status: 'cancelled' });
  const outcome = logic.nextOutcome();
  adapter.tap('menu');
  await outcome;
  await logic.onShareButton();
  controller.dispose();
  return logic.report();
}`;
  const wx = `
async function withWx() {
  // The simulated WeChat runtime at base library 2.2.3, where a group share reports its ticket.
  const runtime = createWxRuntime({ SDKVersion: '2.2.3', appId: 'wxconsumer0001' });
  const adapter = createWxAdapter({ wx: runtime.wx });
  const controller = createShareController({ adapter });
  const logic = shareLogic(controller, { withShareTicket: true });
  runtime.App({ ...shareApp({ adapter }) });
  runtime.Page('pages/article/index', { ...sharePage({ adapter, controller }) });
  runtime.launch({ path: '/pages/article/index?id=42' });
  await logic.setUp();
  const outcome = logic.nextOutcome();
  const tap = await runtime.user.tapMenuShare({ choose: 'group', groups: ['tGconsumerGroup'] });
  await outcome;
  // Someone opens the card in the group: the app reads the share info of its ticket.
  runtime.openShareCard({ path: tap.delivered ? tap.delivered.path : '/', chat: 'group', openGId: 'tGconsumerGroup', withShareTicket: true });
  const info = await controller.getShareInfo();
  ${
    has.server
      ? `const openGId = decryptShareInfo({ appId: runtime.appId, sessionKey: runtime.sessionKey, encryptedData: info.encryptedData, iv: info.iv }).openGId;`
      : `const openGId = 'not checked: packages/server does not exist yet'; void info;`
  }
  controller.dispose();
  return { ...logic.report(), delivered: tap.delivered, openGId };
}`;
  return `${mock}
${has.wx && has.mockWx ? wx : ''}
export async function main() {
  return {
    mock: await withMock(),
    ${has.wx && has.mockWx ? 'wx: await withWx(),' : ''}
    isShareError: isShareError(new ShareError('busy', 'probe')),
  };
}
`;
}

function nodeImports(has: Available): string {
  return [
    `import { createShareController, isShareError, ShareError } from '@sharekit/core';`,
    `import { createMockAdapter } from '@sharekit/mock';`,
    has.wx && has.mockWx ? `import { createWxRuntime } from '@sharekit/mock/wx';` : '',
    has.wx && has.mockWx ? `import { createWxAdapter, shareApp, sharePage } from '@sharekit/wx';` : '',
    has.server ? `import { decryptShareInfo } from '@sharekit/server';` : '',
    `import { shareLogic } from './share-logic.js';`,
  ]
    .filter(Boolean)
    .join('\n');
}

/** node-esm.mts: compiled by tsc (node16) to an ES module that imports the packages. */
export const nodeEsmSource = (has: Available) => `${nodeImports(has)}
${nodeBody(has)}
console.log(JSON.stringify({ format: 'esm', ...(await main()) }));
`;

/** node-cjs.cts: compiled by tsc (node16) to CommonJS that require()s the packages. */
export const nodeCjsSource = (has: Available) => `${nodeImports(has)}
${nodeBody(has)}
main().then((result) => console.log(JSON.stringify({ format: 'cjs', ...result })));
`;

/** browser.ts: bundled by esbuild for the browser; swaps mock for web, same share logic. */
export const browserSource = (has: Available) => `import { createShareController } from '@sharekit/core';
import { createMockAdapter } from '@sharekit/mock';
${has.web ? `import { createWebAdapter } from '@sharekit/web';` : ''}
import { shareLogic } from './share-logic.js';

async function clickShare(controller: ReturnType<typeof createShareController>) {
  const logic = shareLogic(controller);
  await logic.setUp();
  await logic.onShareButton();
  controller.dispose();
  return logic.report();
}

(globalThis as unknown as { consumer: Promise<unknown> }).consumer = (async () => ({
  mock: await clickShare(createShareController({ adapter: createMockAdapter() })),
  ${has.web ? 'web: await clickShare(createShareController({ adapter: createWebAdapter() })),' : ''}
}))();
`;

/**
 * Runs the browser bundle in Node with a minimal window: a page on https://example.com whose
 * navigator.share accepts everything (and records what it got). No DOM: the web adapter's
 * fallback sheet is not available, so shares go through navigator.share.
 */
export const browserRunnerSource = `const nativeShares = [];
globalThis.window = {
  location: new URL('https://example.com/pages/article/index?id=42'),
  document: { title: 'Article 42' },
  navigator: {
    share: (data) => { nativeShares.push(data); return Promise.resolve(); },
    canShare: () => true,
  },
};
require('./out/browser.js');
globalThis.consumer.then((result) => console.log(JSON.stringify({ ...result, nativeShares })));
`;
