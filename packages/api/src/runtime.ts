/**
 * The per-process runtime (`createServices`, carried on every request's `ctx.services`): the
 * engine-backed state the routers share. It holds derived state only (a trained model, a search
 * index, cached reads) that every process rebuilds from the database, so processes stay
 * interchangeable. Not to be confused with `src/services/<entity>.ts`, the modules that do the
 * Prisma work for the procedures: those are plain functions of a database client; this file
 * wires the few long-lived objects (classifier, matcher, read cache, job sink) they may be given.
 */
import { dataVersion, type VersionReader } from "@tahub/db";
import { createClassifierService, type ClassifierService } from "./services/classifier.js";
import { createMatcherService, type MatcherService } from "./services/matcher.js";
import { createReadCache, type ReadCache } from "./services/read-cache.js";
import { createJobSink, type JobSink } from "./jobs/queue.js";

export interface Services {
  classifier: ClassifierService;
  matcher: MatcherService;
  reads: ReadCache;
  /** The database's data version (see `dataVersion` in @tahub/db): keys every cached read. */
  dataVersion: VersionReader;
  /** Asks the job queue for work soon (mail after a commit); a no-op until apps/server attaches one. */
  jobs: JobSink & { attach(q: JobSink | null): void };
}

export interface ServiceOptions {
  /** How to read the data version. Default: a Prisma raw query; `versionReader(db)` is faster on PGlite. */
  dataVersion?: VersionReader;
  /**
   * How long a need's match page waits for the match index to be rebuilt after a write before
   * it is answered from the previous index, re-checked live (`MatcherOptions.staleAfterMs`).
   * Default: always wait.
   */
  matchStaleAfterMs?: number;
}

/**
 * The server's `matchStaleAfterMs`: a page answers within about a second of a write even when
 * the rebuild takes tens of seconds (`tahub bench analytics --scale 200`), and small databases,
 * rebuilt within this time, answer from the new index (docs/matching.md).
 */
export const SERVER_MATCH_STALE_AFTER_MS = 200;

export function createServices(opts: ServiceOptions = {}): Services {
  const version = opts.dataVersion ?? dataVersion;
  return {
    classifier: createClassifierService(),
    matcher: createMatcherService(version, { staleAfterMs: opts.matchStaleAfterMs }),
    reads: createReadCache(),
    dataVersion: version,
    jobs: createJobSink(),
  };
}
