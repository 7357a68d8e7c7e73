import { readFile } from "node:fs/promises";
import {
  evaluate,
  getDefaultClassifier,
  parseLabelledJsonl,
  PEER_NAMES,
  trainingSet,
  trainPeer,
} from "@tahub/engine";
import { json, UsageError } from "../../lib/command.js";
import type { SubCommand } from "../../lib/subcommands.js";

export const evalClassify: SubCommand = {
  summary: "Category, article, chapter and calibration figures for TA Hub and natural's peers",
  usage: "tahub eval classify --file labelled.jsonl [--json]",
  async run({ values, io }) {
    const file = values.file as string | undefined;
    if (!file) throw new UsageError(`--file is required\nusage: ${evalClassify.usage}`);
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
    const peers: Record<string, ReturnType<typeof evaluate>> = {};
    for (const name of PEER_NAMES) {
      const peer = trainPeer(name, train);
      peers[name] = evaluate(needs, (t) => peer.predict(t));
    }
    const result = {
      ...ours,
      peers,
      skipped: errors.length,
      modelVersion: classifier.modelVersion,
    };
    if (values.json) {
      io.out(json(result));
      return 0;
    }
    const row = (name: string, m: typeof ours) =>
      `${name.padEnd(15)} acc ${m.category.accuracy.toFixed(3)}  macroF1 ${m.category.macroF1.toFixed(3)}  art@1 ${m.article.top1.toFixed(3)}  art@3 ${m.article.top3.toFixed(3)}  chapter ${m.chapter.accuracy.toFixed(3)}  ECE ${m.calibration.ece.toFixed(3)}  abstain ${m.abstainRate.toFixed(3)}`;
    io.out(`${needs.length} needs (${errors.length} bad lines skipped)`);
    io.out(row("tahub", ours));
    for (const [name, m] of Object.entries(peers)) io.out(row(name, m));
    return 0;
  },
};
