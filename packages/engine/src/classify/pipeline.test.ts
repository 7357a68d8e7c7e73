/**
 * The classifier's steps as pure functions (issue 16): features -> rows -> logits -> calibrated
 * scores -> decision -> evidence. Each step depends only on its arguments.
 */
import { describe, expect, it } from "vitest";
import { getDefaultClassifier } from "./classifier.js";
import { byScore, topK } from "./decide.js";
import { parts } from "./features.js";
import { calibrated, logits, rowsOf } from "./scores.js";
import { buildTable } from "./table.js";

const classifier = getDefaultClassifier();
const table = buildTable(classifier.model);
const text = "Training of prosecutors on the financial investigation of money-laundering cases";

describe("the classifier's steps", () => {
  it("takes each feature's row once, in the order the features are listed", () => {
    const { rows } = rowsOf(table, parts(`${text}. ${text}`, { bigrams: false }));
    expect(new Set(rows).size).toBe(rows.length);
    expect(rows.map((r) => table.names[r])).toEqual(classifier.featureNamesOf(`${text}. ${text}`));
  });

  it("gives the same scores whatever was classified before (no state between calls)", () => {
    const first = classifier.classify(text);
    classifier.classify("Draft a law on the protection of whistle-blowers");
    classifier.classify("");
    expect(classifier.classify(text)).toEqual(first);
  });

  it("calibrates each head to probabilities that sum to 1", () => {
    const { rows } = rowsOf(table, parts(text, { bigrams: false }));
    const s = calibrated(table, logits(table, rows).values);
    for (const head of [s.category, s.article, s.chapter]) {
      const sum = head.reduce((a, b) => a + b, 0);
      expect(sum).toBeCloseTo(1, 9);
    }
  });

  it("does not change the table it reads", () => {
    const before = Float64Array.from(table.weights);
    const { rows } = rowsOf(table, parts(text, { bigrams: false }));
    calibrated(table, logits(table, rows).values);
    expect(table.weights).toEqual(before);
  });

  it("ranks best first and keeps ties in their original order", () => {
    expect(topK(Float64Array.from([0.1, 0.5, 0.2, 0.5, 0.05]), 3)).toEqual([1, 3, 2]);
    expect(topK(Float64Array.from([0.3, 0.1]), 5)).toEqual([0, 1]);
    const ranked = byScore([
      { id: "a", score: 0.2 },
      { id: "b", score: 0.7 },
      { id: "c", score: 0.2 },
    ]);
    expect(ranked.map((x) => x.id)).toEqual(["b", "a", "c"]);
  });
});
