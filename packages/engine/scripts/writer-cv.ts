/**
 * Cross-validation grouped by writer on the training set (dev figures: the writers' needs are
 * training data, never test data). Run: pnpm exec tsx packages/engine/scripts/writer-cv.ts [writer ...]
 */
import { crossValidateByWriter, trainingSet } from "../src/eval.js";

const only = process.argv.slice(2);
const cv = crossValidateByWriter(trainingSet(), {
  only: only.length ? only : undefined,
});
const line = (name: string, m: ReturnType<typeof crossValidateByWriter>["overall"]) =>
  console.log(
    name.padEnd(12),
    `n ${String(m.n).padStart(4)} acc ${m.category.accuracy.toFixed(3)} F1 ${m.category.macroF1.toFixed(3)} art@1 ${m.article.top1.toFixed(3)} art@3 ${m.article.top3.toFixed(3)} ECE ${m.calibration.ece.toFixed(3)} filed ${m.operatingPoint.coverage.toFixed(3)} filedAcc ${m.operatingPoint.accuracy.toFixed(3)} acceptAcc ${m.acceptAccuracy?.toFixed(3)} contested ${m.contested?.n} at90 ${m.contested?.filedAt90.toFixed(2)} alone ${m.contested?.filedAt90Alone.toFixed(2)} sel ${m.selective.map((s) => `${s.threshold}:${s.coverage.toFixed(2)}/${s.accuracy.toFixed(2)}`).join(" ")}`,
  );
for (const [w, m] of Object.entries(cv.byWriter)) line(w, m);
line("overall", cv.overall);
