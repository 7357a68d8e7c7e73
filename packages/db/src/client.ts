import type { PGlite } from "@electric-sql/pglite";
import type pg from "pg";
import { createAdapter, type DbTarget } from "./adapter.js";
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
  /** Disconnect Prisma and close PGlite; safe to call twice. */
  close(): Promise<void>;
}

/** Open the database chosen by the options or the environment (see `CreateDbOptions`). */
export async function createDb(opts: CreateDbOptions = {}): Promise<Db> {
  const env = readEnv();
  const chosen = opts.url || opts.dataDir ? opts : { url: env.databaseUrl, dataDir: env.dataDir };
  const adapter = await createAdapter(chosen);
  const prisma = new PrismaClient({ adapter: adapter.factory });
  let closed = false;
  return {
    prisma,
    target: adapter.target,
    pglite: adapter.pglite,
    pgConfig: adapter.pgConfig,
    async close() {
      if (closed) return;
      closed = true;
      await prisma.$disconnect();
      if (adapter.pglite && !adapter.pglite.closed) await adapter.pglite.close();
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
