import { readFileSync } from "node:fs";
import { getDefaultClassifier } from "@tahub/engine";
import { parseLabelledJsonl, trainingSet } from "@tahub/engine/eval";
import { json, UsageError, type CommandContext } from "../../lib/command.js";
import { loadPeers, parsePeerMode } from "../../lib/peers.js";
import type { SubCommand } from "../../lib/subcommands.js";

interface Figures {
  needsPerSecond: number;
  /** 1e6 / median latency: robust to pauses when other jobs share the machine. */
  needsPerSecondAtMedian: number;
  p50Us: number;
  p99Us: number;
  n: number;
}

const WARM_UP_MS = 500;

/** Calls per timed batch in the throughput pass: timer reads cost ~0.3 µs, TA Hub ~15 µs. */
const BATCH = 100;

/**
 * Times `fn` over `texts` repeatedly, one call at a time (one core), in two passes of about
 * `seconds` each: throughput from batches of BATCH calls (so reading the clock is not counted
 * as classifying), then latency percentiles from calls timed one by one.
 */
function measure(texts: readonly string[], fn: (t: string) => unknown, seconds: number): Figures {
  // Warm-up, the same for every system: at least 200 calls and WARM_UP_MS, so that the JIT's
  // optimising tier and the caches are in the state a long-running server would see.
  let i = 0;
  const warm = performance.now();
  while (i < 200 || performance.now() - warm < WARM_UP_MS) fn(texts[i++ % texts.length] as string);
  const budget = seconds * 1000;
  let calls = 0;
  const start = performance.now();
  let elapsed = 0;
  while (elapsed < budget) {
    for (let b = 0; b < BATCH; b++) fn(texts[i++ % texts.length] as string);
    calls += BATCH;
    elapsed = performance.now() - start;
  }
  const lat: number[] = [];
  const lstart = process.hrtime.bigint();
  const lbudget = BigInt(Math.round(seconds * 1e9));
  for (;;) {
    const t0 = process.hrtime.bigint();
    fn(texts[i++ % texts.length] as string);
    const t1 = process.hrtime.bigint();
    lat.push(Number(t1 - t0) / 1000);
    if (t1 - lstart > lbudget) break;
  }
  lat.sort((a, b) => a - b);
  const q = (p: number) =>
    Math.round((lat[Math.min(lat.length - 1, Math.floor(p * lat.length))] as number) * 10) / 10;
  return {
    needsPerSecond: Math.round(calls / (elapsed / 1000)),
    needsPerSecondAtMedian: Math.round(1e6 / Math.max(q(0.5), 0.1)),
    p50Us: q(0.5),
    p99Us: q(0.99),
    n: calls + lat.length,
  };
}

interface ColdFigures {
  needsPerSecond: number;
  p50Us: number;
  p99Us: number;
  n: number;
}

/**
 * The first pass over texts the system has never classified: each text once, timed one by one,
 * no warm-up. What a freshly started server meets with the first needs States submit (TA Hub's
 * memoised word analyses hold only the training vocabulary then).
 */
function measureCold(texts: readonly string[], fn: (t: string) => unknown): ColdFigures {
  const lat: number[] = [];
  const start = performance.now();
  for (const t of texts) {
    const t0 = process.hrtime.bigint();
    fn(t);
    lat.push(Number(process.hrtime.bigint() - t0) / 1000);
  }
  const elapsed = performance.now() - start;
  lat.sort((a, b) => a - b);
  const q = (p: number) =>
    Math.round((lat[Math.min(lat.length - 1, Math.floor(p * lat.length))] as number) * 10) / 10;
  return {
    needsPerSecond: Math.round(texts.length / (elapsed / 1000)),
    p50Us: q(0.5),
    p99Us: q(0.99),
    n: texts.length,
  };
}

/**
 * Texts none of the systems trained on: the engine's dev evaluation files (written apart from
 * the training data, varied registers, EN/FR/ES), or `--texts F.jsonl` (any JSON Lines with a
 * "text" field).
 */
function unseenTexts(file: string | undefined): { texts: string[]; source: string } {
  const files = file
    ? [file]
    : ["classify-dev.jsonl", "classify-dev2.jsonl", "classify-dev3.jsonl"].map(
        (f) => new URL(`../../../../../packages/engine/eval/${f}`, import.meta.url).pathname,
      );
  const texts: string[] = [];
  for (const f of files) {
    let content: string;
    try {
      content = readFileSync(f, "utf8");
    } catch (e) {
      throw new UsageError(`cannot read ${f}: ${(e as Error).message}`);
    }
    if (file) {
      for (const line of content.split(/\r?\n/)) {
        if (!line.trim()) continue;
        try {
          const v = JSON.parse(line) as { text?: unknown };
          if (typeof v.text === "string") texts.push(v.text);
        } catch {
          // a bad line is skipped: the bench needs texts, not labels
        }
      }
    } else texts.push(...parseLabelledJsonl(content).needs.map((n) => n.text));
  }
  if (texts.length === 0) throw new UsageError("no texts to time");
  return { texts, source: file ?? "packages/engine/eval/classify-{dev,dev2,dev3}.jsonl" };
}

