/**
 * How ABSTAIN_BELOW was chosen: cross-validation grouped by writer over the independent writers
 * of the training set (every writer's needs predicted by a model that never read that writer),
 * then, per confidence threshold, the accuracy of the needs that would be filed without review,
 * writer by writer, and the share filed (accuracy accepts any grouping a contested need allows).
 * 2026-11-30, 12 writers, 1,790 needs: at 0.85, 80 % filed and 98.3 % of them right; every
 * writer >= 95 % but the focal-point paragraphs of WFP (87 %, 50 needs), which no threshold
 * up to 0.95 brings to 95 %. Below 0.85 the worst writer drops fast (0.70: 86 %).
 * Run: pnpm exec tsx packages/engine/scripts/choose-threshold.ts
 */
import { crossValidateByWriter, trainingSet } from "../src/eval.js";
import { must } from "../src/util/at.js";

const train = trainingSet();
const writers = [...new Set(train.map((n) => n.writer ?? ""))].filter(
  (w) => w && w !== "generator" && w !== "handwritten",
);
const cv = crossValidateByWriter(train, { only: writers });
const thresholds = cv.overall.selective.map((s) => s.threshold);
console.log("threshold  coverage  accuracy  worst writer");
for (const t of thresholds) {
  const all = must(
    cv.overall.selective.find((s) => s.threshold === t),
    `the overall figures at ${t}`,
  );
  let worst = { w: "", acc: 1 };
  for (const [w, m] of Object.entries(cv.byWriter)) {
    const s = must(
      m.selective.find((x) => x.threshold === t),
      `the figures of ${w} at ${t}`,
    );
    if (s.coverage > 0 && s.accuracy < worst.acc) worst = { w, acc: s.accuracy };
  }
  console.log(
    `${t.toFixed(2).padStart(9)}  ${all.coverage.toFixed(3).padStart(8)}  ${all.accuracy.toFixed(3).padStart(8)}  ${worst.w} ${worst.acc.toFixed(3)}`,
  );
}
