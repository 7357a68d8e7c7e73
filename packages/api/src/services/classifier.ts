/**
 * The classifier the API uses: the engine's default model, trained once per process from the
 * built-in training data, then taught the secretariat's stored corrections (see `retrain`).
 */
import { getDefaultClassifier } from "@tahub/engine";
import type { ClassifierService } from "./index.js";

export function createClassifierService(): ClassifierService {
  const classifier = getDefaultClassifier();
  return {
    classify(text) {
      const r = classifier.classify(text);
      return {
        categories: r.categories.map((c) => ({ id: c.id, score: c.score })),
        articles: r.articles.map((a) => ({ article: a.article, score: a.score })),
        chapter: r.chapter,
        evidence: r.evidence,
        abstain: r.abstain,
        modelVersion: classifier.version,
      };
    },
    learn(corrections) {
      classifier.learn(corrections);
    },
    version: () => classifier.version,
  };
}
