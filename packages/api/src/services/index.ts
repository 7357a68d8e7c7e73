/**
 * Engine-backed services the routers share. They hold derived state only (a trained model, a
 * search index) that every process rebuilds from the database, so processes stay interchangeable.
 */
import type { CategoryId } from "@tahub/domain";
import { dataVersion, type VersionReader } from "@tahub/db";
import type { TClassification } from "../schemas.js";
import { createClassifierService } from "./classifier.js";
import { createMatcherService, type MatcherService } from "./matcher.js";
import { createReadCache, type ReadCache } from "./read-cache.js";
import { createJobSink, type JobSink } from "../jobs/queue.js";

export interface Correction {
  text: string;
  category: CategoryId;
  articles: number[];
}

export interface ClassifierService {
  classify(text: string): TClassification;
  /** Teaches the current model one or more new corrections. */
  learn(corrections: Correction[]): void;
  /** Rebuilds the model from the base model and every stored correction (no double counting). */
  replay(corrections: Correction[]): void;
  version(): string;
}

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
}

export function createServices(opts: ServiceOptions = {}): Services {
  const version = opts.dataVersion ?? dataVersion;
  return {
    classifier: createClassifierService(),
    matcher: createMatcherService(version),
    reads: createReadCache(),
    dataVersion: version,
    jobs: createJobSink(),
  };
}
