import { readFile } from "node:fs/promises";
import {
  crossValidate,
  evaluate,
  getDefaultClassifier,
  parseLabelledJsonl,
  trainingSet,
} from "@tahub/engine";
import { json, UsageError } from "../../lib/command.js";
import { loadPeers, parsePeerMode } from "../../lib/peers.js";
import type { SubCommand } from "../../lib/subcommands.js";

export const evalClassify: SubCommand = {
  summary: "Category, article, chapter and calibration figures for TA Hub and natural's peers",
  usage: "tahub eval classify --file labelled.jsonl [--peers sample|full|none] [--json]",
  async run({ values, io }) {
    const file = values.file as string | undefined;
    if (!file) throw new UsageError(`--file is required\nusage: ${evalClassify.usage}`);
    const peerMode = parsePeerMode(values.peers);
    let content: string;
    try {
      content = await readFile(file, "utf8");
    } catch (e) {
      throw new UsageError(`cannot read ${file}: ${(e as Error).message}`);
    }
    const { needs, errors } = parseLabelledJsonl(content);
    for (const e of errors) io.err(`${file}:${e.line}: ${e.message}`);
    if (needs.length === 0) throw new UsageError(`${file}: no valid labelled needs`);
    const classifier = getDefaultClassifier();
    const ours = evaluate(needs, (t) => classifier.classify(t));
    const train = trainingSet();
    type PeerFigures = Omit<ReturnType<typeof evaluate>, "article"> & {
      article:
        | ReturnType<typeof evaluate>["article"]
        | { top1: null; top3: null; n: number; notRun: string };
      trainMs: number;
      trainedOn: number;
      cached: boolean;
    };
    const peers: Record<string, PeerFigures> = {};
    for (const [name, { peer, cached }] of await loadPeers(peerMode, train, io)) {
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
    // k-fold figure on the built-in training set, for the record (it flatters: see crossValidate).
    const cv = crossValidate(train, 5);
    const result = {
      ...ours,
      peers,
      crossValidation: {
        k: cv.k,
        on: "built-in training set",
        n: cv.n,
        category: { accuracy: cv.category.accuracy, macroF1: cv.category.macroF1 },
        article: cv.article,
        chapter: cv.chapter,
        calibration: cv.calibration,
        abstainRate: cv.abstainRate,
      },
      skipped: errors.length,
      modelVersion: classifier.modelVersion,
    };
    if (values.json) {
      io.out(json(result));
      return 0;
    }
    const f = (x: number | null) => (x === null ? "n/a  " : x.toFixed(3));
    const row = (name: string, m: PeerFigures | typeof ours) =>
      `${name.padEnd(15)} acc ${f(m.category.accuracy)}  macroF1 ${f(m.category.macroF1)}  art@1 ${f(m.article.top1)}  art@3 ${f(m.article.top3)}  chapter ${f(m.chapter.accuracy)}  ECE ${f(m.calibration.ece)}  abstain ${f(m.abstainRate)}`;
    io.out(`${needs.length} needs (${errors.length} bad lines skipped)`);
    io.out(row("tahub", ours));
    for (const [name, m] of Object.entries(peers)) {
      io.out(row(name, m));
      if ("notRun" in m.article) io.out(`${"".padEnd(15)} articles ${m.article.notRun}`);
    }
    io.out(
      `${cv.k}-fold CV on the ${cv.n} built-in training needs (flatters: shared templates): macroF1 ${cv.category.macroF1.toFixed(3)}  art@1 ${cv.article.top1.toFixed(3)}  art@3 ${cv.article.top3.toFixed(3)}  chapter ${cv.chapter.accuracy.toFixed(3)}  ECE ${cv.calibration.ece.toFixed(3)}`,
    );
    return 0;
  },
};
