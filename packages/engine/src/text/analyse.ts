import { referencedArticles } from "@tahub/domain";
import { languageOf, votesOf, type Language, type Votes } from "./language.js";
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

/** `[a-z0-9]`: what words are made of after normalisation. */
function isWordChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 48 && c <= 57);
}

/**
 * The words of a normalised text: the matches of `/[a-z0-9]+(?:['-][a-z0-9]+)*\/g` (hyphenated
 * compounds and elisions kept whole), longer ones than `maxWordLength` dropped. Scanned by hand
 * because the regex builds a match object per word, which was most of the garbage a
 * classification made.
 */
export function tokenise(normalised: string, maxWordLength = 40): string[] {
  const out: string[] = [];
  const s = normalised;
  const n = s.length;
  let i = 0;
  while (i < n) {
    if (!isWordChar(s.charCodeAt(i))) {
      i++;
      continue;
    }
    const start = i++;
    while (i < n && isWordChar(s.charCodeAt(i))) i++;
    // An apostrophe or hyphen joins two runs only when a word character follows it.
    for (;;) {
      const c = s.charCodeAt(i);
      if (i + 1 >= n || (c !== 39 && c !== 45) || !isWordChar(s.charCodeAt(i + 1))) break;
      i += 2;
      while (i < n && isWordChar(s.charCodeAt(i))) i++;
    }
    if (i - start <= maxWordLength) out.push(s.slice(start, i));
  }
  return out;
}

/*
 * Everything a word contributes, memoised per word (vocabularies are small; bounded like the
 * stem cache): its language votes, and per language the stems of its content parts
 * (hyphenated compounds count as their parts; stop words, digits and one-letter parts count for
 * nothing). Analysing a need costs one dictionary lookup per word.
 */
interface WordInfo {
  votes: Votes;
  stems: Partial<Record<Language, readonly string[]>>;
}
const NO_STEMS: readonly string[] = [];
const WORD_CACHE_LIMIT = 200_000;
const wordCache = new Map<string, WordInfo>();
const DIGITS = /^\d+$/;

function wordInfo(raw: string): WordInfo {
  let info = wordCache.get(raw);
  if (info === undefined) {
    info = { votes: votesOf(raw), stems: {} };
    if (wordCache.size >= WORD_CACHE_LIMIT) wordCache.clear();
    wordCache.set(raw, info);
  }
  return info;
}

function stemsIn(info: WordInfo, raw: string, language: Language): readonly string[] {
  let out = info.stems[language];
  if (out !== undefined) return out;
  const parts = raw.includes("-") || raw.includes("'") ? raw.split(/['-]/) : [raw];
  const stems: string[] = [];
  for (const w of parts) {
    if (w.length < 2 || isStopword(w, language) || DIGITS.test(w)) continue;
    stems.push(stem(w, language));
  }
  out = stems.length ? stems : NO_STEMS;
  info.stems[language] = out;
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
  const infos = new Array<WordInfo>(words.length);
  let en = 0;
  let fr = 0;
  let es = 0;
  for (let i = 0; i < words.length; i++) {
    const info = wordInfo(words[i] as string);
    infos[i] = info;
    en += info.votes[0];
    fr += info.votes[1];
    es += info.votes[2];
  }
  // Same decision as detectLanguage(words), from the memoised votes.
  const language = options.language ?? languageOf(en, fr, es);
  const stems: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const s = stemsIn(infos[i] as WordInfo, words[i] as string, language);
    for (let j = 0; j < s.length; j++) stems.push(s[j] as string);
  }
  const bigrams: string[] = [];
  if (options.bigrams ?? true)
    for (let i = 1; i < stems.length; i++) bigrams.push(`${stems[i - 1]}_${stems[i]}`);
  return { language, words, stems, bigrams, articles: referencedArticles(text) };
}
