/** The sample's content: a tiny catalogue, the same on every target. */
export interface Article {
  id: string;
  title: string;
  summary: string;
  /** A package path in the mini program, a same-origin path on the web (5:4 PNG). */
  imageUrl: string;
}

// A Map, not an object: an id like "__proto__" or "toString" must be an unknown article.
const catalogue = new Map<string, Omit<Article, 'id'>>([
  [
    '42',
    {
      title: 'The answer, shared once',
      summary: 'Define share content once; share it from a WeChat mini program, a browser or a test.',
      imageUrl: '/images/article-42.png',
    },
  ],
  [
    '7',
    {
      title: 'Seven base libraries later',
      summary: 'What changed in WeChat sharing between base library 1.0.0 and today, and what canIUse says.',
      imageUrl: '/images/article-7.png',
    },
  ],
]);

/** Every article id the catalogue knows. */
export const articleIds: readonly string[] = [...catalogue.keys()];

/** The article, or a generic one for an unknown id (an id is user input: it is only ever text). */
export function findArticle(id: string): Article {
  const known = catalogue.get(id);
  return known
    ? { id, ...known }
    : { id, title: `Article ${id}`, summary: 'An article this sample does not know.', imageUrl: '/images/article.png' };
}

/** The mini program route of an article: the card's path, and the web link's path. */
export function articlePath(id: string): string {
  return `/pages/article/index?id=${encodeURIComponent(id)}`;
}
