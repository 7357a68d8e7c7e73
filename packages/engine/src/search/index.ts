/**
 * Text search across English, French and Spanish (issue 13). Both sides of a search go through
 * the same normalisation here, in TypeScript, so the database only compares tokens:
 *
 * - a record's *search document* (`searchDocument`) is the set of its words accent-folded and
 *   lower-cased, their stems in the record's language, hyphenated compounds also written solid
 *   ("whistle-blower" -> "whistleblower"), and the ids of the lexicon concepts it names in any of
 *   the three languages ("c:asset-recovery"), the English equivalents of its words from the
 *   trilingual glossary ("fondos" -> "p:fund"), plus a version token;
 * - a query (`searchQuery`) becomes groups that must all match: one per content word (any of the
 *   word, its stems in the three languages and its glossary equivalents), and one per run of
 *   words naming a concept (the concept id, or else all those words).
 *
 * Why not PostgreSQL's own unaccent and french/spanish text-search configurations: the concept
 * lexicon lives here, the stems of the lexicon terms must be the ones the documents use, and a
 * server's configurations (and PGlite's build) must not change what a search finds. The
 * database then needs nothing but `text[]` overlap, which PGlite and PostgreSQL run alike.
 * See docs/search.md.
 */
import { GLOSSARY_TSV } from "../knowledge/glossary-data.js";
import { knowsEnglish, pivotsOf, PIVOT_PREFIX } from "../knowledge/glossary.js";
import { CONCEPTS } from "../knowledge/index.js";
import { compileLexicon, type Lexicon } from "../knowledge/lexicon.js";
import { analyse, stem, wordsOf } from "../text/analyse.js";
import { LANGUAGES, type Language } from "../text/language.js";
import { isStopword } from "../text/stopwords.js";

/** Prefix of concept ids in documents: no word token contains a colon, so they cannot collide. */
export const CONCEPT_PREFIX = "c:";

/**
 * Bump when the normalisation changes (the lexicon's terms are hashed in automatically): every
 * stored document without the current token is rebuilt (the API's `indexPending`).
 */
const REVISION = 2;

/** One word's alternatives in a query, and the substring that may stand in for them. */
export interface SearchClause {
  /** Tokens of which the document must hold at least one: the folded word and its stems. */
  any: string[];
  /**
   * The folded word, for a substring match on the record's own text when the word is still being
   * typed ("strat" finds "stratégique"); null for words under 3 characters, which would match
   * almost anything.
   */
  contains: string | null;
}

/**
 * A query part: the document holds one of `concepts`, or matches every clause of `words`. A word
 * that names no concept is a group with no concepts and one clause.
 */
export interface SearchGroup {
  concepts: string[];
  words: SearchClause[];
}

export interface SearchQuery {
  /** Every group must match. Empty when the query has no word at all (only punctuation). */
  groups: SearchGroup[];
}

interface TermPayload {
  id: string;
  /** The term's stems in its language: which query words the concept covers. */
  stems: readonly string[];
}

let lexicon: Lexicon<TermPayload> | undefined;
let version: string | undefined;

/**
 * The concept terms of the engine's knowledge base, one payload per term so a hit tells which
 * stems it matched. Compiled on first use (stemming every term takes a few ms).
 */
function conceptLexicon(): Lexicon<TermPayload> {
  return (lexicon ??= compileLexicon(
    CONCEPTS.flatMap((c) =>
      LANGUAGES.flatMap((language) =>
        c.terms[language].map((term) => ({
          payload: { id: c.id, stems: analyse(term, { language }).stems },
          language,
          term,
        })),
      ),
    ),
  ));
}

/**
 * The token every current document carries: the revision and a hash of the lexicon's terms and
 * the glossary, so that adding a synonym also marks every stored document for rebuilding.
 */
export function searchVersion(): string {
  if (version) return version;
  // FNV-1a over the terms: small, deterministic, no dependency (no node:crypto in the engine).
  let h = 0x811c9dc5;
  const text = JSON.stringify(CONCEPTS.map((c) => [c.id, c.terms])) + GLOSSARY_TSV;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return (version = `~v${REVISION}.${h.toString(36)}`);
}

const DIGITS = /^\d+$/;

/**
 * The units of a text: its folded words split at apostrophes and hyphens ("d'alerte" -> "d",
 * "alerte"), and each hyphenated compound also written solid, since people write both
 * "whistle-blower" and "whistleblower".
 */
