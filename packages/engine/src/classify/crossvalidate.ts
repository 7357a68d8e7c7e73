import { Classifier } from "./classifier.js";
import { evaluate, type Metrics, type Prediction } from "./evaluate.js";
import type { TrainModelOptions } from "./model.js";
import type { LabelledNeed } from "./types.js";

/**
 * k-fold cross-validation of the whole classifier (each fold's model calibrates itself on its
 * own inner folds): need i is predicted by the model trained without fold i mod k. On the
 * built-in training set this flatters TA Hub — the folds share templates and topics — so it
 * is a consistency check beside the dev sets, not an estimate of quality on real needs.
 */
export function crossValidate(
  needs: readonly LabelledNeed[],
  k = 5,
  opts?: TrainModelOptions,
): Metrics & { k: number } {
  const predictions = new Array<Prediction>(needs.length);
  for (let f = 0; f < k; f++) {
    const c = Classifier.train(
      needs.filter((_, i) => i % k !== f),
      opts,
    );
    needs.forEach((n, i) => {
      if (i % k === f) predictions[i] = c.classify(n.text);
    });
  }
  const m = evaluate(needs, (_, i) => predictions[i] as Prediction);
  return { ...m, k };
}