const ratio = (a = 0, b = 0) => (b > 0 ? Math.round((a / b) * 10) / 10 : null);

type Row = Figures & {
  cold: ColdFigures;
  unseenWarm: ColdFigures;
  trainMs: number;
  trainedOn: number;
  cached?: boolean;
  note?: string;
};

/**
 * Every system the same passes: the cold first pass over `texts`, then the warm passes over the
 * same texts (same warm-up for all), and a first pass over `fresh` once the process is warm.
 */
function passes(
  classify: (t: string) => unknown,
  texts: readonly string[],
  fresh: readonly string[],
  seconds: number,
) {
  const cold = measureCold(texts, classify);
  const warm = measure(texts, classify, seconds);
  return { ...warm, cold, unseenWarm: measureCold(fresh, classify) };
}

function summary(
  results: Record<string, Row>,
  texts: { count: number; source: string },
  peerMode: string,
  articles: boolean | null,
) {
  const ours = results.tahub;
  const logreg = results["natural-logreg"];
  return {
    unit: { latency: "microseconds" },
    needs: texts.count,
    texts: texts.source,
    peers: peerMode,
    results,
    // Whether natural-logreg ranked articles as well as groupings (the same job as TA Hub's,
    // `--peers sample`) or groupings only (`--peers full`: the ratio then understates TA Hub).
    naturalLogregRanksArticles: articles,
    ratioVsNaturalLogreg: ratio(ours?.needsPerSecond, logreg?.needsPerSecond),
    ratioVsNaturalLogregUnseenWarm: ratio(
      ours?.unseenWarm.needsPerSecond,
      logreg?.unseenWarm.needsPerSecond,
    ),
    ratioVsNaturalLogregCold: ratio(ours?.cold.needsPerSecond, logreg?.cold.needsPerSecond),
    ratioVsNaturalLogregAtMedian: ratio(
      ours?.needsPerSecondAtMedian,
      logreg?.needsPerSecondAtMedian,
    ),
  };
}

function print(out: ReturnType<typeof summary>, io: CommandContext["io"]): void {
  for (const [k, v] of Object.entries(out.results))
    io.out(
      `${k.padEnd(15)} cold ${v.cold.needsPerSecond} needs/s (p50 ${v.cold.p50Us} µs)  unseen, warm process ${v.unseenWarm.needsPerSecond} needs/s  warm ${v.needsPerSecond} needs/s  p50 ${v.p50Us} µs  p99 ${v.p99Us} µs  trained on ${v.trainedOn} needs in ${v.trainMs} ms${v.note ? `  (${v.note})` : ""}`,
    );
  io.out(
    `tahub / natural-logreg throughput: cold ${out.ratioVsNaturalLogregCold ?? "n/a"}x, unseen on a warm process ${out.ratioVsNaturalLogregUnseenWarm ?? "n/a"}x, warm ${out.ratioVsNaturalLogreg ?? "n/a"}x (at median latency ${out.ratioVsNaturalLogregAtMedian ?? "n/a"}x)${out.naturalLogregRanksArticles === false ? "; natural-logreg ranked groupings only" : ""}`,
  );
}

export const benchClassify: SubCommand = {
  summary: "Needs/second and latency of TA Hub's classifier and natural's peers, one core",
  usage:
    "tahub bench classify [--seconds 2] [--peers sample|full|none] [--texts unseen.jsonl] [--json]",
  async run({ values, io }) {
    const seconds = values.seconds === undefined ? 2 : Number(values.seconds);
    if (!Number.isFinite(seconds) || seconds <= 0)
      throw new UsageError("--seconds must be a positive number");
    const peerMode = parsePeerMode(values.peers);
    const train = trainingSet();
    const unseen = unseenTexts(values.texts as string | undefined);
    // Two halves of the unseen texts: `texts` for the cold pass of a fresh process and then the
    // warm passes; `fresh`, never classified, for a first pass once the process is warm (what
    // a running server meets with new needs: new words to stem, optimised code).
    const texts = unseen.texts.filter((_, i) => i % 2 === 0);
    const fresh = unseen.texts.filter((_, i) => i % 2 === 1);
    const t0 = performance.now();
    const classifier = getDefaultClassifier();
    const trainMs = Math.round(performance.now() - t0);
    const results: Record<string, Row> = {
      tahub: {
        ...passes((t) => classifier.classify(t), texts, fresh, seconds),
        trainMs,
        trainedOn: train.length,
      },
    };
    const peers = await loadPeers(peerMode, train, io);
    for (const [name, { peer, cached }] of peers) {
      const row: Row = {
        ...passes((t) => peer.predict(t), texts, fresh, seconds),
        trainMs: peer.trainMs,
        trainedOn: peer.trainedOn,
        cached,
      };
      if (peer.note) row.note = peer.note;
      results[name] = row;
    }
    const out = summary(
      results,
      { count: unseen.texts.length, source: unseen.source },
      peerMode,
      peers.get("natural-logreg")?.peer.articles ?? null,
    );
    if (values.json) io.out(json(out));
    else print(out, io);
    return 0;
  },
};
