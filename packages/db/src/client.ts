import { closeSync, mkdirSync, openSync, readFileSync, unlinkSync, writeSync } from "node:fs";
import { hostname } from "node:os";
import { join } from "node:path";
import type { PGlite } from "@electric-sql/pglite";
import pg from "pg";
import { createAdapter, MEMORY, resolveTarget, type DbTarget } from "./adapter.js";
import { readEnv } from "./env.js";
import { PrismaClient } from "./generated/prisma/client.js";

export interface CreateDbOptions {
  /**
   * `postgres(ql)://user:pass@host:port/db` for a server, `memory://` for an in-memory PGlite,
   * or a folder path. Default: `DATABASE_URL`, else the PGlite folder `TAHUB_DATA_DIR`, else
   * `<repo>/.data/pglite`.
   */
  url?: string;
  /** PGlite data folder (used when `url` is not a server URL). */
  dataDir?: string;
}

export interface Db {
  prisma: PrismaClient;
  target: DbTarget;
  /** The embedded database (pglite backend only): backups, raw scripts. */
  pglite?: PGlite;
  /** Server connection fields (postgres backend only). */
  pgConfig?: pg.PoolConfig;
  /**
   * Run `fn` while holding the database-wide start-up lock, so two processes starting together
   * on one database migrate, seed and classify one after the other instead of at once (issue 12:
   * two servers started together on a fresh PostgreSQL database deadlocked).
   */
  withStartupLock<T>(fn: () => Promise<T>): Promise<T>;
  /** Disconnect Prisma and close PGlite; safe to call twice. */
  close(): Promise<void>;
}

/**
 * Lock id of the start-up work for `pg_advisory_lock`: any constant, the same in every process,
 * and different from the migrations' own transaction lock (72_019_003), which the start-up work
 * takes on other connections while this one is held.
 */
const STARTUP_LOCK_ID = 72_019_004;

/** Name of the lock file in an embedded database folder. */
export const LOCK_FILE = "tahub.lock";

/** A second process tried to open an embedded database folder another live process has open. */
class DataDirInUseError extends Error {
  constructor(
    readonly dir: string,
    readonly pid: number,
  ) {
    super(
      `The embedded database in ${dir} is in use by process ${pid} (tahub serve?). Stop it, or point DATABASE_URL at a PostgreSQL server.`,
    );
    this.name = "DataDirInUseError";
  }
}

interface LockHolder {
  pid: number;
  startedAt: string;
  host: string;
  token: string;
}

function readHolder(file: string): LockHolder | null {
  try {
    const h = JSON.parse(readFileSync(file, "utf8")) as Partial<LockHolder>;
    return typeof h.pid === "number" ? (h as LockHolder) : null;
  } catch {
    return null;
  }
}

/** Whether a process with this id runs on this machine (EPERM: it runs, as another user). */
function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === "EPERM";
  }
}

/**
 * Take `<dir>/tahub.lock` for this process, or throw DataDirInUseError naming the live holder.
 *
 * Why: PGlite has no locking of its own. Two processes on one folder (the CLI while `tahub serve`
 * runs) each keep their own copy of the database in memory and write pages over each other's,
 * which gave inconsistent totals (issue 12) and can corrupt the folder. The file is created with
 * `wx` (fails if it exists: atomic on local file systems) and holds the pid, so the error can
 * say who holds it. A lock left by a process that is gone (killed, crashed) is taken over.
 * A second open in the same process is refused too: two PGlite instances on one folder are as
 * unsafe in one process as in two. Returns the release function (idempotent, synchronous so it
 * can run in an `exit` handler).
 */
