/**
 * Driver adapters for Prisma 6.19 without downloaded engines (see docs/storage.md).
 *
 * - `postgres(ql)://` -> @prisma/adapter-pg, built from discrete connection fields: built from
 *   `{ connectionString }` its shadow database would be the real one (TOOLCHAIN defect 2).
 * - `memory://` or a folder -> PGlite with pg_trgm, through `PGliteAdapterFactory`, a thin wrapper
 *   around pglite-prisma-adapter 0.6.1 fixing its defects (TOOLCHAIN defect 4):
 *   `dispose()` did nothing, `executeScript` did not await and sent multi-statement scripts as one
 *   prepared statement, the shadow database had no extensions, and errors lost their message
 *   (its `instanceof` check misses PGlite's errors), which hid the field of a failed constraint.
 *
 * This module must not import the generated client: prisma.config.ts loads it before
 * `prisma generate` has run.
 */
import { mkdirSync } from "node:fs";
import { PGlite } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import { PrismaPg } from "@prisma/adapter-pg";
import {
  DriverAdapterError,
  type SqlDriverAdapter,
  type SqlMigrationAwareDriverAdapterFactory,
  type SqlQuery,
  type SqlQueryable,
  type Transaction,
} from "@prisma/driver-adapter-utils";
import pg from "pg";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { defaultDataDir } from "./env.js";
import { must } from "./util/at.js";

export type Backend = "pglite" | "postgres";

export interface DbTarget {
  backend: Backend;
  /** Server URL (postgres) — never printed with its password. */
  url?: string;
  /** PGlite data folder, or "memory://" for an in-memory database. */
  dataDir?: string;
}

export const MEMORY = "memory://";

export function isPostgresUrl(url: string | undefined): url is string {
  return !!url && /^postgres(ql)?:\/\//i.test(url);
}

/** Decide the backend from a URL or data folder; no URL and no folder means the default folder. */
export function resolveTarget(opts: { url?: string; dataDir?: string } = {}): DbTarget {
  if (isPostgresUrl(opts.url)) return { backend: "postgres", url: opts.url };
  const raw = opts.dataDir ?? opts.url;
  if (!raw) return { backend: "pglite", dataDir: defaultDataDir() };
  if (raw.startsWith(MEMORY)) return { backend: "pglite", dataDir: MEMORY };
  return { backend: "pglite", dataDir: raw.replace(/^file:(\/\/)?/, "") };
}

/** Discrete pg fields from a URL (defect 2), so a shadow database really is another database. */
export function pgConfigFromUrl(url: string): pg.PoolConfig {
  const u = new URL(url);
  const sslmode = u.searchParams.get("sslmode");
  return {
    host: decodeURIComponent(u.hostname) || "localhost",
    port: u.port ? Number(u.port) : 5432,
    user: decodeURIComponent(u.username) || undefined,
    password: u.password ? decodeURIComponent(u.password) : undefined,
    database: decodeURIComponent(u.pathname.replace(/^\//, "")) || "postgres",
    ssl:
      sslmode && sslmode !== "disable"
        ? { rejectUnauthorized: sslmode === "verify-full" }
        : undefined,
    max: Number(u.searchParams.get("connection_limit") ?? 10),
  };
}

/** The server URL without its password, for logs. */
export function redactUrl(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = "***";
    return u.toString();
  } catch {
    return "postgres://…";
  }
}

/** adapter-pg whose shadow database is created and then dropped WITH (FORCE) after its pool ends. */
class ServerAdapterFactory extends PrismaPg {
  constructor(private readonly pgConfig: pg.PoolConfig) {
    super(pgConfig);
  }
  override async connectToShadowDb() {
    const database = `prisma_shadow_${Math.random().toString(36).slice(2, 10)}`;
    const admin = new pg.Client(this.pgConfig);
    await admin.connect();
    try {
      await admin.query(`CREATE DATABASE "${database}"`);
    } finally {
      await admin.end();
    }
    const pool = new pg.Pool({ ...this.pgConfig, database });
    const adapter = await new PrismaPg(pool, { disposeExternalPool: false }).connect();
    const dispose = adapter.dispose.bind(adapter);
    adapter.dispose = async () => {
      await dispose();
      await pool.end();
      const drop = new pg.Client(this.pgConfig);
      await drop.connect();
      try {
        await drop.query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
      } finally {
        await drop.end();
      }
    };
    return adapter;
  }
}

/** Open PGlite (in memory or in a folder) with pg_trgm loaded, ready for `CREATE EXTENSION`. */
async function openPGlite(dataDir: string): Promise<PGlite> {
  if (dataDir !== MEMORY) mkdirSync(dataDir, { recursive: true });
  const db = await PGlite.create(dataDir === MEMORY ? undefined : dataDir, {
    extensions: { pg_trgm },
  });
  await db.exec(`CREATE EXTENSION IF NOT EXISTS "pg_trgm"`);
  return db;
}

interface PgLikeError {
  code?: string;
  severity?: string;
  message?: string;
  detail?: string;
  column?: string;
  hint?: string;
  constraint?: string;
  table?: string;
}

/** The constraint a foreign-key error message names, as Prisma's driver error reports it. */
function constraintIn(message: string | undefined): { index: string } | undefined {
  const name = /constraint "([^"]+)"/.exec(message ?? "")?.[1];
  return name ? { index: name } : undefined;
}

