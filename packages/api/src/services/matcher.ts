/**
 * The matching index over the database's needs, offers, knowledge-bank entries and consenting
 * experts. Built from the records (`match-records.ts`), cached in the process, and rebuilt when
 * the database's data version (bumped by every write, in any process) changes — so any process
 * answers from the same data, and nothing here needs to be shared between processes.
 *
 * The index holds every record; what a caller may see is filtered afterwards with `meta`
 * (confidentiality tier and owner), so restricted records never come out of a match.
 *
 * A rebuild after a write takes seconds on a large database. Pages that ask `current` may be
 * answered from the last index meanwhile, with what they return re-checked against the records
 * as they are now (`withLiveMeta`; docs/matching.md, "Rebuilding after a write").
 */
import { setTimeout as sleep } from "node:timers/promises";
import { dataVersion, type VersionReader } from "@tahub/db";
import { canRead, type RoleId } from "@tahub/domain";
import {
  AnalysisCache,
  buildMatchIndexInSlices,
  runStepsInSlices,
  type MatchIndex,
  type MatchNeed,
} from "@tahub/engine";
import { mayReadNeed } from "../access.js";
import type { SessionUser } from "../auth/user.js";
import type { DbClient } from "../db.js";
import {
  expertCandidate,
  expertiseCandidate,
  changedSince,
  fetchRecords,
  liveMeta,
  matchNeedSteps,
  metaSteps,
  offerCandidate,
  supportOf,
  type RecordMeta,
} from "./match-records.js";

export { actingState } from "./match-records.js";

/** Look-up of a record's meta by id (a `Map`, or a view over one with live values). */
interface MetaLookup {
  get(id: string): RecordMeta | undefined;
}

export interface MatchData {
  index: MatchIndex;
  meta: MetaLookup;
  needs: Map<string, MatchNeed>;
  /** Who already supports each need: provider ids and names, by need id. */
  supporters: Map<string, { providerId: string; provider: string; status: string }[]>;
  builtAt: number;
  /** When the build began reading the records (this process's clock, ms). */
  readFrom: number;
}

/** An index to answer with now, and whether it includes the last write. */
export interface CurrentData {
  data: MatchData;
  fresh: boolean;
}

export interface MatcherService {
  /** The index over the data as it is now: waits for the rebuild after a write. */
  data(db: DbClient): Promise<MatchData>;
  /**
   * The index over the data as it is now, or — when the rebuild after a write takes longer than
   * the service's `staleAfterMs` — the last index built, with `fresh: false`. A caller given a
   * stale index reads its query records live and answers through `withLiveMeta`.
   */
  current(db: DbClient): Promise<CurrentData>;
  /** Resolves once no rebuild is running (benchmarks and tests). */
  settled(): Promise<void>;
  /** The newest index built, if any, without reading the database or starting a build. */
  peek(): MatchData | null;
}

export interface MatcherOptions {
  /**
   * How long `current` waits for a rebuild before answering from the last index. Default
   * `Infinity`: always wait (tests and the command line want the index of the data they wrote).
   */
  staleAfterMs?: number;
  /** How an index is built; default `buildMatchData` (tests wrap it to hold a rebuild). */
  build?: typeof buildMatchData;
}

const role = (u: SessionUser | null): RoleId => u?.role ?? "public";

/** Whether `user` may see the record behind a match result. */
export function visibleTo(user: SessionUser | null, m: RecordMeta | undefined): boolean {
  if (!m) return false;
  // Needs follow the one rule of `visibleNeeds` (consents to share included).
  if (m.kind === "need") return mayReadNeed(user, m);
  const owns =
    (!!user?.state && user.role === "state" && m.state === user.state) ||
    (!!user?.providerId && user.role === "provider" && m.providerId === user.providerId);
  return canRead(role(user), m.confidentiality, owns);
}

/** Reads every record and builds the index (analysing only texts `reuse` does not hold). */
export async function buildMatchData(db: DbClient, reuse: AnalysisCache): Promise<MatchData> {
  const readFrom = Date.now();
  const records = await fetchRecords(db);
  const [needs, offers, expertise, experts, engagements] = records;
  const support = supportOf(engagements);
  // Every step of a build runs in slices: the server goes on answering other requests while a
  // large index builds (docs/matching.md, "Answering while the index is rebuilt").
  const matchNeeds = await runStepsInSlices(matchNeedSteps(needs, support));
  const candidates = [
    ...offers.map((o) => offerCandidate(o, support)),
    ...expertise.map(expertiseCandidate),
    ...experts.map(expertCandidate),
  ];
  return {
    index: await buildMatchIndexInSlices({ candidates, needs: matchNeeds.list }, { reuse }),
    meta: await runStepsInSlices(metaSteps(records)),
    needs: matchNeeds.byId,
    supporters: support.supporters,
    builtAt: Date.now(),
    readFrom,
  };
}

