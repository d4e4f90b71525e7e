// "Simulated QQ": the built QQ mini program (dist/miniprogram-qq) in @sharekit/mock/qq's runtime on
// the sample server (Node-only, like WeChat's). The user taps an item of QQ's share menu (the page
// asks for all four, with share tickets) or the share button (share-mode: QQ and Qzone), then picks
// a chat; QQ reports nothing back, so shares end unconfirmed. A group card opens with a ticket.
import { onServerBackend } from './on-server';

/** QQ's base library versions the playground simulates (the share surface is QQ's from 1.0.0). */
export const qqVersions = ['1.0.0', '1.15.0'] as const;

const ITEMS = [
  { item: 'qq', testid: 'pick-group', text: 'QQ: a group chat', choose: 'group' },
  { item: 'qq', testid: 'pick-single', text: 'QQ: a one-to-one chat', choose: 'single' },
  { item: 'qzone', testid: 'pick-qzone', text: 'Qzone (分享到空间)', choose: 'group' },
  { item: 'wechatFriends', testid: 'pick-wechatFriends', text: 'WeChat friends', choose: 'single' },
  { item: 'wechatMoment', testid: 'pick-wechatMoment', text: 'WeChat Moments', choose: 'group' },
] as const;

/** A `<button open-type="share">` without share-mode offers QQ and Qzone. */
const BUTTON_ITEMS: readonly string[] = ['qq', 'qzone'];

export const qqBackend = onServerBackend({
  id: 'qq',
  label: 'Simulated QQ (@sharekit/qq)',
  versions: qqVersions,
  platform: 'qq',
  name: 'QQ',
  menuLabel: "QQ's ··· menu: share items",
  tapMenuText: 'Tap ··· › share items',
  panel: (s, via) => {
    const offered = via === 'menu' ? (s.menu.items ?? []) : BUTTON_ITEMS;
    return {
      label: 'QQ: share items',
      heading: `QQ's share items (from the ${via === 'menu' ? '··· menu' : 'share button'})`,
      choices: ITEMS.map((c) => ({ testid: c.testid, text: c.text, tap: { item: c.item, choose: c.choose }, disabled: !offered.includes(c.item) })),
    };
  },
  describe: (s) =>
    `QQ ${s.version}: the ··· menu ${s.menu.visible ? `has ${(s.menu.items ?? []).join(', ')}${s.menu.withShareTicket ? ', with share tickets' : ''}` : 'has no share items'}; the share button ${s.shareButton ? 'renders' : 'does not render'}. QQ never tells the page whether the user shared: shares end unconfirmed when the page shows again.`,
});
