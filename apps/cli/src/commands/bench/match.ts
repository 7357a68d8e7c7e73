import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import {
  buildMatchIndex,
  matchNeed,
  matchProvider,
  type MatchCandidate,
  type MatchNeed,
} from "@tahub/engine";
import {
  distinctWords,
  fusePeer,
  miniSearchPeer,
  percentile,
  syntheticCandidates,
  syntheticNeeds,
} from "@tahub/engine/eval";
import { json, UsageError, type CommandContext } from "../../lib/command.js";
import type { SubCommand } from "../../lib/subcommands.js";

function count(raw: unknown, fallback: number, name: string): number {
  const n = raw === undefined ? fallback : Number(raw);
  if (!Number.isInteger(n) || n < 0) throw new UsageError(`--${name} must be a whole number`);
  return n;
}

const mb = (bytes: number) => Math.round((bytes / 1024 / 1024) * 10) / 10;

/**
 * A forced garbage collection, so heap deltas measure what an index keeps, not the garbage its
 * build left. `node --expose-gc` gives it; otherwise the flag is set at run time (V8 honours it
 * for new contexts), so `pnpm tahub bench match` measures memory the same way.
 */
function garbageCollector(): (() => void) | undefined {
  const exposed = (globalThis as { gc?: () => void }).gc;
  if (exposed) return exposed;
  try {
    setFlagsFromString("--expose-gc");
    return runInNewContext("gc") as () => void;
  } catch {
    return undefined;
  }
}

/**
 * Same warm-up for every system: at least WARM_UP_CALLS searches and `--warm-up-ms` (default
 * 1000 ms, enough for V8's optimising tier on every system's search path).
 */
const WARM_UP_MS = 1000;
const WARM_UP_CALLS = 20;
/** fuse.js is timed on the first FUSE_QUERIES queries of each pass only: each query scans every record. */
const FUSE_QUERIES = 20;

interface Latency {
  n: number;
  p50ms: number;
  p99ms: number;
}

function time<Q>(queries: readonly Q[], fn: (q: Q) => unknown): Latency {
  const lat: number[] = [];
  for (const q of queries) {
    const t = performance.now();
    fn(q);
    lat.push(performance.now() - t);
  }
  return { n: lat.length, p50ms: percentile(lat, 50), p99ms: percentile(lat, 99) };
}

function warmUp<Q>(queries: readonly Q[], fn: (q: Q) => unknown, ms: number): void {
  const start = performance.now();
  for (let i = 0; i < WARM_UP_CALLS || performance.now() - start < ms; i++) {
    const q = queries[i % queries.length];
    if (q !== undefined) fn(q);
  }
}

/** `n` records from position `from`, wrapping round (small test sets have few records). */
function slice<T>(xs: readonly T[], from: number, n: number): T[] {
  const out: T[] = [];
  for (let i = 0; i < Math.min(n, xs.length); i++) {
    const x = xs[(from + i) % xs.length];
    if (x !== undefined) out.push(x);
  }
  return out;
}

/** One search direction of one system: its cold and warm figures, or why it was not run. */
type Direction = { cold: Latency; warm: Latency } | { skipped: string };

interface System {
  buildMs: number;
  /** Heap kept by the index after a forced GC (the records themselves are not counted). */
  heapMB: number;
  /** Offer/provider text -> the 10 best needs (searches the needs). */
  providerToNeeds: Direction;
  /** Need text -> the 10 best offers, expertise and experts (searches the candidates). */
  needToCandidates: Direction;
}

interface Searcher {
  providerToNeeds?: (q: MatchCandidate) => unknown;
  needToCandidates?: (q: MatchNeed) => unknown;
  skipped?: string;
  /** Timed queries per pass, at most. */
  maxQueries?: number;
}

interface Options {
  nNeeds: number;
  nCands: number;
  nQueries: number;
  fuseMax: number;
  warmUpMs: number;
  vocabulary: "realistic" | "small";
}

function readOptions(values: CommandContext["values"]): Options {
  const vocabulary = (values.vocabulary as string | undefined) ?? "realistic";
  if (vocabulary !== "realistic" && vocabulary !== "small")
    throw new UsageError("--vocabulary must be realistic or small");
  const o = {
    nNeeds: count(values.needs, 100_000, "needs"),
    nCands: count(values.candidates, 10_000, "candidates"),
    nQueries: Math.max(1, count(values.queries, 200, "queries")),
    fuseMax: count(values["fuse-max"], 20_000, "fuse-max"),
    warmUpMs: count(values["warm-up-ms"], WARM_UP_MS, "warm-up-ms"),
    vocabulary,
  } as const;
  if (o.nNeeds < 1 || o.nCands < 1) throw new UsageError("--needs and --candidates must be >= 1");
  return o;
}

interface Built<T> {
  built: T;
  buildMs: number;
  heapMB: number;
}

