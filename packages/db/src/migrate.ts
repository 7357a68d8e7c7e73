/**
 * Applies prisma/migrations/NNN_name/migration.sql in order, each in its own transaction, with
 * the same `_prisma_migrations` bookkeeping table (and SHA-256 checksums) as `prisma migrate
 * deploy`, so the Prisma CLI sees the same history afterwards.
 *
 * Why not spawn `prisma migrate deploy`: its WebAssembly schema engine takes ~12 s against a
 * server (an idle timer), needs a patched adapter-pg to read `name` columns (TOOLCHAIN defect 1),
 * keeps the process alive with PGlite (defect 5), and cannot repair a failed row (defect 8).
 * Here a migration either commits with its bookkeeping row or leaves nothing behind; on a
 * server an advisory lock keeps two processes from migrating at once.
 */
import { createHash, randomUUID } from "node:crypto";
import { readdirSync, readFileSync, existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Db } from "./client.js";
import { rawTransaction } from "./raw.js";

const MIGRATIONS_DIR = join(dirname(fileURLToPath(import.meta.url)), "..", "prisma", "migrations");

interface Migration {
  name: string;
  sql: string;
  checksum: string;
}

export function listMigrations(dir = MIGRATIONS_DIR): Migration[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(dir, d.name, "migration.sql")))
    .map((d) => d.name)
    .sort()
    .map((name) => {
      const sql = readFileSync(join(dir, name, "migration.sql"), "utf8");
      return { name, sql, checksum: createHash("sha256").update(sql).digest("hex") };
    });
}

const BOOKKEEPING = `
CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
  "id" VARCHAR(36) PRIMARY KEY NOT NULL,
  "checksum" VARCHAR(64) NOT NULL,
  "finished_at" TIMESTAMPTZ,
  "migration_name" VARCHAR(255) NOT NULL,
  "logs" TEXT,
  "rolled_back_at" TIMESTAMPTZ,
  "started_at" TIMESTAMPTZ NOT NULL DEFAULT now(),
  "applied_steps_count" INTEGER NOT NULL DEFAULT 0
)`;

/** Lock id for pg_advisory_xact_lock: any constant, the same in every process. */
const LOCK_ID = 72_019_003;

export interface MigrateResult {
  applied: string[];
  skipped: string[];
}

/** Apply every pending migration; throws (leaving the failing one unapplied) on the first error. */
export async function migrate(db: Db, dir = MIGRATIONS_DIR): Promise<MigrateResult> {
  const migrations = listMigrations(dir);
  const result: MigrateResult = { applied: [], skipped: [] };
  await rawTransaction(db, async (tx) => {
    // Under the lock too: two `CREATE TABLE IF NOT EXISTS` at once can both miss the table and
    // one then fails on the catalogue's unique index.
    if (db.pgConfig) await tx.query(`SELECT pg_advisory_xact_lock(${LOCK_ID})`);
    await tx.exec(BOOKKEEPING);
  });
  for (const m of migrations) {
    await rawTransaction(db, async (tx) => {
      if (db.pgConfig) await tx.query(`SELECT pg_advisory_xact_lock(${LOCK_ID})`);
      const done = await tx.query<{ checksum: string }>(
        `SELECT checksum FROM "_prisma_migrations" WHERE migration_name = $1 AND finished_at IS NOT NULL AND rolled_back_at IS NULL`,
        [m.name],
      );
      if (done.length > 0) {
        if (done[0]?.checksum !== m.checksum)
          throw new Error(
            `migration ${m.name} was edited after it was applied (checksum differs); add a new migration instead`,
          );
        result.skipped.push(m.name);
        return;
      }
      try {
        await tx.exec(m.sql);
      } catch (e) {
        throw new Error(`migration ${m.name} failed: ${(e as Error).message}`, { cause: e });
      }
      await tx.query(
        `INSERT INTO "_prisma_migrations" (id, checksum, migration_name, started_at, finished_at, applied_steps_count)
         VALUES ($1, $2, $3, now(), now(), 1)`,
        [randomUUID(), m.checksum, m.name],
      );
      result.applied.push(m.name);
    });
  }
  return result;
}

/** Drop every table of the public schema (and the bookkeeping), then migrate again. */
export async function resetSchema(db: Db): Promise<MigrateResult> {
  await rawTransaction(db, (tx) =>
    tx.exec(`DROP SCHEMA IF EXISTS public CASCADE; CREATE SCHEMA public;`),
  );
  return migrate(db);
}
