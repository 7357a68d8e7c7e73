import { referencedArticles } from "@tahub/domain";
import { detectLanguage, type Language } from "./language.js";
import { stemmers } from "./natural.js";
import { isPlainAscii, normalise } from "./normalise.js";
import { isStopword } from "./stopwords.js";

export interface Analysed {
  language: Language;
  /** Normalised words, stop words included, in order. */
  words: string[];
  /** Stems of content words, in order. */
  stems: string[];
  /** Adjacent content-stem pairs "a_b", the cheapest way to keep "asset declaration" apart from "asset" + "declaration". */
  bigrams: string[];
  /** Articles the text cites explicitly. */
  articles: number[];
}

export interface AnalyseOptions {
  /** Force a language instead of detecting it. Default: detected. */
  language?: Language;
  /** Words longer than this are dropped (hashes, glued URLs). Default 40. */
  maxWordLength?: number;
  /** Build `bigrams` (callers that pair stems themselves skip the strings). Default true. */
  bigrams?: boolean;
}

/*
 * Stemming dominates the cost of analysis, and vocabularies are small: memoise per language.
 * Bounded so that an adversarial stream of unique words cannot grow it without limit.
 */
const STEM_CACHE_LIMIT = 200_000;
const stemCache: Record<Language, Map<string, string>> = {
  en: new Map(),
  fr: new Map(),
  es: new Map(),
};

export function stem(word: string, lang: Language): string {
  const cache = stemCache[lang];
  let s = cache.get(word);
  if (s === undefined) {
    s = stemmers[lang](word);
    if (cache.size >= STEM_CACHE_LIMIT) cache.clear();
    cache.set(word, s);
  }
  return s;
}

const WORD = /[a-z0-9]+(?:['-][a-z0-9]+)*/g;

export function tokenise(normalised: string, maxWordLength = 40): string[] {
  const out: string[] = [];
  // exec() on a fresh lastIndex, not matchAll: no iterator or match-array churn per word.
  WORD.lastIndex = 0;
  for (let m = WORD.exec(normalised); m !== null; m = WORD.exec(normalised)) {
    const w = m[0];
    if (w.length <= maxWordLength) out.push(w);
  }
  return out;
}

/*
 * What a word contributes once its language is known: the stems of its content parts
 * (hyphenated compounds count as their parts; stop words, digits and one-letter parts count
 * for nothing). Vocabularies are small, so this is memoised per language like the stems, and
 * analysing a need costs one lookup per word.
 */
const NO_STEMS: readonly string[] = [];
const WORD_CACHE_LIMIT = 200_000;
const wordCache: Record<Language, Map<string, readonly string[]>> = {
  en: new Map(),
  fr: new Map(),
  es: new Map(),
};
const DIGITS = /^\d+$/;

function wordStems(raw: string, language: Language): readonly string[] {
  const cache = wordCache[language];
  let out = cache.get(raw);
  if (out !== undefined) return out;
  const parts = raw.includes("-") || raw.includes("'") ? raw.split(/['-]/) : [raw];
  const stems: string[] = [];
  for (const w of parts) {
    if (w.length < 2 || isStopword(w, language) || DIGITS.test(w)) continue;
    stems.push(stem(w, language));
  }
  out = stems.length ? stems : NO_STEMS;
  if (cache.size >= WORD_CACHE_LIMIT) cache.clear();
  cache.set(raw, out);
  return out;
}

/**
 * `tokenise(normalise(text))`, without building the normalised string for plain ASCII text:
 * there normalise only lower-cases and blanks characters that end a word anyway, so the
 * words are the same.
 */
export function wordsOf(text: string, maxWordLength = 40): string[] {
  const lower = text.toLowerCase();
  return tokenise(isPlainAscii(lower) ? lower : normalise(lower), maxWordLength);
}

/** Normalise, tokenise, detect the language, drop stop words, stem, and pair. */
export function analyse(text: string, options: AnalyseOptions = {}): Analysed {
  const words = wordsOf(text, options.maxWordLength ?? 40);
  const language = options.language ?? detectLanguage(words);
  const stems: string[] = [];
  for (const raw of words) {
    const s = wordStems(raw, language);
    for (let i = 0; i < s.length; i++) stems.push(s[i] as string);
  }
  const bigrams: string[] = [];
  if (options.bigrams ?? true)
    for (let i = 1; i < stems.length; i++) bigrams.push(`${stems[i - 1]}_${stems[i]}`);
  return { language, words, stems, bigrams, articles: referencedArticles(text) };
}