/** Builds one system, timing it and measuring the heap it keeps. */
async function measureBuild<T>(
  gc: (() => void) | undefined,
  make: () => T | Promise<T>,
): Promise<Built<T>> {
  gc?.();
  const before = process.memoryUsage().heapUsed;
  const t = performance.now();
  const built = await make();
  const buildMs = Math.round(performance.now() - t);
  gc?.();
  return { built, buildMs, heapMB: mb(process.memoryUsage().heapUsed - before) };
}

type Name = "tahub" | "minisearch" | "fuse";
type Index = ReturnType<typeof buildMatchIndex>;

/** The same records for every system, each indexing the text. */
async function buildSystems(
  o: Options,
  needs: MatchNeed[],
  candidates: MatchCandidate[],
  gc: (() => void) | undefined,
) {
  // TA Hub also reads the structured fields it ranks by: articles, category, region, language, status.
  const tahub = await measureBuild(gc, () => buildMatchIndex({ needs, candidates }));
  const mini = await measureBuild(gc, async () => ({
    needs: await miniSearchPeer(needs),
    candidates: await miniSearchPeer(candidates),
  }));
  // fuse.js scans every record per query: past `fuseMax` records a single query takes tens of
  // seconds, so that side is skipped (and says so).
  const fuse = await measureBuild(gc, () => ({
    needs: o.nNeeds <= o.fuseMax ? fusePeer(needs) : undefined,
    candidates: o.nCands <= o.fuseMax ? fusePeer(candidates) : undefined,
  }));
  return { tahub, mini, fuse };
}

type Systems = Awaited<ReturnType<typeof buildSystems>>;

function searchersOf(o: Options, b: Systems): Record<Name, Searcher> {
  const index: Index = b.tahub.built;
  const { needs: fuseNeeds, candidates: fuseCands } = b.fuse.built;
  const tooBig = (n: number, what: string) =>
    n <= o.fuseMax
      ? ""
      : `${n} ${what} > --fuse-max ${o.fuseMax}: a full scan per query takes too long`;
  return {
    // What the API serves: ranked with reasons (statePool 10: no States aggregation here).
    tahub: {
      providerToNeeds: (q) => matchProvider(index, q, { limit: 10, statePool: 10 }),
      needToCandidates: (q) => matchNeed(index, q, { limit: 10 }),
    },
    minisearch: {
      providerToNeeds: (q) => b.mini.built.needs.search(q.text, 10),
      needToCandidates: (q) => b.mini.built.candidates.search(q.text, 10),
    },
    fuse: {
      providerToNeeds: fuseNeeds && ((q) => fuseNeeds.search(q.text, 10)),
      needToCandidates: fuseCands && ((q) => fuseCands.search(q.text, 10)),
      skipped: [tooBig(o.nNeeds, "needs"), tooBig(o.nCands, "candidates")].join("\n"),
      maxQueries: FUSE_QUERIES,
    },
  };
}

interface QuerySet<T> {
  cold: T[];
  warm: T[];
  warmUp: T[];
}

/**
 * Query sets, the same for every system: offers' texts search the needs, needs' texts search
 * the candidates. Cold and warm passes use different queries (nothing a system may have cached
 * from the cold pass helps the warm one); the warm-up uses a third set.
 */
function querySets<T>(xs: readonly T[], n: number): QuerySet<T> {
  return {
    cold: slice(xs, 0, n),
    warm: slice(xs, n, n),
    warmUp: slice(xs, 2 * n, Math.max(n, WARM_UP_CALLS)),
  };
}

interface Queries {
  provider: QuerySet<MatchCandidate>;
  need: QuerySet<MatchNeed>;
}

/**
 * Cold: each system's first searches, right after the builds, no warm-up (for TA Hub the build
 * has already run the text analysis on every record; its scoring code is cold).
 */
function coldPasses(o: Options, searchers: Record<Name, Searcher>, q: Queries) {
  const cold = {} as Record<Name, { p?: Latency | undefined; n?: Latency | undefined }>;
  for (const name of Object.keys(searchers) as Name[]) {
    const s = searchers[name];
    const cap = s.maxQueries ?? o.nQueries;
    cold[name] = {
      p: s.providerToNeeds && time(q.provider.cold.slice(0, cap), s.providerToNeeds),
      n: s.needToCandidates && time(q.need.cold.slice(0, cap), s.needToCandidates),
    };
  }
  return cold;
}

function direction(cold: Latency | undefined, warm: Latency | undefined, skipped = ""): Direction {
  return cold && warm ? { cold, warm } : { skipped };
}

