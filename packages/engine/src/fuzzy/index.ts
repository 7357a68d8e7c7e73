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
    // "Jose" finds "José", "Cote" finds "Côte".
    ignoreDiacritics: true,
    threshold: options.threshold ?? 0.4,
  });
  return (query, limit = options.limit ?? 5) => {
    const q = query.trim();
    if (!q) return [];
    return fuse.search(q, { limit }).map((r) => ({ item: r.item, score: 1 - (r.score ?? 1) }));
  };
}

/** A State party with every name it is searched by, folded (see `foldName`). */
interface StateEntry {
  state: (typeof STATES_PARTIES)[number];
  names: string[];
}

/**
 * Names people use that neither the UN short name nor the EN/FR/ES display names give (older or
 * English-language names). Keyed by ISO3.
 */
const ALIASES: Record<string, readonly string[]> = {
  CIV: ["Ivory Coast"],
  CPV: ["Cape Verde"],
  CZE: ["Czech Republic"],
  GBR: ["United Kingdom", "UK", "Great Britain", "Britain"],
  USA: ["United States", "USA", "US"],
  RUS: ["Russia"],
  TUR: ["Turkey", "Turquie", "Turquia"],
  SWZ: ["Swaziland"],
  MMR: ["Burma"],
  TLS: ["East Timor"],
  MKD: ["Macedonia"],
  NLD: ["Holland"],
  KOR: ["South Korea"],
  LAO: ["Laos"],
  PSE: ["Palestine"],
  VAT: ["Vatican"],
  BOL: ["Bolivia"],
  VEN: ["Venezuela"],
  IRN: ["Iran"],
  TZA: ["Tanzania"],
  MDA: ["Moldova"],
  VNM: ["Vietnam"],
  SYR: ["Syria"],
  COD: ["DR Congo", "DRC", "Congo-Kinshasa"],
  COG: ["Congo-Brazzaville"],
};

/**
 * Lower case, accents folded, typographic apostrophes and dashes made plain, punctuation as
 * spaces: "Côte d’Ivoire" and "Cote d'Ivoire" are one name.
 */
export function foldName(s: string): string {
  return s
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[‘’`´ʼ]/g, "'")
    .replace(/[‐-―]/g, "-")
    .replace(/[^a-z0-9']+/g, " ")
    .trim();
}

/** The State's names in English, French and Spanish, as the runtime's ICU data gives them. */
function displayNames(iso2: string): string[] {
  const out: string[] = [];
  for (const lang of ["en", "fr", "es"]) {
    try {
      const name = new Intl.DisplayNames([lang], { type: "region" }).of(iso2);
      if (name && name !== iso2) out.push(name);
    } catch {
      // A runtime without ICU region names: the UN name and the aliases still work.
    }
  }
  return out;
}

let stateEntries: StateEntry[] | undefined;
let states: ReturnType<typeof fuzzyFinder<StateEntry>> | undefined;

/** Fuzzy hits kept only when they score at least this close to the best one. */
const STATE_SCORE_GAP = 0.15;

/**
 * States parties by name (UN short name, English, French or Spanish name, common aliases) or
 * ISO3 code, typos and missing accents allowed: `findStates("Kenia")[0].item.iso3 === "KEN"`.
 *
 * A query that is exactly one of a State's names returns that State, and only States whose
 * names contain it as a word ("Kenya" used to bring Armenia and Denmark along, which share a
 * few letters with it); otherwise fuzzy hits are kept only near the best one, so one clear
 * answer is not padded with unrelated names.
 */
export function findStates(query: string, limit = 5) {
  const q = query.trim();
  if (!q) return [];
  stateEntries ??= STATES_PARTIES.map((state) => ({
    state,
    names: [
      ...new Set(
        [state.name, ...displayNames(state.iso2), ...(ALIASES[state.iso3] ?? [])].map(foldName),
      ),
    ],
  }));
  const entries = stateEntries;
  // An exact code or name wins outright; fuse would rank "KEN" below names that contain "ken".
  const folded = foldName(q);
  const exact = entries.filter((e) => e.state.iso3 === q.toUpperCase() || e.names.includes(folded));
  if (exact.length) {
    // Then States whose names hold the query as a whole word ("Guinea": Equatorial Guinea,
    // Guinea-Bissau), never ones that merely share letters.
    const word = new RegExp(`(^| )${folded.replace(/[^a-z0-9 ']/g, "")}( |$)`);
    const containing = entries.filter(
      (e) => !exact.includes(e) && e.names.some((n) => word.test(n.replace(/-/g, " "))),
    );
    return [
      ...exact.map((e) => ({ item: e.state, score: 1 })),
      ...containing.map((e) => ({ item: e.state, score: 0.9 })),
    ].slice(0, limit);
  }
  // Fuzzy on the folded names only: matching the query against three-letter codes too is what
  // let "Kenya" reach "ARM" and "DNK".
  states ??= fuzzyFinder(entries, ["names"]);
  const hits = states(folded, limit);
  const best = hits[0]?.score ?? 0;
  return hits
    .filter((h) => h.score >= best - STATE_SCORE_GAP)
    .map((h) => ({ item: h.item.state, score: h.score }));
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