function lockDataDir(dir: string): () => void {
  mkdirSync(dir, { recursive: true });
  const file = join(dir, LOCK_FILE);
  const me: LockHolder = {
    pid: process.pid,
    startedAt: new Date().toISOString(),
    host: hostname(),
    token: Math.random().toString(36).slice(2),
  };
  for (let attempt = 0; ; attempt++) {
    try {
      const fd = openSync(file, "wx");
      try {
        writeSync(fd, JSON.stringify(me));
      } finally {
        closeSync(fd);
      }
      break;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== "EEXIST") throw e;
      const holder = readHolder(file);
      // A live holder keeps it (an unreadable file is one being written right now).
      if (holder && isAlive(holder.pid)) throw new DataDirInUseError(dir, holder.pid);
      if (!holder && attempt === 0) {
        // Give a writer that has just created the file a moment to fill it in.
        Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 50);
        continue;
      }
      if (attempt >= 3) throw new DataDirInUseError(dir, holder?.pid ?? -1);
      // Stale: its process is gone. Remove it only if it is still the file we judged, then race
      // for it again with `wx` (a process taking it over at the same time wins or loses cleanly).
      const again = readHolder(file);
      if (JSON.stringify(again) === JSON.stringify(holder)) {
        try {
          unlinkSync(file);
        } catch (u) {
          if ((u as NodeJS.ErrnoException).code !== "ENOENT") throw u;
        }
      }
    }
  }
  let released = false;
  const release = () => {
    if (released) return;
    released = true;
    process.removeListener("exit", release);
    // Never remove a lock that is no longer ours.
    if (readHolder(file)?.token === me.token) {
      try {
        unlinkSync(file);
      } catch {
        // Already gone: nothing to release.
      }
    }
  };
  // A process that exits without closing the database (process.exit, an uncaught error) still
  // leaves the folder free; one killed outright leaves a stale lock, taken over by the next.
  process.on("exit", release);
  return release;
}

/**
 * On a server: a session-level `pg_advisory_lock` on one dedicated connection, held for the
 * whole of `fn` and released after (also if the connection drops, by the server).
 */
async function withServerLock<T>(config: pg.PoolConfig, fn: () => Promise<T>): Promise<T> {
  const client = new pg.Client(config);
  await client.connect();
  try {
    await client.query("SELECT pg_advisory_lock($1)", [STARTUP_LOCK_ID]);
    try {
      return await fn();
    } finally {
      await client.query("SELECT pg_advisory_unlock($1)", [STARTUP_LOCK_ID]).catch(() => undefined);
    }
  } finally {
    await client.end().catch(() => undefined);
  }
}

/** Open the database chosen by the options or the environment (see `CreateDbOptions`). */
export async function createDb(opts: CreateDbOptions = {}): Promise<Db> {
  const env = readEnv();
  const chosen = opts.url || opts.dataDir ? opts : { url: env.databaseUrl, dataDir: env.dataDir };
  const target = resolveTarget(chosen);
  // Whoever opens an embedded folder holds its lock file until close (see lockDataDir).
  const unlock =
    target.backend === "pglite" && target.dataDir && target.dataDir !== MEMORY
      ? lockDataDir(target.dataDir)
      : () => undefined;
  let adapter: Awaited<ReturnType<typeof createAdapter>>;
  try {
    adapter = await createAdapter(chosen);
  } catch (e) {
    unlock();
    throw e;
  }
  const prisma = new PrismaClient({ adapter: adapter.factory });
  let closed = false;
  // PGlite: one process per folder (the lock file) and one connection, on which an advisory
  // lock would be re-entrant and exclude nothing; start-ups sharing this Db queue here instead.
  let queue: Promise<unknown> = Promise.resolve();
  return {
    prisma,
    target: adapter.target,
    pglite: adapter.pglite,
    pgConfig: adapter.pgConfig,
    withStartupLock<T>(fn: () => Promise<T>): Promise<T> {
      if (adapter.pgConfig) return withServerLock(adapter.pgConfig, fn);
      const run = queue.then(fn, fn);
      queue = run.catch(() => undefined);
      return run;
    },
    async close() {
      if (closed) return;
      closed = true;
      try {
        await prisma.$disconnect();
        if (adapter.pglite && !adapter.pglite.closed) await adapter.pglite.close();
      } finally {
        unlock();
      }
    },
  };
}

/** Run `fn` with a database and always close it (the CLI's and scripts' pattern). */
export async function withDb<T>(opts: CreateDbOptions, fn: (db: Db) => Promise<T>): Promise<T> {
  const db = await createDb(opts);
  try {
    return await fn(db);
  } finally {
    await db.close();
  }
}
