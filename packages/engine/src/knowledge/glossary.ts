import type { Analysed } from "../text/index.js";
import { analyse, type Language } from "../text/index.js";
import { GLOSSARY_TSV } from "./glossary-data.js";

/**
 * Word-level query translation through English as the pivot language, for cross-language
 * matching beyond what cognate keys (`crosslang.ts`) and the concept lexicon reach:
 * "restitución de fondos sustraídos" meets "return of stolen funds" although none of the
 * three word pairs shares a spelling and no concept names the phrase.
 *
 * The glossary (`glossary-data.ts`) is a trilingual word list written by a terminologist for
 * this purpose, independently of every evaluation set: an English word and its French and
 * Spanish equivalents. Each side is stemmed with its own language's stemmer, so that a French
 * stem maps to the English stems it translates; an English stem maps to itself. A text's pivot
 * terms are then "p:<English stem>" for every content word the glossary knows, whatever the
 * text's language, and are indexed in the language-neutral index beside the cognate keys.
 * A word with several English equivalents spreads one unit of weight over them, so that an
 * ambiguous word ("examen": review, examination) counts no more than a precise one.
 *
 * Two-stem entries (French hyphenated compounds such as "pots-de-vin") are looked up on the
 * text's adjacent stem pairs; longer ones are left to the concept lexicon.
 *
 * Tried on the match2 dev needs and left out: giving an English word the pivots of its own
 * translations (symmetric fan-out; all-language nDCG@10 0.852 -> 0.840), and dropping words
 * with more than k equivalents (k = 1..6: 0.837-0.853, noise).
 */
export interface PivotTerm {
  term: string;
  weight: number;
}

type PivotMap = ReadonlyMap<string, readonly string[]>;

let pivots: PivotMap | undefined;

const keyOf = (language: Language, stems: readonly string[]) => `${language}:${stems.join("_")}`;

/** Parses the glossary rows into "<language>:<stem or stem_stem>" -> English stems. */
export function compileGlossary(tsv: string): PivotMap {
  const map = new Map<string, Set<string>>();
  const add = (key: string, en: string) => {
    let s = map.get(key);
    if (!s) map.set(key, (s = new Set()));
    s.add(en);
  };
  for (const line of tsv.split("\n")) {
    const cols = line.split("\t");
    if (cols.length !== 3) continue;
    const [enWord, fr, es] = cols as [string, string, string];
    const en = analyse(enWord, { language: "en", bigrams: false }).stems;
    // An English entry of several words ("study visit") pivots on its last stem, the head noun.
    const head = en[en.length - 1];
    if (!head) continue;
    add(keyOf("en", [head]), head);
    for (const [language, words] of [
      ["fr", fr],
      ["es", es],
    ] as const)
      for (const word of words.split("|")) {
        const stems = analyse(word.trim(), { language, bigrams: false }).stems;
        if (stems.length < 1 || stems.length > 2) continue;
        add(keyOf(language, stems), head);
      }
  }
  return new Map([...map].map(([k, v]) => [k, [...v]]));
}

function pivotMap(): PivotMap {
  return (pivots ??= compileGlossary(GLOSSARY_TSV));
}

/** Prefix of glossary pivots in documents and indexes: "p:fund". */
export const PIVOT_PREFIX = "p:";

/** The glossary has this English stem as a word of its own (not only as a translation). */
export function knowsEnglish(stem: string, map: PivotMap = pivotMap()): boolean {
  return map.has(keyOf("en", [stem]));
}

/**
 * The English stems a word (one stem, or a two-stem compound) of `language` translates to, or
 * undefined when the glossary does not know it.
 */
export function pivotsOf(
  language: Language,
  stems: readonly string[],
  map: PivotMap = pivotMap(),
): readonly string[] | undefined {
  return map.get(keyOf(language, stems));
}

/**
 * The pivot terms of an analysed text, in order (repeats kept: they are term frequency).
 * A two-stem compound found on a stem pair replaces the pair's single-stem lookups.
 */
export function pivotTerms(a: Analysed, map: PivotMap = pivotMap()): PivotTerm[] {
  const out: PivotTerm[] = [];
  const { stems, language } = a;
  for (let i = 0; i < stems.length; i++) {
    const here = stems[i] ?? "";
    const next = stems[i + 1];
    const pair =
      language !== "en" && next !== undefined ? pivotsOf(language, [here, next], map) : undefined;
    if (pair) i++;
    const ens = pair ?? pivotsOf(language, [here], map);
    if (ens) out.push(...spread(ens));
  }
  return out;
}

/** One unit of weight spread over a word's English equivalents. */
function spread(ens: readonly string[]): PivotTerm[] {
  const weight = 1 / ens.length;
  return ens.map((en) => ({ term: PIVOT_PREFIX + en, weight }));
}
