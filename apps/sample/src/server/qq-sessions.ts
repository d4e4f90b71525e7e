// Simulated QQ sessions for the playground: the built QQ mini program (dist/miniprogram-qq) in
// @sharekit/mock/qq's runtime, which is Node-only (it encrypts share info with node:crypto), so it
// runs here as the simulated WeChat does. QQ reports no share result: the page learns nothing.
import { createQQRuntime, type QQMenuItem, type QQShareReport } from '@sharekit/mock/qq';
import type { MiniProgramBundle } from './miniprogram-host';
import { createSimSessions, invalid, type SimSessionOptions } from './sim-sessions';

export interface QQSessionOptions extends SimSessionOptions {
  bundle: () => MiniProgramBundle;
}

const ITEMS: readonly QQMenuItem[] = ['qq', 'qzone', 'wechatFriends', 'wechatMoment'];
const ITEM_LABEL: Record<QQMenuItem, string> = { qq: '转发 (QQ)', qzone: '分享到空间 (Qzone)', wechatFriends: 'WeChat friends', wechatMoment: 'WeChat Moments' };

/** A card the user shared, as far as opening it again needs. */
interface QQCard {
  item: QQMenuItem;
  chat: 'group' | 'single';
  path: string;
  title: string;
  withShareTicket: boolean;
}

function cardLabel(card: QQCard): string {
  if (card.item === 'qq') return card.chat === 'group' ? 'QQ group' : 'QQ one-to-one chat';
  return ITEM_LABEL[card.item];
}

function describeReport(report: QQShareReport, choose: string): string {
  const what = report.via === 'menu' ? 'the ··· menu' : 'the share button';
  if (!report.opened) return `tapped ${what}: nothing happened (${report.reason})`;
  const parts = [`tapped ${what} › ${ITEM_LABEL[report.item ?? 'qq']}: onShareAppMessage(${JSON.stringify(report.argument ?? {})})`];
  if (!report.delivered) parts.push('cancelled');
  else {
    const { title, path, imageUrl } = report.delivered;
    parts.push(`picked ${choose === 'group' ? 'a group' : 'a chat'}: card "${title}" ${path}${imageUrl ? ` with image ${imageUrl}` : ''}${report.withShareTicket ? ', with a share ticket' : ''}`);
  }
  parts.push('QQ reports no result to the page');
  return parts.join('; ');
}

export function createQQSessions(options: QQSessionOptions) {
  return createSimSessions<ReturnType<typeof createQQRuntime>, QQCard>(
    {
      name: 'QQ',
      newRuntime: (SDKVersion) => createQQRuntime({ ...(SDKVersion !== undefined && { SDKVersion }), appName: 'sharekit sample' }),
      bundle: options.bundle,
      async tap(runtime, action) {
        const item = (action.item ?? 'qq') as QQMenuItem;
        const tap = { item, choose: action.choose };
        const report = action.via === 'menu' ? await runtime.user.tapMenuShare(tap) : await runtime.user.tapShareButton({ id: 'share' }, tap);
        const cards: QQCard[] = report.delivered
          ? [{ item, chat: item === 'qq' && action.choose === 'group' ? 'group' : 'single', path: report.delivered.path, title: report.delivered.title, withShareTicket: report.withShareTicket }]
          : [];
        return { cards, text: describeReport(report, action.choose) };
      },
      openCard(runtime, card) {
        const opened = runtime.openShareCard({ path: card.path, chat: card.chat, withShareTicket: card.withShareTicket });
        return `opened the card in the ${cardLabel(card)}: scene ${opened.scene}${opened.shareTicket ? ', with a share ticket' : ', no share ticket'}`;
      },
      cardView: (card) => ({ chat: card.chat, label: cardLabel(card), withShareTicket: card.withShareTicket, title: card.title }),
      menu: (runtime) => ({ visible: runtime.menu.visible, withShareTicket: runtime.menu.withShareTicket, items: [...runtime.menu.items] }),
      readTap(o) {
        if (o.item === undefined) return {};
        if (!ITEMS.includes(o.item as QQMenuItem)) throw invalid(`tap: item must be one of ${ITEMS.join(', ')}`);
        return { item: o.item as QQMenuItem };
      },
    },
    options,
  );
}
