/**
 * Types for the files of `natural` the engine imports one by one (text/natural.ts,
 * classify/natural-peers.ts, which reference this file). natural ships one index.d.ts per folder
 * and no declaration beside each file, so each file used is declared here with the type
 * natural's own folder index gives it.
 */
declare module "natural/lib/natural/stemmers/porter_stemmer.js" {
  import type { Stemmer } from "natural/lib/natural/stemmers/index.js";
  const stemmer: Stemmer;
  export default stemmer;
}
declare module "natural/lib/natural/stemmers/porter_stemmer_fr.js" {
  import type { Stemmer } from "natural/lib/natural/stemmers/index.js";
  const stemmer: Stemmer;
  export default stemmer;
}
declare module "natural/lib/natural/stemmers/porter_stemmer_es.js" {
  import type { Stemmer } from "natural/lib/natural/stemmers/index.js";
  const stemmer: Stemmer;
  export default stemmer;
}
declare module "natural/lib/natural/util/stopwords.js" {
  const stopwords: { words: string[] };
  export default stopwords;
}
declare module "natural/lib/natural/classifiers/bayes_classifier.js" {
  import type { BayesClassifier } from "natural/lib/natural/classifiers/index.js";
  const classifier: typeof BayesClassifier;
  export default classifier;
}
declare module "natural/lib/natural/classifiers/logistic_regression_classifier.js" {
  import type { LogisticRegressionClassifier } from "natural/lib/natural/classifiers/index.js";
  const classifier: typeof LogisticRegressionClassifier;
  export default classifier;
}
