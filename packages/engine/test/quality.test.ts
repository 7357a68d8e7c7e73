/**
 * The classifier's quality, pinned on its dev sets (issue 16). Each figure is computed here,
 * through the engine's own evaluation (`evaluate`, the one `tahub eval classify` prints), and
 * must stay within TOLERANCE of the figure below, in either direction: a change that degrades
 * the classifier fails, and so does one that improves it without the pins (and the figures in
 * the engine README) being updated on purpose.
 *
 * Dev sets only (`eval/classify-dev*.jsonl`, see `eval/README-dev.md` and `README-dev3.md`).
 * The test sets (`eval/test2/`, `eval/match3/`) are read once, by `tahub eval`, never by a test.
 *
 * Re-measure with `pnpm --filter @tahub/engine exec tsx scripts/dev-figures.ts`.
 */
import { readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { evaluate, parseLabelledJsonl, type Metrics } from "../src/eval.js";
import { getDefaultClassifier } from "../src/index.js";
import { must } from "../src/util/at.js";

interface Pinned {
  /** Top grouping right. */
  accuracy: number;
  /** Mean F1 over the groupings (a grouping the classifier neglects pulls it down). */
  macroF1: number;
  /** First article right, over needs with gold articles. */
  articleTop1: number;
  /** Share filed without review: coverage at the abstain threshold (ABSTAIN_BELOW). */
  coverage: number;
  /** Of those filed without review, the share filed right. */
  filedRight: number;
  /** Expected calibration error of the top grouping's confidence. */
  ece: number;
}

/** Measured on 2026-12-01, model tahub-098be390290efe70. */
const PINNED: Record<string, Pinned> = {
  "classify-dev.jsonl": {
    accuracy: 0.821,
    macroF1: 0.786,
    articleTop1: 0.8,
    coverage: 0.543,
    filedRight: 0.963,
    ece: 0.074,
  },
  "classify-dev2.jsonl": {
    accuracy: 0.891,
    macroF1: 0.885,
    articleTop1: 0.887,
    coverage: 0.752,
    filedRight: 0.979,
    ece: 0.047,
  },
  "classify-dev3.jsonl": {
    accuracy: 0.975,
    macroF1: 0.967,
    articleTop1: 0.929,
    coverage: 0.9,
    filedRight: 1,
    ece: 0.037,
  },
};
const TOLERANCE = 0.015;

function figures(m: Metrics): Pinned {
  return {
    accuracy: m.category.accuracy,
    macroF1: m.category.macroF1,
    articleTop1: m.article.top1,
    coverage: m.operatingPoint.coverage,
    filedRight: m.operatingPoint.accuracy,
    ece: m.calibration.ece,
  };
}

describe("classifier quality on the dev sets", () => {
  const measured = new Map<string, Pinned>();

  beforeAll(() => {
    const classifier = getDefaultClassifier();
    for (const file of Object.keys(PINNED)) {
      const path = new URL(`../eval/${file}`, import.meta.url);
      const { needs } = parseLabelledJsonl(readFileSync(path, "utf8"));
      measured.set(file, figures(evaluate(needs, (t) => classifier.classify(t))));
    }
  }, 180_000);

  for (const [file, pinned] of Object.entries(PINNED)) {
    it(`${file}: accuracy, macro-F1, art@1, coverage, filed right and ECE within ${TOLERANCE} of the pins`, () => {
      const got = must(measured.get(file), `the figures measured on ${file}`);
      const off = (Object.keys(pinned) as (keyof Pinned)[])
        .filter((k) => Math.abs(got[k] - pinned[k]) > TOLERANCE)
        .map((k) => `${k}: ${got[k].toFixed(3)}, pinned ${pinned[k]}`);
      expect(off).toEqual([]);
    });
  }
});
