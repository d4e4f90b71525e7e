import type { ArticleView, LogEntry } from './article';

/**
 * The article page as plain data (strings, booleans, arrays): what the mini program passes to
 * `setData` and its WXML renders, and what the playground renders for both backends.
 */
export interface ArticlePageData {
  platform: string;
  articleId: string;
  title: string;
  summary: string;
  /** The image the page shows (the card gets it only where `features.imageUrl`). */
  imageUrl: string;
  path: string;
  canShareButton: boolean;
  menuVisible: boolean;
  menuText: string;
  contentMode: 'sync' | 'async';
  session: string;
  /** `''` before the first outcome. */
  outcomeStatus: string;
  outcomeText: string;
  launchText: string;
  /** `none`, `ticket`, `info`, `resolved`, `failed`. */
  groupStatus: string;
  groupText: string;
  groupId: string;
  error: string;
  log: LogEntry[];
  matrix: { capability: string; available: boolean; use: string }[];
}

function groupText(view: ArticleView): string {
  const { group } = view;
  switch (group.status) {
    case 'none':
      return view.launch?.ticket === false ? 'Not opened from a group card with a share ticket.' : 'No share ticket.';
    case 'ticket':
      return 'A share ticket arrived: reading its share info…';
    case 'info':
      return `A share ticket arrived and its share info (${group.source}) was read; no server here to decrypt the group id.`;
    case 'resolved':
      return `Opened from group ${group.groupId}`;
    case 'failed':
      return `A share ticket arrived, but the group id could not be read: ${group.error}`;
  }
}

export function pageData(view: ArticleView): ArticlePageData {
  const { menu, features, launch } = view;
  return {
    platform: view.platform,
    articleId: view.article.id,
    title: view.article.title,
    summary: view.article.summary,
    imageUrl: view.article.imageUrl,
    path: view.path,
    canShareButton: features.shareButton,
    menuVisible: menu.visible,
    menuText: menu.visible ? `share menu shown${menu.tickets ? ' with share tickets' : ''}` : 'share menu not shown by the app',
    contentMode: view.contentMode,
    session: view.session,
    outcomeStatus: view.lastOutcome?.status ?? '',
    outcomeText: view.lastOutcome?.text ?? '',
    launchText:
      launch === null
        ? 'no launch context'
        : `launched${launch.scene === undefined ? '' : ` from scene ${launch.scene}`}${launch.ticket ? ' with a share ticket' : ''}`,
    groupStatus: view.group.status,
    groupText: groupText(view),
    groupId: view.group.status === 'resolved' ? view.group.groupId : '',
    error: view.error ?? '',
    log: [...view.log],
    matrix: view.compatibility.map((row) => ({
      capability: row.capability,
      available: row.available,
      use: row.available ? row.use : row.otherwise,
    })),
  };
}
