/**
 * Every capability the article page relies on, in one table: the page reads its features from
 * `controller.supports()` through it and the compatibility matrix lists it, so the two can never
 * disagree. Portable words only: the same table serves the web, WeChat and any other platform.
 */
import type { Capability } from '@sharekit/core';

/** What the page decides from `supports()`. */
export interface ArticleFeatures {
  /** Show the platform's share menu (where the app can; elsewhere the platform shows its own). */
  menu: boolean;
  /** Ask for share tickets when showing the menu (group shares can be identified later). */
  menuWithShareTicket: boolean;
  /** Render a share button. */
  shareButton: boolean;
  /** Put the article image on the card. */
  imageUrl: boolean;
  /** Compose the content asynchronously where the platform can wait for it, synchronously otherwise. */
  asyncContent: boolean;
  /** Turn a launch ticket into share info (and, through the server, a group id). */
  shareInfo: boolean;
}

export interface FeatureRow {
  capability: Capability;
  /** The features a `true` turns on. */
  features: ReadonlyArray<keyof ArticleFeatures>;
  /** What the page does with a `true`. */
  use: string;
  /** What the page does instead. */
  otherwise: string;
}

export const featureRows: readonly FeatureRow[] = [
  { capability: 'button', features: ['shareButton'], use: 'renders the share button', otherwise: 'no share button (menu only)' },
  { capability: 'menu', features: ['menu'], use: 'shows the share menu', otherwise: 'leaves the menu to the platform' },
  {
    capability: 'tickets',
    features: ['menuWithShareTicket', 'shareInfo'],
    use: 'asks for share tickets and reads the group of a launch card',
    otherwise: 'no tickets: a group cannot be identified later',
  },
  { capability: 'image', features: ['imageUrl'], use: 'sends the article image', otherwise: 'no image: the platform picks one' },
  { capability: 'async', features: ['asyncContent'], use: 'composes the card asynchronously', otherwise: 'composes the card synchronously' },
  { capability: 'result', features: [], use: 'shows whether the share went through', otherwise: 'shares end unconfirmed: the platform does not say' },
];

/** One row of the compatibility matrix. */
export interface CompatibilityRow extends FeatureRow {
  available: boolean;
}

type Supports = (capability: Capability) => boolean;

function ask(supports: Supports, capability: Capability): boolean {
  try {
    return supports(capability) === true;
  } catch {
    return false;
  }
}

/** Every `supports()` answer the article page relies on. */
export function compatibilityMatrix(supports: Supports): CompatibilityRow[] {
  return featureRows.map((row) => ({ ...row, available: ask(supports, row.capability) }));
}

/** The page's features from the same answers. */
export function articleFeatures(supports: Supports | readonly CompatibilityRow[]): ArticleFeatures {
  const rows = typeof supports === 'function' ? compatibilityMatrix(supports) : supports;
  const features: ArticleFeatures = {
    menu: false,
    menuWithShareTicket: false,
    shareButton: false,
    imageUrl: false,
    asyncContent: false,
    shareInfo: false,
  };
  for (const row of rows) if (row.available) for (const f of row.features) features[f] = true;
  // Tickets are asked for through the menu: no menu API, no tickets from it.
  features.menuWithShareTicket &&= features.menu;
  return features;
}
