// "Simulated WeChat": the built mini program (dist/miniprogram) in @sharekit/mock/wx's runtime on
// the sample server; the user taps the ··· menu or the share button and picks a chat.
import { onServerBackend } from './on-server';

/** The base library versions the playground simulates; `latest` is the simulator's newest. */
export const wxVersions = ['1.0.0', '1.1.0', '1.2.0', '1.2.4', '1.5.0', '2.3.0', '2.12.0', 'latest'] as const;

export const wxBackend = onServerBackend({
  id: 'wx',
  label: 'Simulated WeChat (@sharekit/wx)',
  versions: wxVersions,
  platform: 'wx',
  name: 'WeChat',
  menuLabel: 'The ··· menu: send to chat',
  tapMenuText: 'Tap ··· › Send to chat',
  panel: (_, via) => ({
    label: 'WeChat: send to chat',
    heading: `Send to chat (from the ${via === 'menu' ? '··· menu' : 'share button'})`,
    choices: [
      { testid: 'pick-group', text: 'A group chat', tap: { choose: 'group' } },
      { testid: 'pick-single', text: 'A one-to-one chat', tap: { choose: 'single' } },
    ],
  }),
  describe: (s) =>
    `WeChat ${s.version}: the ··· menu ${s.menu.visible ? `has “Send to chat”${s.menu.withShareTicket ? ', with share tickets' : ''}` : 'has no “Send to chat”'}; the share button ${s.shareButton ? 'renders' : 'does not render'}.`,
});
