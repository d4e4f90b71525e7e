import { createWxRuntime, type WxShareCard, type WxShareReport } from '@sharekit/mock/wx';
import type { MiniProgramBundle, SampleRequest } from './miniprogram-host';
import { createSimSessions, type SimSessionOptions } from './sim-sessions';

export interface WxSessionOptions extends SimSessionOptions {
  appId: string;
  sessionKey: string;
  bundle: () => MiniProgramBundle;
  request: SampleRequest;
}

function cardLabel(card: WxShareCard): string {
  return card.chat === 'group' ? `group ${card.openGId}` : 'one-to-one chat';
}

function describeReport(report: WxShareReport): string {
  const what = report.via === 'menu' ? 'the share menu item' : 'the share button';
  if (!report.opened) return `tapped ${what}: nothing happened (${report.reason})`;
  const choice = { group: 'picked a group chat', single: 'picked a one-to-one chat', cancel: 'cancelled', fail: 'it failed' }[
    report.chat ?? 'cancel'
  ];
  const parts = [`tapped ${what}: onShareAppMessage(${JSON.stringify(report.argument ?? {})}), ${choice}`];
  if (report.promise !== 'none') parts.push(`async content: ${report.promise}`);
  if (report.delivered) {
    const { title, path, imageUrl } = report.delivered;
    parts.push(`card "${title}" ${path} ${imageUrl ? `with image ${imageUrl}` : 'with a screenshot'} sent to ${report.cards.map(cardLabel).join(', ')}`);
  }
  parts.push(
    report.errMsg === undefined
      ? 'WeChat reports no result (base library 2.3.0+ or below 1.1.0)'
      : `WeChat reported ${report.errMsg}${report.shareTickets?.length ? ` with ${report.shareTickets.length} share ticket(s)` : ''}`,
  );
  return parts.join('; ');
}

/** Simulated WeChat sessions for the playground: each runs the built mini program in its own runtime. */
export function createWxSessions(options: WxSessionOptions) {
  return createSimSessions<ReturnType<typeof createWxRuntime>, WxShareCard>(
    {
      name: 'WeChat',
      newRuntime: (SDKVersion) =>
        createWxRuntime({ ...(SDKVersion !== undefined && { SDKVersion }), appId: options.appId, sessionKey: options.sessionKey, appName: 'sharekit sample' }),
      bundle: options.bundle,
      request: options.request,
      async tap(runtime, action) {
        const tap = { choose: action.choose };
        const report = action.via === 'menu' ? await runtime.user.tapMenuShare(tap) : await runtime.user.tapShareButton({ id: 'share' }, tap);
        return { cards: report.cards, text: describeReport(report) };
      },
      openCard(runtime, card) {
        const opened = runtime.openShareCard({
          path: card.path,
          chat: card.chat,
          ...(card.openGId !== undefined && { openGId: card.openGId }),
          ...(card.roomId !== undefined && { roomId: card.roomId }),
          withShareTicket: card.withShareTicket,
          title: card.title,
        });
        return `opened the card in the ${cardLabel(card)}: scene ${opened.scene}${opened.shareTicket ? ', with a share ticket' : ', no share ticket'}`;
      },
      cardView: (card) => ({ chat: card.chat, label: cardLabel(card), withShareTicket: card.withShareTicket, title: card.title }),
      menu: (runtime) => ({ visible: runtime.menu.visible, withShareTicket: runtime.menu.withShareTicket }),
    },
    options,
  );
}

export type WxSessions = ReturnType<typeof createWxSessions>;
