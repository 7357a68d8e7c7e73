/**
 * Quick figures on the dev sets only (never on eval/test/): trains the default classifier and
 * prints accuracy, art@1, ECE and abstain rate per dev file. For tuning; `tahub eval classify`
 * is the full report.  Run: pnpm --filter @tahub/engine exec tsx scripts/dev-figures.ts
 */
import { readFileSync } from "node:fs";
import { evaluate, parseLabelledJsonl } from "../src/eval.js";
import { getDefaultClassifier } from "../src/index.js";

const files = process.argv.slice(2).length
  ? process.argv.slice(2)
  : [
      "packages/engine/eval/classify-dev.jsonl",
      "packages/engine/eval/classify-dev2.jsonl",
      "packages/engine/eval/classify-dev3.jsonl",
    ];
const t0 = Date.now();
const c = getDefaultClassifier();
console.log(`trained in ${Date.now() - t0} ms, ${c.modelVersion}`);
for (const f of files) {
  const { needs } = parseLabelledJsonl(readFileSync(f, "utf8"));
  const m = evaluate(needs, (t) => c.classify(t));
  console.log(
    f.padEnd(34),
    `acc ${m.category.accuracy.toFixed(3)} F1 ${m.category.macroF1.toFixed(3)} art@1 ${m.article.top1.toFixed(3)} art@3 ${m.article.top3.toFixed(3)} ECE ${m.calibration.ece.toFixed(3)} abstain ${m.abstainRate.toFixed(3)} filed-right ${m.operatingPoint.accuracy.toFixed(3)} accept ${m.acceptAccuracy?.toFixed(3) ?? "-"} contested>=0.9 ${m.contested?.filedAt90.toFixed(2) ?? "-"} alone ${m.contested?.filedAt90Alone.toFixed(2) ?? "-"}`,
  );
}
