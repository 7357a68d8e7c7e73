/**
 * The slice of `natural` the engine uses. natural ships raw .ts sources that do not compile
 * under this repo's strict settings, so tsconfig.base.json maps the module here for every package (see "paths").
 */
declare module "natural" {
  interface Stemmer {
    stem(token: string): string;
    /** What natural's classifiers call on a string observation. */
    tokenizeAndStem(text: string, keepStops?: boolean): string[];
  }
  interface ClassifierClassification {
    label: string;
    value: number;
  }
  class Classifier {
    addDocument(text: string | string[], classification: string): void;
    train(): void;
    classify(observation: string | string[]): string;
    getClassifications(observation: string | string[]): ClassifierClassification[];
  }
  const natural: {
    PorterStemmer: Stemmer;
    PorterStemmerFr: Stemmer;
    PorterStemmerEs: Stemmer;
    stopwords: string[];
    BayesClassifier: {
      new (stemmer?: Stemmer, smoothing?: number): Classifier;
      /** Rebuilds a classifier from its JSON (what JSON.stringify gave). */
      restore(json: unknown, stemmer?: Stemmer): Classifier;
    };
    LogisticRegressionClassifier: {
      new (stemmer?: Stemmer): Classifier;
      restore(json: unknown, stemmer?: Stemmer): Classifier;
    };
  };
  export default natural;
}
