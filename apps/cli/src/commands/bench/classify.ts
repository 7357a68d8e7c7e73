import { getDefaultClassifier, PEER_NAMES, trainingSet, trainPeer } from "@tahub/engine";
import { json, UsageError } from "../../lib/command.js";
import type { SubCommand } from "../../lib/subcommands.js";

interface Figures {
  needsPerSecond: number;
  /** 1e6 / median latency: robust to pauses when other jobs share the machine. */
  needsPerSecondAtMedian: number;
  p50Us: number;
  p99Us: number;
  n: number;
}

/** Times `fn` over `texts` repeatedly for about `seconds`, one call at a time (one core). */
function measure(texts: readonly string[], fn: (t: string) => unknown, seconds: number): Figures {
  for (const t of texts.slice(0, 200)) fn(t); // warm-up: JIT and caches
  const lat: number[] = [];
  const start = process.hrtime.bigint();
  const budget = BigInt(Math.round(seconds * 1e9));
  let i = 0;
  for (;;) {
    const t0 = process.hrtime.bigint();
    fn(texts[i++ % texts.length] as string);
    const t1 = process.hrtime.bigint();
    lat.push(Number(t1 - t0) / 1000);
    if (t1 - start > budget) break;
  }
  const total = lat.reduce((a, b) => a + b, 0);
  lat.sort((a, b) => a - b);
  const q = (p: number) =>
    Math.round((lat[Math.min(lat.length - 1, Math.floor(p * lat.length))] as number) * 10) / 10;
  return {
    needsPerSecond: Math.round(lat.length / (total / 1e6)),
    needsPerSecondAtMedian: Math.round(1e6 / Math.max(q(0.5), 0.1)),
    p50Us: q(0.5),
    p99Us: q(0.99),
    n: lat.length,
  };
}

const ratio = (a = 0, b = 0) => (b > 0 ? Math.round((a / b) * 10) / 10 : null);

export const benchClassify: SubCommand = {
  summary: "Needs/second and latency of TA Hub's classifier and natural's peers, one core",
  usage: "tahub bench classify [--seconds 2] [--json]",
  async run({ values, io }) {
    const seconds = values.seconds === undefined ? 2 : Number(values.seconds);
    if (!Number.isFinite(seconds) || seconds <= 0)
      throw new UsageError("--seconds must be a positive number");
    const train = trainingSet();
    const texts = train.map((n) => n.text);
    const t0 = performance.now();
    const classifier = getDefaultClassifier();
    const trainMs = Math.round(performance.now() - t0);
    const results: Record<string, Figures & { trainMs: number; trainedOn: number; note?: string }> =
      {
        tahub: {
          ...measure(texts, (t) => classifier.classify(t), seconds),
          trainMs,
          trainedOn: train.length,
        },
      };
    for (const name of PEER_NAMES) {
      const peer = trainPeer(name, train);
      results[name] = {
        ...measure(texts, (t) => peer.predict(t), seconds),
        trainMs: peer.trainMs,
        trainedOn: peer.trainedOn,
      };
      if (peer.note) results[name].note = peer.note;
    }
    const ours = results.tahub?.needsPerSecond ?? 0;
    const logreg = results["natural-logreg"]?.needsPerSecond ?? 0;
    const out = {
      unit: { latency: "microseconds" },
      needs: texts.length,
      results,
      // natural-logreg classifies groupings only (its article model is not run), so this ratio
      // compares TA Hub's three heads with one of its heads: it understates TA Hub's lead.
      ratioVsNaturalLogreg: logreg > 0 ? Math.round((ours / logreg) * 10) / 10 : null,
      ratioVsNaturalLogregAtMedian: ratio(
        results.tahub?.needsPerSecondAtMedian,
        results["natural-logreg"]?.needsPerSecondAtMedian,
      ),
    };
    if (values.json) io.out(json(out));
    else {
      for (const [k, v] of Object.entries(results))
        io.out(
          `${k.padEnd(15)} ${v.needsPerSecond} needs/s  p50 ${v.p50Us} µs  p99 ${v.p99Us} µs  trained on ${v.trainedOn} needs in ${v.trainMs} ms${v.note ? `  (${v.note})` : ""}`,
        );
      io.out(
        `tahub / natural-logreg throughput: ${out.ratioVsNaturalLogreg ?? "n/a"}x (at median latency ${out.ratioVsNaturalLogregAtMedian ?? "n/a"}x)`,
      );
    }
    return 0;
  },
};
