/**
 * The classifier's dev-set figures, pinned (issue 16): a change that moves accuracy, article
 * accuracy, calibration or the accuracy of what it files without review by more than the
 * tolerance fails here, and the pins are updated on purpose with the figures in the README.
 * Dev sets only: the test sets under eval/test2 and eval/retired-test1 are read by
 * `tahub eval classify`, never by a test.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { evaluate, parseLabelledJsonl } from "../eval.js";
import { getDefaultClassifier } from "../index.js";

/** Figures of `pnpm exec tsx packages/engine/scripts/dev-figures.ts` on 2026-12-01. */
const PINNED = {
  "classify-dev.jsonl": { accuracy: 0.828, articleTop1: 0.8, ece: 0.07, filedRight: 0.967 },
  "classify-dev2.jsonl": { accuracy: 0.876, articleTop1: 0.878, ece: 0.052, filedRight: 0.98 },
  "classify-dev3.jsonl": { accuracy: 0.975, articleTop1: 0.934, ece: 0.02, filedRight: 1 },
} as const;
const TOLERANCE = 0.02;

describe("classifier quality on the dev sets", () => {
  const classifier = getDefaultClassifier();
  for (const [file, pinned] of Object.entries(PINNED)) {
    it(`${file}: within ${TOLERANCE} of the pinned figures`, () => {
      const path = new URL(`../../eval/${file}`, import.meta.url);
      const { needs } = parseLabelledJsonl(readFileSync(path, "utf8"));
      const m = evaluate(needs, (t) => classifier.classify(t));
      expect(Math.abs(m.category.accuracy - pinned.accuracy)).toBeLessThanOrEqual(TOLERANCE);
      expect(Math.abs(m.article.top1 - pinned.articleTop1)).toBeLessThanOrEqual(TOLERANCE);
      expect(m.calibration.ece).toBeLessThanOrEqual(pinned.ece + TOLERANCE);
      expect(Math.abs(m.operatingPoint.accuracy - pinned.filedRight)).toBeLessThanOrEqual(
        TOLERANCE,
      );
    }, 120_000);
  }
});
