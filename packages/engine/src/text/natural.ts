/**
 * The one place the engine touches `natural`. Its ESM build only works as a default import
 * (named imports type-check but fail at run time), its import is slow (~0.8 s) and it pulls in
 * dotenv, so everything else in the engine goes through this typed surface.
 */
import natural from "natural";

export type Stem = (word: string) => string;

export const stemmers: Readonly<Record<"en" | "fr" | "es", Stem>> = {
  en: (w) => natural.PorterStemmer.stem(w),
  fr: (w) => natural.PorterStemmerFr.stem(w),
  es: (w) => natural.PorterStemmerEs.stem(w),
};

/** natural's English stop-word list (170 words). */
export const englishStopwords: readonly string[] = natural.stopwords;

/** natural's classifiers, exposed only to the peer adapters in `classify/peers.ts`. */
export const naturalClassifiers = {
  /** natural's own English stemmer object (its classifiers call `tokenizeAndStem` on it). */
  englishStemmer: natural.PorterStemmer,
  BayesClassifier: natural.BayesClassifier,
  LogisticRegressionClassifier: natural.LogisticRegressionClassifier,
};
