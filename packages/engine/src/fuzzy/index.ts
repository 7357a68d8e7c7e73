/**
 * Fuzzy look-ups of names with typos ("Kenia", "Philipines", "UNDOC", "whistle blower"),
 * through fuse.js. Each finder is built once over its list and reused; scores are fuse's
 * distance turned into a similarity (1 = exact).
 */
import { ARTICLES, STATES_PARTIES } from "@tahub/domain";
import Fuse from "fuse.js";

export interface FuzzyHit<T> {
  item: T;
  /** 1 = exact, 0 = nothing alike. */
  score: number;
}

export interface FuzzyOptions {
  /** Results returned. Default 5. */
  limit?: number;
  /** fuse.js threshold, 0 (exact) to 1 (anything). Default 0.4. */
  threshold?: number;
}

/** A fuzzy finder over any records by the given string keys. */
export function fuzzyFinder<T>(
  records: readonly T[],
  keys: string[],
  options: FuzzyOptions = {},
): (query: string, limit?: number) => FuzzyHit<T>[] {
  const fuse = new Fuse([...records], {
    keys,
    includeScore: true,
    ignoreLocation: true,
    threshold: options.threshold ?? 0.4,
  });
  return (query, limit = options.limit ?? 5) => {
    const q = query.trim();
    if (!q) return [];
    return fuse.search(q, { limit }).map((r) => ({ item: r.item, score: 1 - (r.score ?? 1) }));
  };
}

let states: ReturnType<typeof fuzzyFinder<(typeof STATES_PARTIES)[number]>> | undefined;
/** States parties by name or ISO3 code, typos allowed: `findStates("Kenia")[0].item.iso3 === "KEN"`. */
export function findStates(query: string, limit = 5) {
  const q = query.trim();
  // An exact code wins outright; fuse would rank "KEN" below names that contain "ken".
  const exact = STATES_PARTIES.find((s) => s.iso3 === q.toUpperCase());
  states ??= fuzzyFinder(STATES_PARTIES, ["name", "iso3"]);
  const hits = states(q, limit);
  return exact
    ? [{ item: exact, score: 1 }, ...hits.filter((h) => h.item !== exact)].slice(0, limit)
    : hits;
}

let articles: ReturnType<typeof fuzzyFinder<(typeof ARTICLES)[number]>> | undefined;
/** Articles of the Convention by title, typos allowed: "whistleblower protection" -> art. 33 area. */
export function findArticles(query: string, limit = 5) {
  articles ??= fuzzyFinder(ARTICLES, ["title"]);
  return articles(query, limit);
}

/** Providers or experts by name (and organisation), typos allowed. */
export function findNames<T extends { name: string }>(
  records: readonly T[],
  query: string,
  options: FuzzyOptions & { keys?: string[] } = {},
): FuzzyHit<T>[] {
  return fuzzyFinder(records, options.keys ?? ["name"], options)(query, options.limit);
}