/** Warm: the same warm-up for every system, then the timed pass on queries not seen before. */
function systemFigures(o: Options, b: Systems, searchers: Record<Name, Searcher>, q: Queries) {
  const cold = coldPasses(o, searchers, q);
  const systems = {} as Record<Name, System>;
  for (const name of Object.keys(searchers) as Name[]) {
    const s = searchers[name];
    const cap = s.maxQueries ?? o.nQueries;
    const [skipNeeds, skipCands] = s.skipped?.split("\n") ?? [];
    const warm = <Q>(fn: ((q: Q) => unknown) | undefined, set: QuerySet<Q>) => {
      if (!fn) return undefined;
      warmUp(set.warmUp, fn, o.warmUpMs);
      return time(set.warm.slice(0, cap), fn);
    };
    const built = name === "tahub" ? b.tahub : name === "minisearch" ? b.mini : b.fuse;
    systems[name] = {
      buildMs: built.buildMs,
      heapMB: built.heapMB,
      providerToNeeds: direction(cold[name].p, warm(s.providerToNeeds, q.provider), skipNeeds),
      needToCandidates: direction(cold[name].n, warm(s.needToCandidates, q.need), skipCands),
    };
  }
  return systems;
}

const ratio = (a?: number, b?: number) =>
  a !== undefined && b !== undefined && b > 0 ? Math.round((a / b) * 10) / 10 : null;

const warmP99 = (s: System, d: "providerToNeeds" | "needToCandidates") => {
  const x = s[d];
  return "warm" in x ? x.warm.p99ms : undefined;
};

/** Issue 13's target, on the larger side (offers searching the needs), warm p99, and the speed-ups. */
function comparison(systems: Record<Name, System>) {
  const p99 = warmP99(systems.tahub, "providerToNeeds");
  const miniP99 = warmP99(systems.minisearch, "providerToNeeds");
  const speedup = (d: "p" | "n") => ({
    vsMiniSearch: ratio(p50(systems.minisearch, d), p50(systems.tahub, d)),
    vsFuse: ratio(p50(systems.fuse, d), p50(systems.tahub, d)),
  });
  return {
    target: {
      p99BelowMs: 20,
      tahubP99ms: p99,
      miniSearchP99ms: miniP99,
      met: p99 !== undefined && miniP99 !== undefined && p99 < 20 && p99 < miniP99,
    },
    speedupWarmP50: { providerToNeeds: speedup("p"), needToCandidates: speedup("n") },
  };
}

const meanWords = (xs: readonly { text: string }[]) =>
  Math.round((xs.reduce((s, x) => s + x.text.split(/\s+/).length, 0) / xs.length) * 10) / 10;

export const benchMatch: SubCommand = {
  summary:
    "Build time, memory and top-10 latency (cold, warm) of TA Hub, MiniSearch and fuse.js on seeded synthetic records with a realistic vocabulary",
  usage:
    "tahub bench match [--needs 100000] [--candidates 10000] [--queries 200] [--vocabulary realistic|small] [--fuse-max 20000] [--warm-up-ms 1000] [--json]",
  async run({ values, io }: CommandContext) {
    const o = readOptions(values);
    const g0 = performance.now();
    const needs = syntheticNeeds(o.nNeeds, 1, { vocabulary: o.vocabulary });
    const candidates = syntheticCandidates(o.nCands, 2, { vocabulary: o.vocabulary });
    const generateMs = Math.round(performance.now() - g0);
    const gc = garbageCollector();
    const rss0 = process.memoryUsage().rss;
    const b = await buildSystems(o, needs, candidates, gc);
    const q = { provider: querySets(candidates, o.nQueries), need: querySets(needs, o.nQueries) };
    const systems = systemFigures(o, b, searchersOf(o, b), q);
    const index = b.tahub.built;
    const figures = {
      needs: o.nNeeds,
      candidates: o.nCands,
      queries: o.nQueries,
      vocabularyKind: o.vocabulary,
      /** Distinct words (lower-cased letter/digit runs) in every generated text. */
      vocabulary: distinctWords([...needs, ...candidates].map((x) => x.text)),
      meanWords: { needs: meanWords(needs), candidates: meanWords(candidates) },
      generateMs,
      systems,
      // TA Hub only: provider -> needs with the States aggregation over the 200 best needs.
      tahubProviderToNeedsAndStates: time(q.provider.warm.slice(0, 50), (x) =>
        matchProvider(index, x, { limit: 10 }),
      ),
      tahubPostingsMB: mb(index.needs.bm25.bytes + index.candidates.bm25.bytes),
      ...comparison(systems),
      rssDeltaMB: mb(process.memoryUsage().rss - rss0),
      gcExposed: Boolean(gc),
    };
    if (values.json) io.out(json(figures));
    else
      for (const [k, v] of Object.entries(figures))
        io.out(
          `${k.padEnd(30)} ${typeof v === "object" && v !== null ? JSON.stringify(v) : String(v)}`,
        );
    return 0;
  },
};

function p50(s: System, d: "p" | "n"): number | undefined {
  const x = d === "p" ? s.providerToNeeds : s.needToCandidates;
  return "warm" in x ? x.warm.p50ms : undefined;
}