function units(text: string): { unit: string; solid: string | null }[] {
  const out: { unit: string; solid: string | null }[] = [];
  for (const w of wordsOf(text)) {
    if (!w.includes("-") && !w.includes("'")) {
      out.push({ unit: w, solid: null });
      continue;
    }
    const parts = w.split(/['-]/).filter(Boolean);
    parts.forEach((p, i) =>
      out.push({ unit: p, solid: i === 0 && w.includes("-") ? w.replace(/['-]/g, "") : null }),
    );
  }
  return out;
}

/** A word stems to something worth matching: not a digit run, and two letters at least. */
const stemmable = (w: string) => w.length >= 2 && !DIGITS.test(w);

/** The concept ids a text names, in any of the three languages. */
function conceptsIn(text: string): Set<string> {
  const found = new Set<string>();
  const lex = conceptLexicon();
  for (const language of LANGUAGES)
    for (const hit of lex.match(analyse(text, { language, bigrams: false })))
      found.add(CONCEPT_PREFIX + hit.payload.id);
  return found;
}

/**
 * The search document of a record, from its text fields: the tokens `searchQuery` clauses are
 * matched against, sorted, with the version token. Stems are taken in the record's detected
 * language (queries try all three, so a misdetected record is still found by its words).
 */
export function searchDocument(fields: readonly (string | null | undefined)[]): string[] {
  const text = fields.filter((f): f is string => !!f && !!f.trim()).join("\n");
  const tokens = new Set<string>([searchVersion()]);
  if (!text) return [...tokens];
  const language = analyse(text, { bigrams: false }).language;
  for (const { unit, solid } of units(text)) {
    tokens.add(unit);
    if (solid) tokens.add(solid);
    if (stemmable(unit) && !isStopword(unit, language)) {
      const s = stem(unit, language);
      tokens.add(s);
      for (const en of pivotsOf(language, [s]) ?? []) tokens.add(PIVOT_PREFIX + en);
    }
    if (solid) tokens.add(stem(solid, language));
  }
  for (const c of conceptsIn(text)) tokens.add(c);
  return [...tokens].sort();
}

/**
 * A stop word of any of the three languages: a query's language cannot be told from 3 words.
 * Numbers stay ("number 3"), though natural's English list has the digits.
 */
const anyStopword = (w: string) => !DIGITS.test(w) && LANGUAGES.some((l) => isStopword(w, l));

/**
 * A query word's alternatives: itself, its stems in the three languages, and its glossary
 * equivalents. A word the glossary knows as English ("court") gives its English stem only;
 * otherwise its French and Spanish readings give theirs ("fondos" -> fund, "tribunaux" ->
 * court, tribunal). Reading an English word as French too would let "court" find "short".
 */
function clauseOf(word: string): SearchClause {
  const any = new Set([word]);
  if (stemmable(word)) {
    for (const l of LANGUAGES) any.add(stem(word, l));
    const en = stem(word, "en");
    const pivots = knowsEnglish(en)
      ? [en]
      : (["fr", "es"] as const).flatMap((l) => pivotsOf(l, [stem(word, l)]) ?? []);
    for (const p of pivots) any.add(PIVOT_PREFIX + p);
  }
  return { any: [...any].sort(), contains: word.length >= 3 ? word : null };
}

/**
 * A query as groups that must all match. Content words only (stop words of any language are
 * dropped, unless the query has nothing else); a concept named by the query, in any language,
 * joins the words it covers into one group that the concept alone also satisfies, which is how
 * "recouvrement des avoirs" finds "asset recovery".
 */
export function searchQuery(q: string): SearchQuery {
  const all = units(q);
  const content = all.filter((u) => !anyStopword(u.unit));
  const words = [...new Set((content.length ? content : all).map((u) => u.unit))];
  if (!words.length) return { groups: [] };
  // Per language, the stem of each query word, to see which words a concept hit covers.
  const stems: Record<Language, string[]> = { en: [], fr: [], es: [] };
  for (const l of LANGUAGES) stems[l] = words.map((w) => (stemmable(w) ? stem(w, l) : w));
  // Union-find over words: words covered by one concept hit share a group.
  const parent = words.map((_, i) => i);
  const find = (i: number): number => {
    const p = parent[i] ?? i;
    return p === i ? i : (parent[i] = find(p));
  };
  const conceptsAt = new Map<number, Set<string>>();
  const lex = conceptLexicon();
  for (const language of LANGUAGES) {
    for (const hit of lex.match(analyse(q, { language, bigrams: false }))) {
      const covered = stems[language].flatMap((s, i) => (hit.payload.stems.includes(s) ? [i] : []));
      const [root] = covered;
      if (root === undefined) continue;
      for (const i of covered.slice(1)) parent[find(i)] = find(root);
      const set = conceptsAt.get(root) ?? new Set<string>();
      set.add(CONCEPT_PREFIX + hit.payload.id);
      conceptsAt.set(root, set);
    }
  }
  const groups = new Map<number, SearchGroup>();
  words.forEach((w, i) => {
    const root = find(i);
    const g = groups.get(root) ?? { concepts: [], words: [] };
    g.words.push(clauseOf(w));
    groups.set(root, g);
  });
  // Concepts were filed under the first covered word; after later merges, move them to the root.
  for (const [at, ids] of conceptsAt) {
    const g = groups.get(find(at));
    if (!g) throw new Error("every root of the union-find has a group of words");
    for (const id of ids) if (!g.concepts.includes(id)) g.concepts.push(id);
  }
  return { groups: [...groups.values()].map((g) => ({ ...g, concepts: g.concepts.sort() })) };
}

/**
 * Whether a document matches a query, as the database evaluates it (`text` is the record's own
 * text, for the substring fallback): for tests and for in-memory lists.
 */
export function matchesSearch(doc: readonly string[], query: SearchQuery, text = ""): boolean {
  const has = new Set(doc);
  const lower = text.toLowerCase();
  const clause = (c: SearchClause) =>
    c.any.some((t) => has.has(t)) || (c.contains !== null && lower.includes(c.contains));
  return query.groups.every((g) => g.concepts.some((c) => has.has(c)) || g.words.every(clause));
}
