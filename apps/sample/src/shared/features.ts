/**
 * Every `canIUse` answer the article page relies on, in one table: the page reads its features
 * from it and the compatibility matrix lists it, so the two can never disagree.
 */

/** What the page decides from `canIUse`. */
export interface ArticleFeatures {
  /** Show the share menu at all (WeChat 1.1.0+; on 1.0.0 the menu item shows by itself). */
  menu: boolean;
  /** Ask for share tickets when showing the menu (group shares come back with a ticket). */
  menuWithShareTicket: boolean;
  /** Render a share button (WeChat `<button open-type="share">`, the web's own button). */
  shareButton: boolean;
  /** Put the article image on the card. */
  imageUrl: boolean;
  /** Compose the content asynchronously (WeChat 2.12.0+ `promise`), synchronously otherwise. */
  asyncContent: boolean;
  /** Turn a launch ticket into share info (and, through the server, a group id). */
  shareInfo: boolean;
}

export interface FeatureSchema {
  schema: string;
  feature: keyof ArticleFeatures;
  /** What the page does with a `true`. */
  use: string;
  /** What the page does instead. */
  otherwise: string;
}

/** A feature is on when any of its schemas answers true (several rows may serve one feature). */
export const featureSchemas: readonly FeatureSchema[] = [
  { schema: 'showShareMenu', feature: 'menu', use: 'shows the share menu', otherwise: 'leaves the menu to the platform' },
  {
    schema: 'showShareMenu.object.withShareTicket',
    feature: 'menuWithShareTicket',
    use: 'asks for share tickets (withShareTicket: true)',
    otherwise: 'shows the menu without tickets',
  },
  {
    schema: 'button.open-type.share',
    feature: 'shareButton',
    use: 'renders the share button',
    otherwise: 'no share button (menu only)',
  },
  {
    schema: 'onShareAppMessage.return.imageUrl',
    feature: 'imageUrl',
    use: 'sends the article image (imageUrl)',
    otherwise: 'no imageUrl: the platform takes a screenshot',
  },
  {
    schema: 'onShareAppMessage.return.promise',
    feature: 'asyncContent',
    use: 'composes the card asynchronously',
    otherwise: 'composes the card synchronously',
  },
  {
    schema: 'getShareInfo',
    feature: 'shareInfo',
    use: 'reads share info for a launch ticket',
    otherwise: 'a launch ticket cannot be read',
  },
  {
    schema: 'getGroupEnterInfo',
    feature: 'shareInfo',
    use: 'can read group enter info (successor of getShareInfo)',
    otherwise: 'no group enter info',
  },
];

/** One row of the compatibility matrix. */
export interface CompatibilityRow extends FeatureSchema {
  available: boolean;
}

type CanIUse = (schema: string) => boolean;

function ask(canIUse: CanIUse, schema: string): boolean {
  try {
    return canIUse(schema) === true;
  } catch {
    return false;
  }
}

/** Every `canIUse` answer the article page relies on, for the platform `canIUse` speaks for. */
export function compatibilityMatrix(canIUse: CanIUse): CompatibilityRow[] {
  return featureSchemas.map((row) => ({ ...row, available: ask(canIUse, row.schema) }));
}

/** The page's features from the same answers. */
export function articleFeatures(canIUse: CanIUse | readonly CompatibilityRow[]): ArticleFeatures {
  const rows = typeof canIUse === 'function' ? compatibilityMatrix(canIUse) : canIUse;
  const features: ArticleFeatures = {
    menu: false,
    menuWithShareTicket: false,
    shareButton: false,
    imageUrl: false,
    asyncContent: false,
    shareInfo: false,
  };
  for (const row of rows) if (row.available) features[row.feature] = true;
  // Tickets are asked for through the menu: no menu API, no tickets.
  features.menuWithShareTicket &&= features.menu;
  return features;
}
