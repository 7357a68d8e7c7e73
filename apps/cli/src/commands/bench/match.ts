import {
  buildMatchIndex,
  fusePeer,
  matchProvider,
  percentile,
  syntheticCandidates,
  syntheticNeeds,
} from "@tahub/engine";
import { json, UsageError, type CommandContext } from "../../lib/command.js";
import type { SubCommand } from "../../lib/subcommands.js";

function count(raw: unknown, fallback: number, name: string): number {
  const n = raw === undefined ? fallback : Number(raw);
  if (!Number.isInteger(n) || n < 0) throw new UsageError(`--${name} must be a whole number`);
  return n;
}

const mb = (bytes: number) => Math.round((bytes / 1024 / 1024) * 10) / 10;

export const benchMatch: SubCommand = {
  summary:
    "Index build time, memory and provider->needs top-10 latency on seeded synthetic records, vs a fuse.js full scan",
  usage: "tahub bench match [--needs 100000] [--candidates 10000] [--queries 200] [--json]",
  async run({ values, io }: CommandContext) {
    const nNeeds = count(values.needs, 100_000, "needs");
    const nCands = count(values.candidates, 10_000, "candidates");
    const nQueries = Math.max(1, count(values.queries, 200, "queries"));
    const needs = syntheticNeeds(nNeeds, 1);
    const candidates = syntheticCandidates(nCands, 2);
    const gc = (globalThis as { gc?: () => void }).gc;
    gc?.();
    const before = process.memoryUsage();
    const t0 = performance.now();
    const index = buildMatchIndex({ needs, candidates });
    const buildMs = performance.now() - t0;
    gc?.();
    const after = process.memoryUsage();
    const queries = candidates.slice(0, nQueries);
    // Warm-up so the figures are steady-state, not the JIT's first pass.
    for (const q of queries.slice(0, 5)) matchProvider(index, q, { limit: 10, statePool: 10 });
    const times: number[] = [];
    for (const q of queries) {
      const t = performance.now();
      matchProvider(index, q, { limit: 10, statePool: 10 });
      times.push(performance.now() - t);
    }
    const withStates: number[] = [];
    for (const q of queries.slice(0, 50)) {
      const t = performance.now();
      matchProvider(index, q, { limit: 10 });
      withStates.push(performance.now() - t);
    }
    // The fuse.js full scan is slow: a handful of queries is enough for its order of magnitude.
    const fuse = fusePeer(needs);
    const fuseTimes: number[] = [];
    for (const q of queries.slice(0, Math.min(5, queries.length))) {
      const t = performance.now();
      fuse.search(q.text, 10);
      fuseTimes.push(performance.now() - t);
    }
    const p50 = percentile(times, 50);
    const fuseP50 = percentile(fuseTimes, 50);
    const figures = {
      needs: nNeeds,
      candidates: nCands,
      queries: queries.length,
      buildMs: Math.round(buildMs),
      heapDeltaMB: mb(after.heapUsed - before.heapUsed),
      rssDeltaMB: mb(after.rss - before.rss),
      postingsMB: mb(index.needs.bm25.bytes + index.candidates.bm25.bytes),
      providerToNeeds: { p50ms: p50, p99ms: percentile(times, 99) },
      providerToNeedsAndStates: {
        p50ms: percentile(withStates, 50),
        p99ms: percentile(withStates, 99),
      },
      fuseFullScan: { queries: fuseTimes.length, p50ms: fuseP50, p99ms: percentile(fuseTimes, 99) },
      speedupVsFuse: p50 > 0 ? Math.round(fuseP50 / p50) : null,
      gcExposed: Boolean(gc),
    };
    if (values.json) io.out(json(figures));
    else
      for (const [k, v] of Object.entries(figures))
        io.out(
          `${k.padEnd(26)} ${typeof v === "object" && v !== null ? JSON.stringify(v) : String(v)}`,
        );
    return 0;
  },
};
