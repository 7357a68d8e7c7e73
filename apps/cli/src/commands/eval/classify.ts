import { readFile } from "node:fs/promises";
import { getDefaultClassifier } from "@tahub/engine";
import {
  crossValidate,
  crossValidateByWriter,
  evaluate,
  parseLabelledJsonl,
  trainingSet,
} from "@tahub/engine/eval";
import { json, UsageError, type Io } from "../../lib/command.js";
import { loadPeers, parsePeerMode } from "../../lib/peers.js";
import type { SubCommand } from "../../lib/subcommands.js";

type Metrics = ReturnType<typeof evaluate>;
type Labelled = Parameters<typeof evaluate>[0];
type Train = ReturnType<typeof trainingSet>;

type PeerFigures = Omit<Metrics, "article"> & {
  article: Metrics["article"] | { top1: null; top3: null; n: number; notRun: string };
  trainMs: number;
  trainedOn: number;
  cached: boolean;
};

/** The labelled needs of `file`; its bad lines are reported on stderr and counted. */
async function readLabelled(file: string, io: Io) {
  let content: string;
  try {
    content = await readFile(file, "utf8");
  } catch (e) {
    throw new UsageError(`cannot read ${file}: ${(e as Error).message}`);
  }
  const { needs, errors } = parseLabelledJsonl(content);
  for (const e of errors) io.err(`${file}:${e.line}: ${e.message}`);
  if (needs.length === 0) throw new UsageError(`${file}: no valid labelled needs`);
  return { needs, skipped: errors.length };
}

/** natural's peers, trained on the built-in set and evaluated on the same needs. */
async function peerFigures(
  needs: Labelled,
  mode: ReturnType<typeof parsePeerMode>,
  train: Train,
  io: Io,
): Promise<Record<string, PeerFigures>> {
  const peers: Record<string, PeerFigures> = {};
  for (const [name, { peer, cached }] of await loadPeers(mode, train, io)) {
    const m = evaluate(needs, (t) => peer.predict(t));
    peers[name] = {
      ...m,
      // A peer without an article model is reported as not run, never as 0.
      article: peer.articles
        ? m.article
        : { top1: null, top3: null, n: m.article.n, notRun: peer.note ?? "not run" },
      trainMs: peer.trainMs,
      trainedOn: peer.trainedOn,
      cached,
    };
  }
  return peers;
}

const brief = (m: Metrics) => ({
  n: m.n,
  category: { accuracy: m.category.accuracy, macroF1: m.category.macroF1 },
  article: m.article,
  chapter: m.chapter,
  calibration: m.calibration,
  abstainRate: m.abstainRate,
  operatingPoint: m.operatingPoint,
});

/**
 * k-fold figure on the built-in training set, for the record (it flatters: see crossValidate);
 * `--cv writer` holds out each independent writer instead (the honest one, slower).
 */
function crossValidation(cvMode: string, train: Train) {
  const cv = cvMode === "kfold" ? crossValidate(train, 5) : undefined;
  const byWriter =
    cvMode === "writer"
      ? crossValidateByWriter(train, {
          only: [...new Set(train.map((n) => n.writer ?? ""))].filter(
            (w) => w && w !== "generator",
          ),
        })
      : undefined;
  const figures = {
    ...(cv ? { crossValidation: { k: cv.k, on: "built-in training set", ...brief(cv) } } : {}),
    ...(byWriter
      ? {
          writerCrossValidation: {
            on: "built-in training set, each independent writer held out in turn",
            overall: brief(byWriter.overall),
            byWriter: Object.fromEntries(
              Object.entries(byWriter.byWriter).map(([w, m]) => [w, brief(m)]),
            ),
          },
        }
      : {}),
  };
  return { cv, byWriter, figures };
}

const f = (x: number | null) => (x === null ? "n/a  " : x.toFixed(3));
const row = (name: string, m: PeerFigures | Metrics) =>
  `${name.padEnd(15)} acc ${f(m.category.accuracy)}  macroF1 ${f(m.category.macroF1)}  art@1 ${f(m.article.top1)}  art@3 ${f(m.article.top3)}  chapter ${f(m.chapter.accuracy)}  ECE ${f(m.calibration.ece)}  abstain ${f(m.abstainRate)}`;

/** TA Hub's line, its operating point, then each peer's line. */
function printOursAndPeers(ours: Metrics, peers: Record<string, PeerFigures>, io: Io) {
  io.out(row("tahub", ours));
  io.out(
    `${"".padEnd(15)} filed without review ${f(ours.operatingPoint.coverage)} (right ${f(ours.operatingPoint.accuracy)})${ours.acceptAccuracy !== undefined ? `  acceptAccuracy ${f(ours.acceptAccuracy)}` : ""}${ours.clear ? `  clear: acc ${f(ours.clear.accuracy)} ECE ${f(ours.clear.ece)} (n ${ours.clear.n})` : ""}${ours.contested ? `  contested: filed at >= 0.9 ${f(ours.contested.filedAt90)} (n ${ours.contested.n})` : ""}`,
  );
  for (const [name, m] of Object.entries(peers)) {
    io.out(row(name, m));
    if ("notRun" in m.article) io.out(`${"".padEnd(15)} articles ${m.article.notRun}`);
  }
}

function printCrossValidation({ cv, byWriter }: ReturnType<typeof crossValidation>, io: Io) {
  if (cv)
    io.out(
      `${cv.k}-fold CV on the ${cv.n} built-in training needs (flatters: shared templates): macroF1 ${cv.category.macroF1.toFixed(3)}  art@1 ${cv.article.top1.toFixed(3)}  art@3 ${cv.article.top3.toFixed(3)}  chapter ${cv.chapter.accuracy.toFixed(3)}  ECE ${cv.calibration.ece.toFixed(3)}`,
    );
  if (byWriter)
    for (const [w, m] of [...Object.entries(byWriter.byWriter), ["all", byWriter.overall] as const])
      io.out(
        `writer ${w} held out: acc ${f(m.category.accuracy)}  art@1 ${f(m.article.top1)}  ECE ${f(m.calibration.ece)}  filed ${f(m.operatingPoint.coverage)} (right ${f(m.operatingPoint.accuracy)})`,
      );
}

export const evalClassify: SubCommand = {
  summary: "Category, article, chapter and calibration figures for TA Hub and natural's peers",
  usage:
    "tahub eval classify --file labelled.jsonl [--peers sample|full|none] [--cv kfold|writer|none] [--json]",
  async run({ values, io }) {
    const file = values.file as string | undefined;
    if (!file) throw new UsageError(`--file is required\nusage: ${evalClassify.usage}`);
    const peerMode = parsePeerMode(values.peers);
    const cvMode = (values.cv as string | undefined) ?? "kfold";
    if (!["kfold", "writer", "none"].includes(cvMode))
      throw new UsageError(`--cv must be kfold, writer or none, got "${cvMode}"`);
    const { needs, skipped } = await readLabelled(file, io);
    const classifier = getDefaultClassifier();
    const ours = evaluate(needs, (t) => classifier.classify(t));
    const train = trainingSet();
    const peers = await peerFigures(needs, peerMode, train, io);
    const cross = crossValidation(cvMode, train);
    if (values.json) {
      io.out(
        json({
          ...ours,
          peers,
          ...cross.figures,
          skipped,
          modelVersion: classifier.modelVersion,
        }),
      );
      return 0;
    }
    io.out(`${needs.length} needs (${skipped} bad lines skipped)`);
    printOursAndPeers(ours, peers, io);
    printCrossValidation(cross, io);
    return 0;
  },
};
