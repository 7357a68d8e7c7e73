/**
 * `tahub eval ingest`: the executive-summary splitter against two annotators' splits.
 * Layout of a split folder (packages/engine/eval/ingest/<split>/, see its GUIDELINE.md):
 * raw/sNN.txt (first line "# chapter: II|V"), annot-A/sNN.json and annot-B/sNN.json
 * (`{"summary", "needs": [{"text", "articles"}]}`).
 */
import { existsSync } from "node:fs";
import { readdir, readFile } from "node:fs/promises";
import { basename, join } from "node:path";
import { fileURLToPath } from "node:url";
import { splitSummary } from "@tahub/engine";
import {
  addCounts,
  countBoundaries,
  scoresOf,
  ZERO_COUNTS,
  type BoundaryCounts,
  type SplitLike,
} from "@tahub/engine/eval";
import { z } from "zod";
import { json, table, UsageError } from "../../lib/command.js";
import type { SubCommand } from "../../lib/subcommands.js";

const INGEST_EVAL_DIR = fileURLToPath(
  new URL("../../../../../packages/engine/eval/ingest/", import.meta.url),
);

const ZAnnotationSchema = z.object({
  summary: z.string().optional(),
  needs: z.array(z.object({ text: z.string(), articles: z.array(z.number().int()).default([]) })),
});

/** Drops the "# key: value" header lines a raw summary file starts with. */
function summaryBody(raw: string): { body: string; chapter: string | null } {
  const lines = raw.replace(/\r\n?/g, "\n").split("\n");
  let chapter: string | null = null;
  for (let head = lines[0]; head !== undefined && /^#\s*\w+\s*:/.test(head); head = lines[0]) {
    lines.shift();
    const m = /^#\s*chapter\s*:\s*(\S+)/i.exec(head);
    if (m?.[1]) chapter = m[1];
  }
  return { body: lines.join("\n"), chapter };
}

async function readAnnotation(file: string): Promise<SplitLike[]> {
  const parsed = ZAnnotationSchema.safeParse(JSON.parse(await readFile(file, "utf8")));
  if (!parsed.success)
    throw new UsageError(`${file}: not an annotation file (${parsed.error.issues[0]?.message})`);
  return parsed.data.needs;
}

interface IngestEvalResult {
  split: string;
  summaries: number;
  A: ReturnType<typeof scoresOf>;
  B: ReturnType<typeof scoresOf>;
  average: { precision: number; recall: number; f1: number; articleAccuracy: number | null };
  agreement: ReturnType<typeof scoresOf>;
  perSummary: {
    id: string;
    predicted: number;
    A: number;
    B: number;
    matchedA: number;
    matchedB: number;
  }[];
}

async function evaluateIngest(dir: string, split: string): Promise<IngestEvalResult> {
  const rawDir = join(dir, "raw");
  if (!existsSync(rawDir)) throw new UsageError(`${dir} has no raw/ folder`);
  const ids = (await readdir(rawDir))
    .filter((f) => f.endsWith(".txt"))
    .map((f) => f.slice(0, -4))
    .sort();
  if (!ids.length) throw new UsageError(`${rawDir} holds no .txt summary`);
  let a: BoundaryCounts = ZERO_COUNTS;
  let b: BoundaryCounts = ZERO_COUNTS;
  let ab: BoundaryCounts = ZERO_COUNTS;
  const perSummary: IngestEvalResult["perSummary"] = [];
  for (const id of ids) {
    const { body } = summaryBody(await readFile(join(rawDir, `${id}.txt`), "utf8"));
    const predicted = splitSummary(body);
    const goldA = await readAnnotation(join(dir, "annot-A", `${id}.json`));
    const goldB = await readAnnotation(join(dir, "annot-B", `${id}.json`));
    const ca = countBoundaries(predicted, goldA);
    const cb = countBoundaries(predicted, goldB);
    a = addCounts(a, ca);
    b = addCounts(b, cb);
    // Agreement as in agreement.json: B's needs scored against A's.
    ab = addCounts(ab, countBoundaries(goldB, goldA));
    perSummary.push({
      id,
      predicted: predicted.length,
      A: goldA.length,
      B: goldB.length,
      matchedA: ca.matched,
      matchedB: cb.matched,
    });
  }
  const A = scoresOf(a);
  const B = scoresOf(b);
  const mean = (x: number | null, y: number | null) =>
    x === null || y === null ? null : (x + y) / 2;
  return {
    split,
    summaries: ids.length,
    A,
    B,
    average: {
      precision: (A.precision + B.precision) / 2,
      recall: (A.recall + B.recall) / 2,
      f1: (A.f1 + B.f1) / 2,
      articleAccuracy: mean(A.articleAccuracy, B.articleAccuracy),
    },
    agreement: scoresOf(ab),
    perSummary,
  };
}

const f3 = (x: number | null) => (x === null ? "-" : x.toFixed(3));

export const evalIngest: SubCommand = {
  summary:
    "Executive-summary splitting: need boundaries against two annotators (P, R, F1, articles)",
  usage: "tahub eval ingest [--split dev|test|test2] [--dir FOLDER] [--json]",
  async run({ values, io }) {
    // A folder given with --dir is named by itself, not as the default dev split.
    const split =
      (values.split as string | undefined) ??
      (values.dir ? basename(values.dir as string) : "dev");
    if (!/^[a-z0-9-]+$/i.test(split))
      throw new UsageError("--split takes a folder name such as dev or test");
    const dir = (values.dir as string | undefined) ?? join(INGEST_EVAL_DIR, split);
    if (!existsSync(dir)) throw new UsageError(`no ${split} split: ${dir} does not exist`);
    const r = await evaluateIngest(dir, split);
    if (values.json) {
      io.out(json(r));
      return 0;
    }
    io.out(`executive-summary splitting, ${split} split: ${r.summaries} summaries`);
    io.out(
      table([
        ["against", "predicted", "annotated", "matched", "precision", "recall", "F1", "articles"],
        ...(["A", "B"] as const).map((k) => [
          `annotator ${k}`,
          String(r[k].predicted),
          String(r[k].gold),
          String(r[k].matched),
          f3(r[k].precision),
          f3(r[k].recall),
          f3(r[k].f1),
          f3(r[k].articleAccuracy),
        ]),
        [
          "average",
          "",
          "",
          "",
          f3(r.average.precision),
          f3(r.average.recall),
          f3(r.average.f1),
          f3(r.average.articleAccuracy),
        ],
        [
          "B vs A (agreement)",
          String(r.agreement.predicted),
          String(r.agreement.gold),
          String(r.agreement.matched),
          f3(r.agreement.precision),
          f3(r.agreement.recall),
          f3(r.agreement.f1),
          f3(r.agreement.articleAccuracy),
        ],
      ]).join("\n"),
    );
    return 0;
  },
};