/**
 * Re-throw a PGlite database error the way adapter-pg does, so Prisma raises P2002/P2003 with
 * the constraint's fields instead of an opaque "postgres" error.
 */
function rethrow(e: unknown): never {
  let err: PgLikeError | undefined;
  if (e instanceof DriverAdapterError) {
    const cause = e.cause as PgLikeError & { kind?: string };
    if (cause.kind !== "postgres") throw e;
    err = cause;
  } else if (e && typeof e === "object" && typeof (e as PgLikeError).code === "string") {
    err = e;
  }
  if (!err) throw e;
  const original = {
    originalCode: err.code ?? "N/A",
    originalMessage: err.message ?? "database error",
  };
  const keyFields = err.detail?.match(/Key \(([^)]+)\)/)?.[1]?.split(", ");
  switch (err.code) {
    case "23505":
      throw new DriverAdapterError({
        ...original,
        kind: "UniqueConstraintViolation",
        constraint: keyFields ? { fields: keyFields } : undefined,
      });
    case "23502":
      throw new DriverAdapterError({
        ...original,
        kind: "NullConstraintViolation",
        constraint: err.column ? { fields: [err.column] } : undefined,
      });
    case "23503":
      throw new DriverAdapterError({
        ...original,
        kind: "ForeignKeyConstraintViolation",
        constraint: err.column
          ? { fields: [err.column] }
          : err.constraint
            ? { index: err.constraint }
            : constraintIn(err.message),
      });
    default:
      throw new DriverAdapterError({
        kind: "postgres",
        code: err.code ?? "N/A",
        severity: err.severity ?? "ERROR",
        message: err.message ?? "database error",
        detail: err.detail,
        column: err.column,
        hint: err.hint,
      });
  }
}

function wrapQueryable<T extends SqlQueryable>(inner: T): SqlQueryable {
  return {
    provider: inner.provider,
    adapterName: "tahub-pglite",
    queryRaw: (q: SqlQuery) => inner.queryRaw(q).catch(rethrow),
    executeRaw: (q: SqlQuery) => inner.executeRaw(q).catch(rethrow),
  };
}

function wrapTransaction(tx: Transaction): Transaction {
  return {
    ...wrapQueryable(tx),
    options: tx.options,
    commit: () => tx.commit(),
    rollback: () => tx.rollback(),
  };
}

function wrapAdapter(
  client: PGlite,
  inner: SqlDriverAdapter,
  onDispose: () => Promise<void>,
): SqlDriverAdapter {
  return {
    ...wrapQueryable(inner),
    // PGlite's exec runs a multi-statement script over the simple protocol, and is awaited.
    executeScript: async (script: string) => {
      await client.exec(script).catch(rethrow);
    },
    startTransaction: async (isolationLevel) =>
      wrapTransaction(await inner.startTransaction(isolationLevel).catch(rethrow)),
    getConnectionInfo: () => inner.getConnectionInfo?.() ?? { supportsRelationJoins: true },
    dispose: onDispose,
  };
}

/** pglite-prisma-adapter with its defects fixed; `dispose()` closes PGlite when `ownsClient`. */
class PGliteAdapterFactory implements SqlMigrationAwareDriverAdapterFactory {
  readonly provider = "postgres" as const;
  readonly adapterName = "tahub-pglite";
  constructor(
    readonly client: PGlite,
    private readonly ownsClient = true,
  ) {}

  async connect(): Promise<SqlDriverAdapter> {
    const inner = await new PrismaPGlite(this.client).connect();
    return wrapAdapter(this.client, inner, async () => {
      if (this.ownsClient && !this.client.closed) await this.client.close();
    });
  }

  async connectToShadowDb(): Promise<SqlDriverAdapter> {
    const shadow = await openPGlite(MEMORY);
    const inner = await new PrismaPGlite(shadow).connect();
    return wrapAdapter(shadow, inner, () => shadow.close());
  }
}

export interface Adapter {
  target: DbTarget;
  factory: SqlMigrationAwareDriverAdapterFactory;
  /** The PGlite instance, for backups and raw scripts (pglite backend only). */
  pglite?: PGlite;
  /** Server connection fields (postgres backend only). */
  pgConfig?: pg.PoolConfig;
}

/** Build the adapter factory for a URL or data folder (see `resolveTarget`). */
export async function createAdapter(
  opts: { url?: string; dataDir?: string } = {},
): Promise<Adapter> {
  const target = resolveTarget(opts);
  if (target.backend === "postgres") {
    const pgConfig = pgConfigFromUrl(must(target.url, "a server URL"));
    return { target, factory: new ServerAdapterFactory(pgConfig), pgConfig };
  }
  const pglite = await openPGlite(must(target.dataDir, "a data folder"));
  // The client owns PGlite's lifetime through close(); Prisma's dispose must not close it early.
  return { target, factory: new PGliteAdapterFactory(pglite, false), pglite };
}
