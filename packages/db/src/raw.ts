/**
 * Raw SQL outside Prisma, for the few jobs Prisma cannot do through a driver adapter: running
 * migration scripts (many statements, DDL) atomically, and restoring backups.
 */
import pg from "pg";
import type { Db } from "./client.js";

export interface RawTx {
  /** Run a script of one or more statements (no parameters). */
  exec(sql: string): Promise<void>;
  query<R = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<R[]>;
}

/** Run `fn` in one transaction on the raw driver: everything or nothing. */
export async function rawTransaction<T>(db: Db, fn: (tx: RawTx) => Promise<T>): Promise<T> {
  if (db.pglite) {
    return db.pglite.transaction(async (tx) =>
      fn({
        exec: async (sql) => {
          await tx.exec(sql);
        },
        query: async <R>(sql: string, params?: unknown[]) =>
          (await tx.query<R>(sql, params as unknown[])).rows,
      }),
    );
  }
  if (!db.pgConfig) throw new Error("rawTransaction: the database has neither PGlite nor a server");
  const client = new pg.Client(db.pgConfig);
  await client.connect();
  try {
    await client.query("BEGIN");
    const result = await fn({
      exec: async (sql) => {
        await client.query(sql);
      },
      query: async <R>(sql: string, params?: unknown[]) =>
        (await client.query(sql, params)).rows as R[],
    });
    await client.query("COMMIT");
    return result;
  } catch (e) {
    await client.query("ROLLBACK").catch(() => undefined);
    throw e;
  } finally {
    await client.end();
  }
}