/** Whether an index built at version `built` includes every write up to version `wanted`. */
function covers(built: string, wanted: string): boolean {
  try {
    return BigInt(built) >= BigInt(wanted);
  } catch {
    return built === wanted;
  }
}

interface Built {
  key: string;
  data: MatchData;
}

/** `promise`'s value, or `undefined` once `ms` have passed. */
async function within<T>(promise: Promise<T>, ms: number): Promise<T | undefined> {
  const timer = new AbortController();
  const late = sleep(ms, undefined, { signal: timer.signal }).catch(() => undefined);
  try {
    return await Promise.race([promise, late]);
  } finally {
    timer.abort();
  }
}

export function createMatcherService(
  readVersion: VersionReader = dataVersion,
  options: MatcherOptions = {},
): MatcherService {
  const staleAfterMs = options.staleAfterMs ?? Number.POSITIVE_INFINITY;
  const build = options.build ?? buildMatchData;
  // The analyses of the last build's texts: a rebuild after a write analyses only the records
  // whose text changed (docs/matching.md, "Rebuilding after a write").
  const reuse = new AnalysisCache();
  /** The newest index built. Kept while the next one builds, so pages can be answered. */
  let ready: Built | null = null;
  /** The one build running. One at a time: builds share `reuse`, and each holds a whole index. */
  let running: Promise<Built> | null = null;
  /** When the running build started (`performance.now()`). */
  let runningSince = 0;

  function startBuild(db: DbClient): Promise<Built> {
    const job = (async () => {
      // The version is read before the records, so the index covers at least that version.
      const key = await readVersion(db);
      const data = await build(db, reuse);
      if (!ready || covers(key, ready.key)) ready = { key, data };
      return { key, data };
    })();
    running = job;
    runningSince = performance.now();
    const done = () => {
      if (running === job) running = null;
    };
    job.then(done, done);
    return job;
  }

  /** An index covering version `key`; a build already running may predate it, so wait and loop. */
  async function upTo(db: DbClient, key: string): Promise<MatchData> {
    for (;;) {
      if (ready && covers(ready.key, key)) return ready.data;
      const before = running;
      // A build started after `key` was read covers it; a failed one is the caller's error.
      if (!before) return (await startBuild(db)).data;
      await before.catch(() => undefined);
    }
  }

  return {
    async data(db) {
      return upTo(db, await readVersion(db));
    },

    async current(db) {
      const key = await readVersion(db);
      const last = ready;
      if (last && covers(last.key, key)) return { data: last.data, fresh: true };
      const next = upTo(db, key);
      if (!last || !Number.isFinite(staleAfterMs)) return { data: await next, fresh: true };
      // The rebuild goes on for the next callers; its failure is theirs to see, not an
      // unhandled rejection here.
      next.catch(() => undefined);
      // Waiting only helps a build that may still finish in time: one already running longer
      // than the allowance is not waited for again by every page.
      const left = Math.max(0, staleAfterMs - (performance.now() - runningSince));
      const data = await within(next, left);
      return data ? { data, fresh: true } : { data: last.data, fresh: false };
    },

    async settled() {
      while (running) await running.catch(() => undefined);
    },

    peek: () => ready?.data ?? null,
  };
}

/**
 * How far before a build's read `withLiveMeta` looks for changed records: covers writes whose
 * timestamps came from another process's clock, at the cost of re-reading a few more records.
 */
const CHANGE_MARGIN_MS = 5 * 60_000;

/**
 * Answers `compute` over `current.data`. When that index predates the last write, the access
 * data (tier, owner, consents to share, withdrawal) of every record changed since the index read
 * the database is read again (`changedSince`, `liveMeta`) and `compute` sees those values: so a
 * consent revoked, a need withdrawn or a tier raised since never shows nor ranks anything,
 * whatever the index says. Records written since are missing until the rebuild.
 */
export async function withLiveMeta<T>(
  db: DbClient,
  current: CurrentData,
  compute: (data: MatchData) => T,
): Promise<T> {
  if (current.fresh) return compute(current.data);
  const stale = current.data.meta;
  const changed = await changedSince(db, new Date(current.data.readFrom - CHANGE_MARGIN_MS));
  const live = await liveMeta(db, changed);
  return compute({
    ...current.data,
    meta: { get: (id) => (live.has(id) ? live.get(id) : stale.get(id)) },
  });
}
