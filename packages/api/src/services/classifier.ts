/**
 * The classifier the API uses: the engine's default model (trained once per process from the
 * built-in training data), updated with the secretariat's corrections. Models are immutable:
 * each update swaps in a new one, so a request never sees a half-updated model.
 */
import { getDefaultClassifier, type Classifier } from "@tahub/engine";
import type { CategoryId } from "@tahub/domain";
import type { TClassification } from "../schemas.js";

interface Correction {
  text: string;
  category: CategoryId;
  articles: number[];
}

export interface ClassifierService {
  classify(text: string): TClassification;
  /** Teaches the current model one or more new corrections. */
  learn(corrections: Correction[]): void;
  /** Rebuilds the model from the base model and every stored correction (no double counting). */
  replay(corrections: Correction[]): void;
  version(): string;
}

export function createClassifierService(
  base: Classifier = getDefaultClassifier(),
): ClassifierService {
  let current = base;
  return {
    classify(text) {
      const r = current.classify(text);
      return {
        categories: r.categories.map((c) => ({ id: c.id, score: c.score })),
        articles: r.articles.map((a) => ({ article: a.article, score: a.score })),
        chapter: r.chapter,
        evidence: r.evidence,
        abstain: r.abstain,
        ...(r.reason ? { reason: r.reason } : {}),
        secondary: r.secondary,
        modelVersion: r.modelVersion,
      };
    },
    learn(corrections) {
      if (corrections.length) current = current.retrain(corrections);
    },
    replay(corrections) {
      current = corrections.length ? base.retrain(corrections) : base;
    },
    version: () => current.modelVersion,
  };
}
