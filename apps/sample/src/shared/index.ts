export {
  type ArticleApp,
  type ArticleAppOptions,
  type ArticleView,
  createArticleApp,
  type GroupView,
  type LogEntry,
} from './article';
export { type Article, articleIds, articlePath, findArticle } from './articles';
export { describeContent, describeEvent, describeOutcome } from './describe';
export {
  type ArticleFeatures,
  articleFeatures,
  type CompatibilityRow,
  compatibilityMatrix,
  type FeatureRow,
  featureRows,
} from './features';
export { type ArticlePageData, pageData } from './page-data';
export { type AppShare, type ArticlePageHooks, type ArticlePageSpec, type ArticlePageThis, articleApp, articlePage } from './article-page';
