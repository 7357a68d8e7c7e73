// Ambient types of the natural files imported below; a type-only import cannot load a
// declaration file that is not a module, and consumers compile this file from source.
// eslint-disable-next-line @typescript-eslint/triple-slash-reference
/// <reference path="../types/natural.d.ts" />
/**
 * The one place the engine touches `natural`. It imports the files it uses one by one: the
 * package's index loads every module natural has (about 1,270 files in ~1 s, dotenv and the
 * storage back-ends included), the three stemmers and the stop-word list load 28 files in ~15 ms.
 * natural has no `exports` map, so these paths are part of what its version pins
 * (pnpm-workspace.yaml); `natural.test.ts` fails if an upgrade moves them.
 */
import PorterStemmer from "natural/lib/natural/stemmers/porter_stemmer.js";
import PorterStemmerEs from "natural/lib/natural/stemmers/porter_stemmer_es.js";
import PorterStemmerFr from "natural/lib/natural/stemmers/porter_stemmer_fr.js";
import stopwords from "natural/lib/natural/util/stopwords.js";
import type { Stemmer } from "natural/lib/natural/stemmers/index.js";

export type Stem = (word: string) => string;

export const stemmers: Readonly<Record<"en" | "fr" | "es", Stem>> = {
  en: (w) => PorterStemmer.stem(w),
  fr: (w) => PorterStemmerFr.stem(w),
  es: (w) => PorterStemmerEs.stem(w),
};

/** natural's English stop-word list (170 words). */
export const englishStopwords: readonly string[] = stopwords.words;

/** natural's own English stemmer object (its classifiers call `tokenizeAndStem` on it). */
export const englishStemmer: Stemmer = PorterStemmer;
