/**
 * Structured features packed into small integers so that scoring 100,000 records is a tight
 * loop: articles as a 71-bit mask in three 32-bit words, clusters, chapters, categories,
 * regional groups and languages as bit masks, and the State's subregion as an index.
 */
import {
  ARTICLES,
  CATEGORY_IDS,
  CHAPTER_IDS,
  CLUSTERS,
  MODALITY_CATEGORIES,
  REGIONAL_GROUP_IDS,
  UN_LANGUAGES,
  getState,
  type CategoryId,
  type ModalityId,
  type StateParty,
} from "@tahub/domain";

export const ARTICLE_WORDS = 3;

const CLUSTER_OF: readonly number[] = (() => {
  const out = new Array<number>(72).fill(-1);
  CLUSTERS.forEach((c, i) => c.articles.forEach((a) => (out[a] = i)));
  return out;
})();

const CHAPTER_OF: readonly number[] = (() => {
  const out = new Array<number>(72).fill(-1);
  for (const a of ARTICLES) out[a.number] = CHAPTER_IDS.indexOf(a.chapter);
  return out;
})();

export function validArticles(articles: readonly number[] | undefined): number[] {
  return [...new Set(articles ?? [])].filter((a) => Number.isInteger(a) && a >= 1 && a <= 71);
}

/** Writes the article mask of `articles` at `out[at .. at + 3)`. */
export function writeArticleMask(articles: readonly number[], out: Uint32Array, at: number): void {
  for (const a of articles) {
    const i = at + ((a - 1) >>> 5);
    out[i] = (out[i] ?? 0) | (1 << ((a - 1) & 31));
  }
}

export function clusterMask(articles: readonly number[]): number {
  let m = 0;
  for (const a of articles) {
    const c = CLUSTER_OF[a] ?? -1;
    if (c >= 0) m |= 1 << c;
  }
  return m;
}

/**
 * Chapters of the articles, plus an explicit chapter for chapter-general needs. Article 14 also
 * counts under chapter V, where the executive summaries analyse it with 52 and 58.
 */
export function chapterMask(articles: readonly number[], chapter?: string | null): number {
  let m = 0;
  for (const a of articles) {
    const c = CHAPTER_OF[a] ?? -1;
    if (c >= 0) m |= 1 << c;
    if (a === 14) m |= 1 << CHAPTER_IDS.indexOf("V");
  }
  const explicit = chapter ? CHAPTER_IDS.indexOf(chapter as (typeof CHAPTER_IDS)[number]) : -1;
  if (explicit >= 0) m |= 1 << explicit;
  return m;
}

export function categoryMask(
  categories: readonly string[] | undefined,
  modalities?: readonly ModalityId[],
): number {
  let m = 0;
  for (const c of categories ?? []) {
    const i = CATEGORY_IDS.indexOf(c as CategoryId);
    if (i >= 0) m |= 1 << i;
  }
  for (const mod of modalities ?? [])
    for (const c of MODALITY_CATEGORIES[mod] ?? []) m |= 1 << CATEGORY_IDS.indexOf(c);
  return m;
}

export function regionBit(group: string | undefined): number {
  const i = group ? REGIONAL_GROUP_IDS.indexOf(group as (typeof REGIONAL_GROUP_IDS)[number]) : -1;
  return i >= 0 ? 1 << i : 0;
}

export function regionMask(groups: readonly string[] | undefined): number {
  let m = 0;
  for (const g of groups ?? []) m |= regionBit(g);
  return m;
}

/** UN languages take bits 0-5; Portuguese (the Lusophone States meet often in TA) takes bit 6. */
const LANG_BITS: readonly string[] = [...UN_LANGUAGES, "pt"];
export function languageMask(langs: readonly string[] | undefined): number {
  let m = 0;
  for (const l of langs ?? []) {
    const i = LANG_BITS.indexOf(l.toLowerCase());
    if (i >= 0) m |= 1 << i;
  }
  return m;
}
export function languagesOfMask(mask: number): string[] {
  return LANG_BITS.filter((_, i) => mask & (1 << i));
}

const SUBREGIONS: string[] = [];
export function subregionIndex(sub: string | undefined): number {
  if (!sub) return -1;
  let i = SUBREGIONS.indexOf(sub);
  if (i < 0) {
    SUBREGIONS.push(sub);
    i = SUBREGIONS.length - 1;
  }
  return i;
}

export const LEGAL_TRADITIONS = ["common-law", "civil-law", "mixed-islamic", "other"] as const;
export type LegalTradition = (typeof LEGAL_TRADITIONS)[number];

/**
 * A coarse legal tradition derived from official language and subregion — good enough to prefer
 * partners whose laws look alike, not a statement about any State's legal system. English-
 * speaking States outside Europe's civil-law core are taken as common law; French-, Spanish-,
 * Portuguese- and most European States as civil law; Arabic-speaking States as mixed with
 * Islamic law; the rest "other". Known misfits (Cameroon, Canada, South Africa are mixed;
 * Malta, Cyprus) are accepted at this resolution.
 */
export function legalTradition(state: StateParty): LegalTradition {
  const l = state.languages;
  if (l.includes("ar")) return "mixed-islamic";
  if (l.includes("en") && !l.includes("fr")) return "common-law";
  if (l.includes("fr") || l.includes("es")) return "civil-law";
  if (/Europe|South America|Central America/.test(state.subregion)) return "civil-law";
  return "other";
}

export function stateOf(code: string | undefined): StateParty | undefined {
  return code ? getState(code) : undefined;
}

/** Today as yyyy-mm-dd (UTC). */
export function isoToday(): string {
  return new Date().toISOString().slice(0, 10);
}
