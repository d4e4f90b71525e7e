// What the playground receives about a simulated mini program session (WeChat, QQ): JSON, no Node
// types, so the browser code can import these types too.
import type { ArticlePageData } from '../shared';

/** A card the user shared in this session. */
export interface CardView {
  index: number;
  chat: 'group' | 'single';
  /** `group tGsimulatedGroup0001`, `one-to-one chat`, `Qzone`. */
  label: string;
  withShareTicket: boolean;
  title: string;
}

/** Everything the playground shows about one simulated mini program. */
export interface SimSnapshot {
  id: string;
  /** The simulated base library version (`latest` resolved). */
  version: string;
  /** `not-launched`, `foreground`, `background`, `destroyed`. */
  status: string;
  route: string | null;
  /** The "···" menu as the platform holds it: whether its share item is there, and (QQ) which items. */
  menu: { visible: boolean; withShareTicket: boolean; items?: string[] };
  /** The page's `<button open-type="share">` renders (its wx:if / qq:if against the page data). */
  shareButton: boolean;
  page: ArticlePageData | null;
  cards: CardView[];
  /** What the simulated user did and what the platform did about it. */
  user: { id: number; text: string }[];
  /** Whatever the mini program threw (App.onError). */
  errors: string[];
}

/** What the simulated user can do. `item`: QQ's menu item (`qq`, `qzone`, `wechatFriends`, `wechatMoment`). */
export type SimAction =
  | { type: 'tap'; via: 'menu' | 'button'; choose: 'group' | 'single' | 'cancel'; item?: string }
  | { type: 'open-card'; card: number }
  | { type: 'restart' };

/** The WeChat names this API had first. */
export type WxSnapshot = SimSnapshot;
export type WxAction = SimAction;
