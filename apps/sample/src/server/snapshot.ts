// What the playground receives about a simulated WeChat session: JSON, no Node types, so the
// browser code can import these types too.
import type { ArticlePageData } from '../shared';

/** A card the user shared in this session. */
export interface CardView {
  index: number;
  chat: 'group' | 'single';
  /** `group tGsimulatedGroup0001`, `one-to-one chat`. */
  label: string;
  withShareTicket: boolean;
  title: string;
}

/** Everything the playground shows about one simulated WeChat. */
export interface WxSnapshot {
  id: string;
  /** The simulated base library version (`latest` resolved). */
  version: string;
  /** `not-launched`, `foreground`, `background`, `destroyed`. */
  status: string;
  route: string | null;
  /** The "···" menu as WeChat holds it: whether its "转发" item is there. */
  menu: { visible: boolean; withShareTicket: boolean };
  /** The page's `<button open-type="share">` renders (its wx:if against the page data). */
  shareButton: boolean;
  page: ArticlePageData | null;
  cards: CardView[];
  /** What the simulated user did and what WeChat did about it. */
  user: { id: number; text: string }[];
  /** Whatever the mini program threw (App.onError). */
  errors: string[];
}

/** What the simulated user can do. */
export type WxAction =
  | { type: 'tap'; via: 'menu' | 'button'; choose: 'group' | 'single' | 'cancel' }
  | { type: 'open-card'; card: number }
  | { type: 'restart' };
