import { existsSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

/**
 * The only place @tahub/db reads process.env.
 *
 * - `DATABASE_URL`: `postgres(ql)://...` selects a PostgreSQL server; `memory://` an in-memory
 *   PGlite; anything else (a folder path, `file:path`) a PGlite data folder.
 * - `TAHUB_DATA_DIR`: the PGlite data folder when no URL is given. Default `<repo>/.data/pglite`,
 *   resolved from the repository root, not the working directory: `pnpm db:migrate` runs with
 *   packages/db as its cwd, `pnpm tahub` with the repo root, and both must open the same folder.
 * - `TAHUB_TEST_PG_URL`: a server the tests may create and drop their own databases on.
 */
export interface DbEnv {
  databaseUrl: string | undefined;
  dataDir: string | undefined;
  testPgUrl: string | undefined;
}

export function readEnv(env: NodeJS.ProcessEnv = process.env): DbEnv {
  const blank = (v: string | undefined) => (v && v.trim() !== "" ? v.trim() : undefined);
  return {
    databaseUrl: blank(env.DATABASE_URL),
    dataDir: blank(env.TAHUB_DATA_DIR),
    testPgUrl: blank(env.TAHUB_TEST_PG_URL),
  };
}

/** The monorepo root: the nearest folder above this file holding pnpm-workspace.yaml. */
export function repoRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    if (existsSync(join(dir, "pnpm-workspace.yaml"))) return dir;
    const parent = dirname(dir);
    if (parent === dir) return process.cwd();
    dir = parent;
  }
}

/** The default PGlite folder: `TAHUB_DATA_DIR` (relative to the repo root) or `<repo>/.data/pglite`. */
export function defaultDataDir(env: DbEnv = readEnv()): string {
  return env.dataDir ? resolve(repoRoot(), env.dataDir) : join(repoRoot(), ".data", "pglite");
}
