/**
 * Backup and restore for both backends.
 *
 * - PGlite: `dumpDataDir()` writes the whole data folder as a gzipped tarball; restore opens a
 *   new folder from it (`loadDataDir`). Byte-for-byte, including migrations bookkeeping.
 * - PostgreSQL (and PGlite too, as a portable format): a logical JSON export of every table,
 *   read in one repeatable-read transaction, and an import that empties the tables and inserts
 *   the rows in one transaction (nothing half-restored). Uses the raw driver so column types
 *   survive unchanged (arrays, JSON, dates as ISO strings).
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { gunzipSync, gzipSync } from "node:zlib";
import { PGlite } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import { LOCK_FILE, type Db } from "./client.js";
import { rawTransaction } from "./raw.js";

/** Tables in foreign-key order (parents first). */
export const TABLES = [
  "_prisma_migrations",
  "Chapter",
  "Article",
  "State",
  "StateSummary",
  "User",
  "Provider",
  "Membership",
  "Session",
  "LoginAttempt",
  "Subscription",
  "Offer",
  "Expertise",
  "Expert",
  "Need",
  "NeedStatusChange",
  "Engagement",
  "EngagementEvent",
  "Notification",
  "QuestionnaireResponse",
  "ReviewFinding",
  // States (issue 15, deliverable 3; docs/states.md)
  "NeedRevision",
  "NeedCorrection",
  "NeedShare",
  "AssistanceReceived",
  "ExpertRecommendation",
  // donors (issue 15, deliverable 4): conversations between providers and States or experts
  "MessageThread",
  "Message",
  "MessageReceipt",
  // notifications & mail (issue 15; docs/notifications.md): the outbox, reset tokens (hashes
  // only), questionnaire rounds and the reminders sent
  "OutboxMail",
  "PasswordResetToken",
  "QuestionnaireRound",
  "QuestionnaireReminder",
  "AuditLog",
] as const;

export interface LogicalBackup {
  format: "tahub-logical-backup";
  version: 1;
  createdAt: string;
  migrations: string[];
  tables: Record<string, Record<string, unknown>[]>;
}

/** Export every table as JSON rows (one consistent snapshot). */
export async function exportLogical(db: Db): Promise<LogicalBackup> {
  return rawTransaction(db, async (tx) => {
    if (db.pgConfig) await tx.exec("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ");
    const tables: LogicalBackup["tables"] = {};
    for (const t of TABLES) {
      // to_jsonb keeps arrays and JSON as JSON; timestamps become ISO strings.
      const rows = await tx.query<{ r: Record<string, unknown> }>(
        `SELECT to_jsonb(x) AS r FROM "${t}" x`,
      );
      tables[t] = rows.map((row) => row.r);
    }
    const migrations = ((tables._prisma_migrations ?? []) as { migration_name: string }[])
      .map((m) => m.migration_name)
      .sort();
    return {
      format: "tahub-logical-backup",
      version: 1,
      createdAt: new Date().toISOString(),
      migrations,
      tables,
    };
  });
}

/**
 * Replace the content of a migrated database by a logical backup, in one transaction.
 * The target must have the same migrations applied (run `migrate` first).
 */
export async function importLogical(
  db: Db,
  backup: LogicalBackup,
): Promise<Record<string, number>> {
  if (backup.format !== "tahub-logical-backup" || backup.version !== 1)
    throw new Error("not a TA Hub logical backup (format tahub-logical-backup, version 1)");
  const counts: Record<string, number> = {};
  await rawTransaction(db, async (tx) => {
    const applied = (
      await tx.query<{ migration_name: string }>(
        `SELECT migration_name FROM "_prisma_migrations" WHERE finished_at IS NOT NULL ORDER BY 1`,
      )
    ).map((r) => r.migration_name);
    if (JSON.stringify(applied) !== JSON.stringify(backup.migrations))
      throw new Error(
        `the backup was taken at migrations [${backup.migrations.join(", ")}] but the database has [${applied.join(", ")}]`,
      );
    const data = TABLES.filter((t) => t !== "_prisma_migrations");
    await tx.exec(`TRUNCATE ${data.map((t) => `"${t}"`).join(", ")} CASCADE`);
    for (const t of data) {
      const rows = backup.tables[t] ?? [];
      // jsonb_populate_recordset maps each JSON object onto the table's row type.
      for (let i = 0; i < rows.length; i += 1000) {
        await tx.query(
          `INSERT INTO "${t}" SELECT * FROM jsonb_populate_recordset(NULL::"${t}", $1::jsonb)`,
          [JSON.stringify(rows.slice(i, i + 1000))],
        );
      }
      counts[t] = rows.length;
    }
  });
  return counts;
}

export async function writeLogicalBackup(db: Db, file: string): Promise<LogicalBackup> {
  const backup = await exportLogical(db);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, gzipSync(JSON.stringify(backup)));
  return backup;
}

export function readLogicalBackup(file: string): LogicalBackup {
  const raw = readFileSync(file);
  const text =
    raw[0] === 0x1f && raw[1] === 0x8b ? gunzipSync(raw).toString("utf8") : raw.toString("utf8");
  return JSON.parse(text) as LogicalBackup;
}

/** PGlite only: the whole data folder as a gzipped tarball. */
export async function dumpPGlite(db: Db, file: string): Promise<number> {
  if (!db.pglite)
    throw new Error("a data-folder dump needs the embedded PGlite backend; use the logical backup");
  const blob = await db.pglite.dumpDataDir("gzip");
  const bytes = Buffer.from(await blob.arrayBuffer());
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, bytes);
  return bytes.length;
}

/**
 * Create a PGlite data folder from a dump. Refuses a folder that already holds files, so a
 * restore never overwrites a live database; use "memory://" to inspect a dump in memory.
 */
export async function restorePGlite(file: string, dataDir: string): Promise<PGlite> {
  if (dataDir !== "memory://" && existsSync(dataDir) && readdirSync(dataDir).length > 0)
    throw new Error(`${dataDir} is not empty: restore into a new folder`);
  const bytes = readFileSync(file);
  const pg = await PGlite.create(dataDir === "memory://" ? undefined : dataDir, {
    loadDataDir: new Blob([bytes]),
    extensions: { pg_trgm },
  });
  // A dump of a folder in use carries its holder's lock file; the restored folder is nobody's.
  if (dataDir !== "memory://") rmSync(join(dataDir, LOCK_FILE), { force: true });
  return pg;
}
