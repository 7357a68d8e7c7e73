import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import {
  ZMatchCandidateLineSchema,
  ZMatchNeedLineSchema,
  ZQrelLineSchema,
  buildMatchIndex,
  fusePeer,
  parseJsonLines,
  percentile,
  rankCandidates,
  rankingMetrics,
  type MatchCandidate,
  type MatchNeed,
  type RankingMetrics,
} from "@tahub/engine";
import type { z } from "zod";
import { json, table, UsageError, type CommandContext, type Io } from "../../lib/command.js";
import type { SubCommand } from "../../lib/subcommands.js";

/** The judged set shipped with the engine; also the demonstration catalogue of `tahub match`. */
export const JUDGED_SET_DIR = fileURLToPath(
  new URL("../../../../../packages/engine/eval/match/", import.meta.url),
);

/** Reads a JSON Lines file, reporting bad lines on stderr; refuses a file with no valid line. */
export function readJsonLines<S extends z.ZodType>(
  path: string,
  schema: S,
  io: Io,
  what: string,
): z.infer<S>[] {
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (e) {
    throw new UsageError(`cannot read ${what} file ${path}: ${(e as Error).message}`);
  }
  const { records, errors } = parseJsonLines(text, schema);
  for (const e of errors.slice(0, 20)) io.err(`${path}:${e.line}: ${e.message}`);
  if (errors.length > 20) io.err(`${path}: ${errors.length - 20} more bad lines`);
  if (records.length === 0) throw new UsageError(`${path}: no valid ${what} line`);
  return records;
}

export function toCandidate(c: z.infer<typeof ZMatchCandidateLineSchema>): MatchCandidate {
  return { ...c, providerState: c.providerState?.toUpperCase() };
}

export function toNeed(n: z.infer<typeof ZMatchNeedLineSchema>): MatchNeed {
  return { ...n, state: n.state?.toUpperCase() };
}

export type PeerFigures = RankingMetrics & { p50ms: number; p99ms: number };

/**
 * MiniSearch (a maintained BM25 library) as the dev-only peer: text plus the articles as
 * "artNN" tokens, so it sees the same fields TA Hub does apart from the structured ones.
 */
async function miniSearchPeer(candidates: readonly MatchCandidate[]) {
  const { default: MiniSearch } = await import("minisearch");
  const ms = new MiniSearch<{ id: string; text: string; arts: string }>({
    fields: ["text", "arts"],
    storeFields: [],
  });
  ms.addAll(candidates.map((c) => ({ id: c.id, text: c.text, arts: artTokens(c.articles) })));
  return {
    search: (need: MatchNeed, limit: number) =>
      ms
        .search(`${need.text} ${artTokens(need.articles)}`.trim(), { combineWith: "OR" })
        .slice(0, limit)
        .map((r) => String(r.id)),
  };
}

function artTokens(articles?: readonly number[]): string {
  return (articles ?? []).map((a) => `art${a}`).join(" ");
}

function measure(
  needs: readonly MatchNeed[],
  rank: (n: MatchNeed) => string[],
  qrels: Map<string, Map<string, number>>,
): PeerFigures {
  const rankings = new Map<string, string[]>();
  const times: number[] = [];
  for (const n of needs) {
    const t = performance.now();
    rankings.set(n.id, rank(n));
    times.push(performance.now() - t);
  }
  return {
    ...rankingMetrics(rankings, qrels),
    p50ms: percentile(times, 50),
    p99ms: percentile(times, 99),
  };
}

export async function evaluateMatch(
  needs: MatchNeed[],
  candidates: MatchCandidate[],
  qrelLines: z.infer<typeof ZQrelLineSchema>[],
): Promise<Record<"tahub" | "fuse" | "minisearch", PeerFigures>> {
  const qrels = new Map<string, Map<string, number>>();
  for (const q of qrelLines) {
    const m = qrels.get(q.need) ?? new Map<string, number>();
    m.set(q.candidate, q.relevance);
    qrels.set(q.need, m);
  }
  const index = buildMatchIndex({ candidates });
  const fuse = fusePeer(candidates);
  const mini = await miniSearchPeer(candidates);
  // Judge on the day the set was written, so offer periods in the file do not expire under it.
  const today = "2026-01-15";
  return {
    tahub: measure(needs, (n) => rankCandidates(index, n, 10, { today }).map((r) => r.id), qrels),
    fuse: measure(needs, (n) => fuse.search(n.text, 10), qrels),
    minisearch: measure(needs, (n) => mini.search(n, 10), qrels),
  };
}

export const evalMatch: SubCommand = {
  summary:
    "nDCG@10, MRR, recall@10 and latency of TA Hub matching and its peers (fuse.js, MiniSearch)",
  usage: "tahub eval match --needs N.jsonl --candidates C.jsonl --qrels Q.jsonl [--json]",
  async run({ values, io }: CommandContext) {
    const dir = JUDGED_SET_DIR;
    const needsPath = (values.needs as string | undefined) ?? `${dir}needs.jsonl`;
    const candPath = (values.candidates as string | undefined) ?? `${dir}candidates.jsonl`;
    const qrelsPath = (values.qrels as string | undefined) ?? `${dir}qrels.jsonl`;
    const needs = readJsonLines(needsPath, ZMatchNeedLineSchema, io, "need").map(toNeed);
    const candidates = readJsonLines(candPath, ZMatchCandidateLineSchema, io, "candidate").map(
      toCandidate,
    );
    const qrels = readJsonLines(qrelsPath, ZQrelLineSchema, io, "qrel");
    const figures = await evaluateMatch(needs, candidates, qrels);
    if (values.json) {
      io.out(json(figures));
      return 0;
    }
    for (const line of table([
      ["system", "queries", "nDCG@10", "MRR", "recall@10", "p50 ms", "p99 ms"],
      ...Object.entries(figures).map(([name, f]) => [
        name,
        String(f.queries),
        f.ndcg10.toFixed(4),
        f.mrr.toFixed(4),
        f.recall10.toFixed(4),
        f.p50ms.toFixed(3),
        f.p99ms.toFixed(3),
      ]),
    ]))
      io.out(line);
    return 0;
  },
};
