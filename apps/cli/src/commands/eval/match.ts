import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import {
  buildMatchIndex,
  rankCandidates,
  type MatchCandidate,
  type MatchNeed,
} from "@tahub/engine";
import {
  ZMatchCandidateLineSchema,
  ZMatchNeedLineSchema,
  ZQrelLineSchema,
  fusePeer,
  parseJsonLines,
  percentile,
  rankingMetrics,
  type RankingMetrics,
} from "@tahub/engine/eval";
import type { z } from "zod";
import { json, table, UsageError, type CommandContext, type Io } from "../../lib/command.js";
import type { SubCommand } from "../../lib/subcommands.js";
import {
  MATCH2_LANGS,
  evaluateMatch2,
  judgedSetDir,
  readMatch2,
  type Match2Lang,
} from "./match2.js";

/**
 * The rule-based set shipped with the engine (`--set rule`, a regression check: its relevance
 * is a rule over the fields the scorer reads); also the demonstration catalogue of `tahub match`.
 */
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

function toNeed(n: z.infer<typeof ZMatchNeedLineSchema>): MatchNeed {
  return { ...n, state: n.state?.toUpperCase() };
}

type PeerFigures = RankingMetrics & { p50ms: number; p99ms: number };

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

async function evaluateMatch(
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

const SETS = ["match2", "match3", "rule"] as const;

/**
 * `tahub eval match`: the judged set 2 by default (`--set match2 --split dev`), the honest
 * figure: independent writers and judges, every system given the same text and tags. `--set
 * rule` (or any of `--needs/--candidates/--qrels`) runs the old rule-based set instead, whose
 * relevance is a rule over the very fields the scorer reads: a regression check only, never a
 * quality figure.
 */
export const evalMatch: SubCommand = {
  summary:
    "nDCG@10, MRR, recall@10 of TA Hub matching and its peers on the judged set 2 (per language), or the rule-based regression set",
  usage:
    "tahub eval match [--set match2|match3] [--split dev|test] [--lang en|fr|es|all] [--json]\n" +
    "       tahub eval match --set rule [--needs N.jsonl --candidates C.jsonl --qrels Q.jsonl] [--json]   (regression check only)",
  async run(ctx: CommandContext) {
    const { values } = ctx;
    const files = ["needs", "candidates", "qrels"].some((k) => values[k] !== undefined);
    const set = (values.set as string | undefined) ?? (files ? "rule" : "match2");
    if (!(SETS as readonly string[]).includes(set))
      throw new UsageError(`--set must be one of ${SETS.join(", ")}`);
    if (set === "rule") return runRuleSet(ctx);
    if (files) throw new UsageError("--needs/--candidates/--qrels go with --set rule");
    return runJudgedSet(ctx, set as "match2" | "match3");
  },
};

async function runJudgedSet(
  { values, io }: CommandContext,
  name: "match2" | "match3",
): Promise<number> {
  // match3 has a test split only (every need in it).
  const split = (values.split as string | undefined) ?? (name === "match3" ? "test" : "dev");
  const lang = (values.lang as string | undefined) ?? "all";
  if (lang !== "all" && !(MATCH2_LANGS as readonly string[]).includes(lang))
    throw new UsageError(`--lang must be one of ${MATCH2_LANGS.join(", ")}, all`);
  const langs = lang === "all" ? MATCH2_LANGS : [lang as Match2Lang];
  const set = readMatch2(split, judgedSetDir(name));
  const figures = await evaluateMatch2(set, { langs });
  const command = `tahub eval match --set ${name} --split ${split} --lang ${lang}`;
  const { kappaExact, kappaLinear, pairs, relevantByEither, relevantByBoth } = set.agreement;
  const agreement = { pairs, kappaExact, kappaLinear, relevantByEither, relevantByBoth };
  if (values.json) {
    io.out(json({ set: name, split, command, needs: set.needs.length, agreement, figures }));
    return 0;
  }
  io.out(`${command}: ${set.needs.length} needs x ${set.candidates.length} candidates`);
  io.out(
    `judges' agreement: ${String(pairs)} pairs, Cohen's kappa ${String(kappaExact)} exact, ${String(kappaLinear)} linear; ` +
      `${String(relevantByBoth)} of ${String(relevantByEither)} pairs judged relevant by either were by both`,
  );
  const rows = [["system", "language", "queries", "nDCG@10", "MRR", "recall@10"]];
  for (const [system, perLang] of Object.entries(figures))
    for (const [l, f] of Object.entries(perLang ?? {}))
      rows.push([
        system,
        l,
        String(f.queries),
        f.ndcg10.toFixed(4),
        f.mrr.toFixed(4),
        f.recall10.toFixed(4),
      ]);
  for (const line of table(rows)) io.out(line);
  return 0;
}

async function runRuleSet({ values, io }: CommandContext): Promise<number> {
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
  io.err(
    "rule-based set: relevance is a rule over the fields the scorer reads; a regression check, not a quality figure",
  );
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
}
