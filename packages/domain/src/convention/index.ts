import { ARTICLES, ARTICLE_COUNT, type Article } from "./articles.js";
import {
  CHAPTERS,
  CHAPTER_IDS,
  REVIEW_CYCLES,
  type ChapterId,
  type ReviewCycleId,
} from "./chapters.js";
import { CLUSTERS, type ArticleCluster } from "./clusters.js";

export * from "./articles.js";
export * from "./chapters.js";
export * from "./clusters.js";
export * from "./references.js";
export * from "./localized.js";

export function isArticleNumber(n: unknown): n is number {
  return typeof n === "number" && Number.isInteger(n) && n >= 1 && n <= ARTICLE_COUNT;
}

/** The article with this number, or undefined for anything outside 1-71. */
export function getArticle(n: number): Article | undefined {
  return isArticleNumber(n) ? ARTICLES[n - 1] : undefined;
}

export function requireArticle(n: number): Article {
  const a = getArticle(n);
  if (!a) throw new RangeError(`Unknown article ${String(n)}: the Convention has articles 1 to 71`);
  return a;
}

export function chapterOf(article: number): ChapterId {
  return requireArticle(article).chapter;
}

/**
 * The articles of a list that an executive summary of `chapter` would not analyse: those of
 * other chapters, except art. 14 under chapter V (the reviews analyse it there with arts. 52 and
 * 58). Unknown numbers are left to the schemas.
 */
export function articlesOutsideChapter(articles: readonly number[], chapter: ChapterId): number[] {
  return articles.filter(
    (a) => isArticleNumber(a) && chapterOf(a) !== chapter && !(a === 14 && chapter === "V"),
  );
}

export function getChapter(id: ChapterId) {
  const c = CHAPTERS.find((ch) => ch.id === id);
  if (!c) throw new RangeError(`Unknown chapter ${id}`);
  return c;
}

export function isChapterId(s: unknown): s is ChapterId {
  return typeof s === "string" && (CHAPTER_IDS as readonly string[]).includes(s);
}

/** The review cycle that reviews this chapter, or undefined for chapters I, VI-VIII (never reviewed). */
export function cycleOfChapter(chapter: ChapterId): ReviewCycleId | undefined {
  return REVIEW_CYCLES.find((c) => (c.chapters as readonly ChapterId[]).includes(chapter))?.id;
}

export function cycleOf(article: number): ReviewCycleId | undefined {
  return cycleOfChapter(chapterOf(article));
}

/** The executive-summary cluster an article is analysed in, if it is reviewed in a cluster. */
export function clusterOf(article: number): ArticleCluster | undefined {
  requireArticle(article);
  return CLUSTERS.find((c) => c.articles.includes(article));
}

export function articlesOfChapter(chapter: ChapterId): Article[] {
  return ARTICLES.filter((a) => a.chapter === chapter);
}
