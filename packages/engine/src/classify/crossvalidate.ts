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

/**
 * Cross-validation grouped by writer: every need of writer w is predicted by a model trained
 * without any of w's needs. This is the honest estimate for text from a writer the model has
 * not read (the k-fold above lets a writer's habits leak across folds). Needs without a
 * `writer` are always trained on and never predicted. `only` limits the held-out writers.
 */
export function crossValidateByWriter(
  needs: readonly LabelledNeed[],
  opts?: TrainModelOptions & { only?: readonly string[] },
): { overall: Metrics; byWriter: Record<string, Metrics> } {
  const writers = [...new Set(needs.map((n) => n.writer).filter((w): w is string => !!w))].filter(
    (w) => !opts?.only || opts.only.includes(w),
  );
  const held: LabelledNeed[] = [];
  const predictions: Prediction[] = [];
  const byWriter: Record<string, Metrics> = {};
  for (const w of writers) {
    const c = Classifier.train(
      needs.filter((n) => n.writer !== w),
      opts,
    );
    const test = needs.filter((n) => n.writer === w);
    const preds = test.map((n) => c.classify(n.text) as Prediction);
    byWriter[w] = evaluate(test, (_, i) => preds[i] as Prediction);
    held.push(...test);
    predictions.push(...preds);
  }
  return { overall: evaluate(held, (_, i) => predictions[i] as Prediction), byWriter };
}
